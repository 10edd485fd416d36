import { memo, useMemo } from 'react';
import type { ScaleContinuousNumeric } from 'd3';
import { Axis } from './Axis';
import { horizontalTicks, type AxisTicks } from './axisLayout';
import type { PlotLayout } from './plotLayout';
import type { Dimensions } from './useChartDimensions';

interface PlotAxesProps {
  readonly x: ScaleContinuousNumeric<number, number>;
  readonly y: ScaleContinuousNumeric<number, number>;
  readonly dims: Dimensions;
  /** The plot's layout (usePlotFrame): the y ticks and the baselines of labels and titles. */
  readonly layout: PlotLayout;
  /** The chart's type size: the x ticks are as many as their labels leave room for. */
  readonly fontSize: number;
  /** The language's decimal sign, which the tick labels are written with. */
  readonly decimal: string;
  /** The x ticks where the chart chooses them (a log rate axis); else as many as fit. */
  readonly xTicks?: AxisTicks;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Light grid lines across the plot (off over filled contours). */
  readonly grid?: boolean;
}

/** A plot's left and bottom axes (with their grid unless `grid` is false), placed by the plot's layout. */
export const PlotAxes = memo(function PlotAxes({
  x,
  y,
  dims,
  layout,
  fontSize,
  decimal,
  xTicks: chosen,
  xLabel,
  yLabel,
  grid,
}: PlotAxesProps) {
  const fitting = useMemo(
    () => (chosen ? null : horizontalTicks(x, fontSize, decimal)),
    [chosen, x, fontSize, decimal],
  );
  const xTicks = chosen ?? fitting!;
  return (
    <>
      <Axis
        scale={y}
        orient="left"
        gridLength={dims.innerWidth}
        grid={grid}
        label={yLabel}
        ticks={layout.yTicks}
        titleBaseline={layout.yTitle}
        titleSize={layout.titleSize}
      />
      <Axis
        scale={x}
        orient="bottom"
        gridLength={dims.innerHeight}
        grid={grid}
        label={xLabel}
        ticks={xTicks}
        labelBaseline={layout.xLabel}
        titleBaseline={layout.xTitle}
        titleSize={layout.titleSize}
      />
    </>
  );
});
