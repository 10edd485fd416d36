import { useMemo } from 'react';
import { scaleLinear, scaleLog } from 'd3';
import { linePath } from './linePath';
import { Axis } from './Axis';
import { ChartSvg } from './ChartSvg';
import { useChartDimensions } from './useChartDimensions';

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
}

const MARGINS = { top: 16, right: 20, bottom: 50, left: 64 };
/** A log axis cannot show 0: losses below this sit on the floor. */
const FLOOR = 1e-12;

export function LossCurveChart(props: LossCurveChartProps) {
  const { points, epochs, current } = props;
  const [ref, dims] = useChartDimensions(MARGINS, 0.5);

  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, epochs - 1)])
        .range([0, dims.innerWidth]),
    [epochs, dims.innerWidth],
  );
  const y = useMemo(() => {
    let lo = Infinity;
    let hi = 0;
    for (const [, v] of points) {
      const c = Math.max(v, FLOOR);
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
    if (!(hi > 0)) [lo, hi] = [FLOOR, 1];
    if (hi / lo < 10) [lo, hi] = [lo / 3, hi * 3];
    return scaleLog().domain([lo, hi]).range([dims.innerHeight, 0]).nice();
  }, [points, dims.innerHeight]);
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
      {() => (
        <>
          <Axis
            scale={y}
            orient="left"
            gridLength={dims.innerWidth}
            label={props.yLabel}
            ticks={4}
            format={props.formatTick}
          />
          <Axis scale={x} orient="bottom" gridLength={dims.innerHeight} label={props.xLabel} />
          <path className="loss-curve" d={d} />
          {current && (
            <>
              <line
                className="current-epoch"
                x1={x(current.epoch)}
                x2={x(current.epoch)}
                y1={0}
                y2={dims.innerHeight}
              />
              <circle className="current-point" cx={x(current.epoch)} cy={y(Math.max(current.loss, FLOOR))} r={5} />
            </>
          )}
        </>
      )}
    </ChartSvg>
  );
}
