import { useMemo } from 'react';
import { scaleLinear, scaleLog } from 'd3';
import { linePath } from './linePath';
import { PlotAxes } from './PlotAxes';
import { ChartSvg } from './ChartSvg';
import { decadeExtent, steppedMax } from './axisSteps';
import { useChartDimensions } from './useChartDimensions';
import { useStableDomain } from './useStableDomain';
import { decadeTicks } from './axisLayout';
import { usePlotFrame } from './usePlotFrame';
import { decadeTick } from '../format/number';
import { WhatIfMarks, type WhatIf } from './WhatIfMarks';

export interface LossCurveChartProps {
  /** [epoch, loss] points, oldest first: every epoch, or an even sample of a long run. */
  readonly points: readonly (readonly [number, number])[];
  /** Epochs in the whole run (the x axis spans them). */
  readonly epochs: number;
  /** The epoch shown and its loss, or null before the first. */
  readonly current: { readonly epoch: number; readonly loss: number } | null;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly title: string;
  readonly description: string;
  readonly formatTick?: (value: number) => string;
  /** The loss continuing at a learning rate being chosen, as [epoch, loss] points. */
  readonly whatIf?: WhatIf | null;
}

/** A log axis cannot show 0: losses below this sit on the floor. */
const FLOOR = 1e-12;

export function LossCurveChart(props: LossCurveChartProps) {
  const { points, epochs, current } = props;
  const [ref, size] = useChartDimensions(0.5);

  // Both axes move in steps, not on every epoch: the x axis to the next of 1, 1.5, 2, 3, 5 or 7
  // times a power of ten, the log y axis to whole decades. The axes then stay as they are for
  // most steps (a Step re-rendered some 80 tick elements when they followed every epoch).
  // A what-if continuation reaches past the history: the axis makes room for it.
  const reach = props.whatIf?.points.reduce((m, p) => Math.max(m, p[0]), 0) ?? 0;
  const xDomain = useStableDomain([0, steppedMax(Math.max(epochs - 1, reach))] as const);
  const yDomain = useStableDomain(useMemo(() => decadeExtent(points, FLOOR), [points]));
  const format = props.formatTick ?? decadeTick;
  // Every decade, or every second, third… when they are too many for the height to label.
  const yTicks = useMemo(
    () => (h: number) => decadeTicks(yDomain, h, size.fontSize * 1.8, format),
    [yDomain, size.fontSize, format],
  );
  const { layout, dims } = usePlotFrame(size, yTicks, xDomain, []);
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, dims.innerWidth]), [xDomain, dims.innerWidth]);
  const y = useMemo(() => scaleLog().domain(yDomain).range([dims.innerHeight, 0]), [yDomain, dims.innerHeight]);
  const d = useMemo(
    () =>
      linePath(
        points,
        (p) => x(p[0]),
        (p) => y(Math.max(p[1], FLOOR)),
      ),
    [points, x, y],
  );

  return (
    <ChartSvg chartRef={ref} dims={dims} title={props.title} description={props.description}>
      {(clip) => (
        <>
          <PlotAxes
            x={x}
            y={y}
            dims={dims}
            layout={layout}
            fontSize={size.fontSize}
            xLabel={props.xLabel}
            yLabel={props.yLabel}
          />
          <path className="loss-curve" d={d} clipPath={clip} />
          {props.whatIf && (
            <g clipPath={clip}>
              <WhatIfMarks
                points={props.whatIf.points.map(([e, l]) => [x(e), y(Math.max(l, FLOOR))])}
                width={dims.innerWidth}
                height={dims.innerHeight}
                label={props.whatIf.label}
              />
            </g>
          )}
          {current && (
            <>
              <line
                className="current-epoch"
                x1={x(current.epoch)}
                x2={x(current.epoch)}
                y1={0}
                y2={dims.innerHeight}
              />
              <circle
                className="current-point"
                cx={x(current.epoch)}
                cy={y(Math.max(current.loss, FLOOR))}
                r={5 * dims.k}
              />
            </>
          )}
        </>
      )}
    </ChartSvg>
  );
}
