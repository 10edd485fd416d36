import { useMemo } from 'react';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { decadeTicks, verticalTicks, type AxisTicks } from './axisLayout';
import { plotLayout, type PlotLayout } from './plotLayout';
import { widthShape } from './legendLayout';
import type { LegendEntry } from './Legend';
import { decadeFormat } from './tickFormat';
import { frame, useChartDimensions, type ChartSize, type Dimensions } from './useChartDimensions';

type Domain = readonly [number, number];
type Scale = ScaleContinuousNumeric<number, number>;

/** One axis of a plot: its domain (the same array while its numbers are: memos key on it) and kind. */
export interface PlotAxisSpec {
  readonly domain: Domain;
  /** A log axis is labelled in decades; a linear one with as many ticks as fit. */
  readonly log?: boolean;
  /** Extends a linear domain to round ticks (d3's nice). */
  readonly nice?: boolean;
  /** Keeps values outside the domain at its ends (a log x axis picked by pointer). */
  readonly clamp?: boolean;
}

export interface PlotSpec {
  readonly x: PlotAxisSpec;
  readonly y: PlotAxisSpec;
  /** The language's decimal sign: tick labels are written with it, and redrawn when it changes. */
  readonly decimal: string;
  /** The legend above the plot (its layout follows the labels' width shapes, not their digits). */
  readonly legend?: readonly LegendEntry[];
  /** Height over width of the chart, and its width before it is measured. */
  readonly aspect?: number;
  readonly fallbackWidth?: number;
  /**
   * Room wanted right of the plot (a colour scale), px, or how much for a chart of a size (the
   * size is measured here); and room above the plot besides the legend's (a strip of marks).
   */
  readonly right?: number | ((size: ChartSize) => number);
  readonly above?: number;
}

export interface Plot {
  readonly ref: ReturnType<typeof useChartDimensions>[0];
  readonly size: ChartSize;
  readonly layout: PlotLayout;
  readonly dims: Dimensions;
  readonly x: Scale;
  readonly y: Scale;
  readonly legend: readonly LegendEntry[];
  readonly decimal: string;
}

const NO_LEGEND: readonly LegendEntry[] = [];

/** A scale over `domain` onto [r0, r1], as the axis spec says. */
function scaleFor({ domain, log, nice, clamp }: PlotAxisSpec, r0: number, r1: number): Scale {
  const scale: Scale = (log ? scaleLog() : scaleLinear()).domain(domain).range([r0, r1]);
  if (clamp) scale.clamp(true);
  return nice && !log ? scale.nice() : scale;
}

/**
 * What every plot does before it draws its marks: its size (ResizeObserver), its y ticks, its
 * layout (margins from what the axes and the legend write) and its scales. Each is memoised on
 * numbers, so a step that moves nothing but marks rebuilds none of them: the layout is recomputed
 * when the size, the views, the legend's width shapes or the decimal sign change, and the
 * dimensions stay the same object while the margins' numbers do.
 */
export function usePlot(spec: PlotSpec): Plot {
  const { x: xSpec, y: ySpec, decimal, right: rightFor = 0, above = 0 } = spec;
  const legend = spec.legend ?? NO_LEGEND;
  const [ref, size] = useChartDimensions(spec.aspect, spec.fallbackWidth);
  const fs = size.fontSize;
  const right = useMemo(
    () =>
      typeof rightFor === 'number' ? rightFor : rightFor({ width: size.width, height: size.height, fontSize: fs }),
    [rightFor, size.width, size.height, fs],
  );
  const { domain: yDomain, log: yLog, nice: yNice, clamp: yClamp } = ySpec;
  const yScale = useMemo(
    () => (h: number) => scaleFor({ domain: yDomain, log: yLog, nice: yNice, clamp: yClamp }, h, 0),
    [yDomain, yLog, yNice, yClamp],
  );
  // A log axis labels every decade, or every second, third… when they are too many for its height.
  const yTicks = useMemo(
    () =>
      yLog
        ? (h: number): AxisTicks => decadeTicks(yDomain, h, fs * 1.8, decadeFormat(decimal))
        : (h: number): AxisTicks => verticalTicks(yScale(h), h, fs, decimal),
    [yLog, yDomain, yScale, fs, decimal],
  );
  const xDomain = xSpec.domain;
  // Laid out by the labels' widths, not their digits: a step that only changes numbers keeps it.
  const legendKey = legend.map((e) => widthShape(e.label)).join('\n');
  const layout = useMemo(
    () =>
      plotLayout({
        size,
        yTicks,
        xDomain,
        legend: legendKey ? legendKey.split('\n') : [],
        right,
        above,
        decimal,
      }),
    [size, yTicks, xDomain, legendKey, right, above, decimal],
  );
  const { top, right: r, bottom, left } = layout.margins;
  const dims = useMemo(() => frame(size, { top, right: r, bottom, left }), [size, top, r, bottom, left]);
  const { log: xLog, nice: xNice, clamp: xClamp } = xSpec;
  const x = useMemo(
    () => scaleFor({ domain: xDomain, log: xLog, nice: xNice, clamp: xClamp }, 0, dims.innerWidth),
    [xDomain, xLog, xNice, xClamp, dims.innerWidth],
  );
  const y = useMemo(() => yScale(dims.innerHeight), [yScale, dims.innerHeight]);
  return { ref, size, layout, dims, x, y, legend, decimal };
}
