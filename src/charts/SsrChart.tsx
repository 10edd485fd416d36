import { useMemo, type PointerEvent } from 'react';
import { max, scaleLinear } from 'd3';
import { pairPath } from './linePath';
import { Axis } from './Axis';
import { ChartSvg } from './ChartSvg';
import { trailMarks } from './trailMarks';
import { PLOT_MARGINS, useChartDimensions } from './useChartDimensions';
import { WhatIfMarks, type WhatIf } from './WhatIfMarks';

export interface CurvePoint {
  readonly x: number;
  readonly y: number;
}

export interface SsrChartProps {
  /** The loss curve, sampled over `domain`. */
  readonly curve: readonly [number, number][];
  readonly domain: readonly [number, number];
  /** Points visited before the current one, oldest first (the latest TRAIL_LIMIT are drawn). */
  readonly trail: readonly CurvePoint[];
  readonly current: CurvePoint;
  /** Where the gradient was evaluated, and its value (the tangent's slope). */
  readonly tangent: CurvePoint & { readonly slope: number; readonly label: string };
  readonly minimum: CurvePoint & { readonly label: string };
  readonly currentLabel: string;
  /** Where a student guesses the next point lands (predict mode), drawn as a dashed line. */
  readonly guess?: number | null;
  /** Makes the plot pickable: a click or drag reports the b3 under the pointer. */
  onPick?(x: number): void;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly title: string;
  /** The chart's text alternative: the current values in words. */
  readonly description: string;
  /** The next steps at a learning rate being chosen, as (b3, SSR) points from the current one. */
  readonly whatIf?: WhatIf | null;
}

/** Drawing a long history's every arrow costs more than it tells; the latest ones are kept. */
export const TRAIL_LIMIT = 60;
/** Dots of the visited points, the current point's radius, and the arrow heads (px). */
const TRAIL_STYLE = { dot: 4, end: 7, head: 9 };

export function SsrChart(props: SsrChartProps) {
  const { curve, domain, trail, current, tangent, minimum } = props;
  const [ref, dims] = useChartDimensions(PLOT_MARGINS);

  const x = useMemo(() => scaleLinear().domain(domain).range([0, dims.innerWidth]), [domain, dims.innerWidth]);
  const curveTop = useMemo(() => max(curve, (p) => p[1]) ?? 1, [curve]);
  const yMax = useMemo(() => {
    const top = Math.max(curveTop, current.y, max(trail, (p) => p.y) ?? -Infinity);
    return top > 0 ? top : 1;
  }, [curveTop, current.y, trail]);
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, yMax * 1.05])
        .range([dims.innerHeight, 0])
        .nice(),
    [yMax, dims.innerHeight],
  );
  const curvePath = useMemo(() => pairPath(curve, x, y), [curve, x, y]);

  // The tangent spans a fifth of the view either side of its point, clipped to the plot.
  const half = (domain[1] - domain[0]) / 5;
  const t0 = tangent.x - half;
  const t1 = tangent.x + half;
  const pick = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    props.onPick?.(x.invert(event.clientX - box.left));
  };
  const marks = useMemo(
    () =>
      trailMarks(
        [...trail.slice(-TRAIL_LIMIT), current].map((p) => [x(p.x), y(p.y)] as const),
        TRAIL_STYLE,
      ),
    [trail, current.x, current.y, x, y],
  );

  return (
    <ChartSvg chartRef={ref} dims={dims} title={props.title} description={props.description}>
      {(clip) => (
        <>
          <Axis scale={y} orient="left" gridLength={dims.innerWidth} label={props.yLabel} />
          <Axis scale={x} orient="bottom" gridLength={dims.innerHeight} label={props.xLabel} />
          <g clipPath={clip}>
            <path className="loss-curve" d={curvePath} />
            <line
              className="tangent animated"
              x1={x(t0)}
              y1={y(tangent.y + tangent.slope * (t0 - tangent.x))}
              x2={x(t1)}
              y2={y(tangent.y + tangent.slope * (t1 - tangent.x))}
            />
            <path className="trail-arrow" d={marks.shafts} />
            <path className="trail-arrow-head" d={marks.heads} />
            <path className="trail-point" d={marks.dots} />
            {props.whatIf && (
              <WhatIfMarks
                points={props.whatIf.points.map(([b, s]) => [x(b), y(s)])}
                width={dims.innerWidth}
                height={dims.innerHeight}
                label={props.whatIf.label}
                arrows
              />
            )}
          </g>
          <g className="minimum" transform={`translate(${x(minimum.x)},${y(minimum.y)})`}>
            <path d="M-6,-6L6,6M-6,6L6,-6" />
          </g>
          <circle className="current-point animated" cx={x(current.x)} cy={y(current.y)} r={7} />
          {props.guess != null && Number.isFinite(props.guess) && (
            <g className="guess" transform={`translate(${x(props.guess)},0)`}>
              <line y1={0} y2={dims.innerHeight} />
              <text y={14} x={4}>
                your guess
              </text>
            </g>
          )}
          {props.onPick && (
            <rect
              className="pick-area"
              width={dims.innerWidth}
              height={dims.innerHeight}
              onPointerDown={(event) => {
                event.currentTarget.setPointerCapture(event.pointerId);
                pick(event);
              }}
              onPointerMove={(event) => event.buttons === 1 && pick(event)}
            />
          )}
          {/* Labels live in a legend, where they cannot collide with the curve or each other. */}
          <g className="legend" transform={`translate(${dims.innerWidth - 8},10)`} textAnchor="end">
            <text x={-30} dy="0.32em" className="tangent-label">
              {tangent.label}
            </text>
            <line x1={-24} x2={0} className="tangent" />
            <text x={-30} y={22} dy="0.32em" className="minimum-label">
              {minimum.label}
            </text>
            <path transform="translate(-12,22)" d="M-5,-5L5,5M-5,5L5,-5" className="minimum-mark" />
            <text x={-30} y={44} dy="0.32em">
              {props.currentLabel}
            </text>
            <circle cx={-12} cy={44} r={6} className="current-point" />
          </g>
        </>
      )}
    </ChartSvg>
  );
}
