import { useMemo } from 'react';
import type { AxisTicks } from './axisLayout';
import { plotLayout, type PlotLayout } from './plotLayout';
import { widthShape } from './legendLayout';
import { frame, type ChartSize, type Dimensions } from './useChartDimensions';

/**
 * The plot's layout and dimensions for a chart of `size`: margins from the ticks and legend
 * (plotLayout), recomputed when the size, the y view, the x view or the legend's words change,
 * and the dimensions kept the same object while the margins' numbers are, so the scales and paths
 * memoised on them are not rebuilt on a step that moved nothing.
 */
export function usePlotFrame(
  size: ChartSize,
  yTicks: (innerHeight: number) => AxisTicks,
  xDomain: readonly [number, number],
  legend: readonly string[],
  right = 0,
): { layout: PlotLayout; dims: Dimensions } {
  // Laid out by the labels' widths, not their digits: a step that only changes numbers keeps it.
  const legendKey = legend.map(widthShape).join('\n');
  const layout = useMemo(
    () => plotLayout({ size, yTicks, xDomain, legend: legendKey ? legendKey.split('\n') : [], right }),
    [size, yTicks, xDomain, legendKey, right],
  );
  const { top, right: r, bottom, left } = layout.margins;
  const dims = useMemo(() => frame(size, { top, right: r, bottom, left }), [size, top, r, bottom, left]);
  return { layout, dims };
}
