import { memo, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { linePath } from './linePath';
import { decadeTicks, textWidth } from './axisLayout';
import { decadeFormat } from './tickFormat';
import { usePlot } from './usePlot';
import { Plot } from './Plot';

/** One rate of the sweep as the chart draws it. */
export interface SweepPoint {
  readonly rate: number;
  readonly steps: number;
  /** converged: a dot on the curve; budget: capped at the top; diverges: a cross in its own strip. */
  readonly kind: 'converged' | 'budget' | 'diverges';
}

/** The sweep chart's own words, in the page's language. */
export interface SweepWords {
  /** The rate axis's title. */
  readonly xLabel: string;
  /** The strip's label where diverging rates are marked. */
  readonly diverges: string;
  /** The fastest rate's label: with its steps, and without (where the longer does not fit). */
  fastest(point: SweepPoint): readonly [string, string];
  /** The pick target's name, with the highlighted rate and its outcome, or with none. */
  pick(point: SweepPoint | null): string;
}

export interface SweepChartProps {
  readonly points: readonly SweepPoint[];
  readonly range: { readonly min: number; readonly max: number };
  /** The y axis' top: the step budget. */
  readonly budget: number;
  readonly current: number;
  readonly fastest: SweepPoint | null;
  /** Where the fastest rate's label goes when no rate reaches the minimum (null: say nothing). */
  readonly noFastest?: string | null;
  readonly title: string;
  readonly description: string;
  readonly yLabel: string;
  readonly words: SweepWords;
  /** The language's decimal sign, for the tick labels. */
  readonly decimal: string;
  /** Sets the learning rate (a click on the plot, or Enter on the highlighted rate). */
  onPick(rate: number): void;
}

/** Height of the strip above the plot where diverging rates are marked apart. */
const STRIP = 14;

type Scale = (value: number) => number;

/**
 * The curve, its points and the diverging rates' crosses: memoised, as they change with a new
 * sweep, not with the rate (which moves only the current-rate line during a drag).
 */
const SweepMarks = memo(function SweepMarks({
  points,
  x,
  y,
  clip,
}: {
  readonly points: readonly SweepPoint[];
  readonly x: Scale;
  readonly y: Scale;
  readonly clip: string;
}) {
  // The curve joins neighbouring rates that stop; a diverging rate breaks it.
  const d = linePath(
    points,
    (p) => (p.kind === 'diverges' ? NaN : x(p.rate)),
    (p) => y(p.steps),
  );
  return (
    <>
      <g clipPath={clip}>
        <path className="sweep-curve" d={d} />
      </g>
      {points
        .filter((p) => p.kind !== 'diverges')
        .map((p) => (
          <circle
            key={p.rate}
            className={p.kind === 'budget' ? 'sweep-point sweep-budget' : 'sweep-point'}
            cx={x(p.rate)}
            cy={y(p.steps)}
            r={2.5}
          />
        ))}
      {points
        .filter((p) => p.kind === 'diverges')
        .map((p) => (
          <path
            key={p.rate}
            className="sweep-diverges"
            transform={`translate(${x(p.rate)},${-STRIP / 2 - 4})`}
            d="M-3,-3L3,3M-3,3L3,-3"
          />
        ))}
    </>
  );
});

/** Steps until the stopping rule against the learning rate, on a log rate axis. */
export function SweepChart(props: SweepChartProps) {
  const { points, range, budget, current, fastest } = props;
  const { words, decimal } = props;
  const [highlight, setHighlight] = useState<number | null>(null);
  // Margins from what the chart writes (as every chart's), with room above the plot for the strip
  // where diverging rates are marked.
  const xDomain = useMemo(() => [range.min, range.max] as const, [range.min, range.max]);
  const yDomain = useMemo(() => [0, Math.max(1, budget)] as const, [budget]);
  const plot = usePlot({
    x: { domain: xDomain, log: true, clamp: true },
    y: { domain: yDomain, nice: true },
    decimal,
    aspect: 0.62,
    fallbackWidth: 320,
    above: STRIP + 8,
  });
  const { x, y, dims, size } = plot;
  // Only the decades are labelled, spaced for a rate's width.
  const xTicks = useMemo(
    () => decadeTicks(xDomain, dims.innerWidth, size.fontSize * 4, decadeFormat(decimal)),
    [xDomain, dims.innerWidth, size.fontSize, decimal],
  );
  const pick = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const rate = x.invert(event.clientX - box.left);
    props.onPick(Number(Math.min(range.max, Math.max(range.min, rate)).toPrecision(3)));
  };
  const index =
    highlight ??
    Math.max(
      0,
      points.findIndex((p) => p === fastest),
    );
  const marked = points[Math.min(index, points.length - 1)];
  const onKeyDown = (event: KeyboardEvent<SVGRectElement>) => {
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1 };
    if (event.key in moves) {
      event.preventDefault();
      setHighlight(Math.min(points.length - 1, Math.max(0, index + moves[event.key]!)));
    } else if ((event.key === 'Enter' || event.key === ' ') && marked) {
      event.preventDefault();
      props.onPick(marked.rate);
    }
  };
  // The label ends at its rate's leader line, over the falling side of the curve: the rates just
  // above the fastest climb steeply to the budget or diverge, and a label there crosses that climb.
  // It names the steps too when that still fits left of the line (the table below has them
  // anyway); where nothing fits there (a fastest rate near the left edge) it starts at the plot's
  // left. Widths are measured at the chart's type size (the label's own is smaller), so it never
  // reaches the axis labels beside the plot.
  const fastestX = fastest ? x(fastest.rate) : 0;
  const room = fastestX + 4;
  const labels = fastest ? words.fastest(fastest) : [''];
  const fitsLeft = labels.find((label) => textWidth(label, size.fontSize) <= room);
  const fastestLabel =
    fitsLeft ?? labels.find((label) => textWidth(label, size.fontSize) <= dims.innerWidth) ?? labels.at(-1)!;
  const fastestText = fitsLeft
    ? { x: room - fastestX, anchor: 'end' as const }
    : { x: -fastestX, anchor: 'start' as const };

  return (
    <Plot
      plot={plot}
      title={props.title}
      description={props.description}
      role="group"
      className="sweep-chart"
      xLabel={words.xLabel}
      yLabel={props.yLabel}
      xTicks={xTicks}
    >
      {(clip) => (
        <>
          {/* In the strip at its left end: the smallest rates never diverge, and the y axis's top
              label sits just left of the plot. */}
          <text className="sweep-strip-label" x={4} y={-STRIP / 2 - 4} dy="0.32em">
            {words.diverges}
          </text>
          <SweepMarks points={points} x={x} y={y} clip={clip} />
          <line className="sweep-current" x1={x(current)} x2={x(current)} y1={-STRIP - 4} y2={dims.innerHeight} />
          {fastest && (
            // The label sits high in the plot, clear of the curve, with a leader down to its point.
            <g className="sweep-fastest" transform={`translate(${x(fastest.rate)},0)`}>
              <circle r={5} cy={y(fastest.steps)} />
              <line y1={22} y2={y(fastest.steps) - 6} />
              <text x={fastestText.x} y={16} textAnchor={fastestText.anchor}>
                {fastestLabel}
              </text>
            </g>
          )}
          {!fastest && props.noFastest && (
            <text className="sweep-none" x={4} y={16}>
              {props.noFastest}
            </text>
          )}
          {marked && highlight !== null && (
            <circle
              className="sweep-highlight"
              cx={x(marked.rate)}
              cy={marked.kind === 'diverges' ? -STRIP / 2 - 4 : y(marked.steps)}
              r={7}
            />
          )}
          <rect
            className="sweep-pick"
            x={0}
            y={-STRIP - 8}
            width={dims.innerWidth}
            height={dims.innerHeight + STRIP + 8}
            tabIndex={0}
            role="button"
            aria-label={words.pick(marked ?? null)}
            onPointerDown={pick}
            onKeyDown={onKeyDown}
            onBlur={() => setHighlight(null)}
          />
        </>
      )}
    </Plot>
  );
}
