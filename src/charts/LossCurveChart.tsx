import { useId, useMemo } from 'react';
import { line, scaleLinear, scaleLog } from 'd3';
import { Axis } from './Axis';
import { thin } from './thin';
import { useChartDimensions } from './useChartDimensions';

export interface LossCurveChartProps {
  /** Loss at each epoch, oldest first. */
  readonly losses: readonly number[];
  /** Index of the epoch shown, or -1 before the first. */
  readonly current: number;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly title: string;
  readonly description: string;
  readonly formatTick?: (value: number) => string;
}

const MARGINS = { top: 16, right: 20, bottom: 50, left: 64 };
/** A log axis cannot show 0: losses below this sit on the floor. */
const FLOOR = 1e-12;
const MAX_POINTS = 1000;

export function LossCurveChart(props: LossCurveChartProps) {
  const { losses, current } = props;
  const [ref, dims] = useChartDimensions(MARGINS, 0.5);
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, losses.length - 1)])
        .range([0, dims.innerWidth]),
    [losses.length, dims.innerWidth],
  );
  const y = useMemo(() => {
    let lo = Infinity;
    let hi = 0;
    for (const v of losses) {
      const c = Math.max(v, FLOOR);
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
    if (!(hi > 0)) [lo, hi] = [FLOOR, 1];
    if (hi / lo < 10) [lo, hi] = [lo / 3, hi * 3];
    return scaleLog().domain([lo, hi]).range([dims.innerHeight, 0]).nice();
  }, [losses, dims.innerHeight]);
  const d = useMemo(() => {
    // A long run is thinned to about MAX_POINTS vertices: a pixel cannot show more.
    const points = thin(
      losses.map((loss, i): [number, number] => [i, loss]),
      MAX_POINTS,
    );
    return (
      line<[number, number]>()
        .x((p) => x(p[0]))
        .y((p) => y(Math.max(p[1], FLOOR)))(points as [number, number][]) ?? ''
    );
  }, [losses, x, y]);
  const at = current >= 0 ? losses[current] : undefined;

  return (
    <div ref={ref} className="chart">
      <svg role="img" aria-labelledby={`${titleId} ${descId}`} width={dims.width} height={dims.height}>
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{props.description}</desc>
        <g transform={`translate(${dims.left},${dims.top})`}>
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
          {at !== undefined && (
            <>
              <line className="current-epoch" x1={x(current)} x2={x(current)} y1={0} y2={dims.innerHeight} />
              <circle className="current-point" cx={x(current)} cy={y(Math.max(at, FLOOR))} r={5} />
            </>
          )}
        </g>
      </svg>
    </div>
  );
}
