import { useMemo, type PointerEvent } from 'react';
import { max } from 'd3';
import { pairPath } from './linePath';
import { trailMarks } from './trailMarks';
import { usePlot } from './usePlot';
import { Plot } from './Plot';
import type { LegendEntry } from './Legend';
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
  /** The guess line's label ("your guess"). */
  readonly guessLabel: string;
  /** The language's decimal sign, for the tick labels. */
  readonly decimal: string;
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

/** The loss against the parameter: the curve, the path down it, the tangent and the minimum. */
export function SsrChart(props: SsrChartProps) {
  const { curve, domain, trail, current, tangent, minimum } = props;

  const curveTop = useMemo(() => max(curve, (p) => p[1]) ?? 1, [curve]);
  // Trail points outside the b3 view are clipped away: they do not stretch the SSR axis either.
  const yMax = useMemo(() => {
    const shown = max(trail, (p) => (p.x >= domain[0] && p.x <= domain[1] ? p.y : undefined));
    const top = Math.max(curveTop, current.y, shown ?? -Infinity);
    return top > 0 ? top : 1;
  }, [curveTop, current.y, trail, domain]);
  const yDomain = useMemo(() => [0, yMax * 1.05] as const, [yMax]);
  const legend: LegendEntry[] = [
    { label: tangent.label, className: 'tangent-label', symbol: <line x1={-12} x2={12} className="tangent" /> },
    {
      label: minimum.label,
      className: 'minimum-label',
      symbol: <path d="M-5,-5L5,5M-5,5L5,-5" className="minimum-mark" />,
    },
    { label: props.currentLabel, symbol: <circle r={6} className="current-point" /> },
  ];
  const plot = usePlot({ x: { domain }, y: { domain: yDomain, nice: true }, decimal: props.decimal, legend });
  const { x, y, dims, size } = plot;
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
        dims.k === 1
          ? TRAIL_STYLE
          : { dot: TRAIL_STYLE.dot * dims.k, end: TRAIL_STYLE.end * dims.k, head: TRAIL_STYLE.head * dims.k },
      ),
    [trail, current.x, current.y, x, y, dims.k],
  );

  return (
    <Plot plot={plot} title={props.title} description={props.description} xLabel={props.xLabel} yLabel={props.yLabel}>
      {(clip) => (
        <>
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
          <g className="minimum" transform={`translate(${x(minimum.x)},${y(minimum.y)}) scale(${dims.k})`}>
            <path d="M-6,-6L6,6M-6,6L6,-6" />
          </g>
          <circle className="current-point animated" cx={x(current.x)} cy={y(current.y)} r={7 * dims.k} />
          {props.guess != null && Number.isFinite(props.guess) && (
            <g className="guess" transform={`translate(${x(props.guess)},0)`}>
              <line y1={0} y2={dims.innerHeight} />
              <text y={size.fontSize + 2} x={4}>
                {props.guessLabel}
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
        </>
      )}
    </Plot>
  );
}
