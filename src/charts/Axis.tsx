import { memo } from 'react';
import type { ScaleContinuousNumeric } from 'd3';

export interface AxisProps {
  readonly scale: ScaleContinuousNumeric<number, number>;
  readonly orient: 'bottom' | 'left';
  /** The length of the other axis: where a bottom axis sits, and how long grid lines run. */
  readonly gridLength: number;
  /** Light grid lines across the plot (off over filled contours). */
  readonly grid?: boolean;
  readonly label: string;
  readonly ticks?: number;
  /** Tick text; d3's default for the scale when left out. */
  readonly format?: (value: number) => string;
}

/**
 * Whether two axes draw the same: the same options, and ticks at the same places on the same
 * range. A chart whose domain grows a little makes a new scale on many steps while .nice() keeps
 * its ticks where they were; comparing what is drawn, not the scale object, spares those redraws.
 */
export function drawsTheSame(a: AxisProps, b: AxisProps): boolean {
  if (
    a.orient !== b.orient ||
    a.gridLength !== b.gridLength ||
    a.grid !== b.grid ||
    a.label !== b.label ||
    a.ticks !== b.ticks ||
    a.format !== b.format
  ) {
    return false;
  }
  if (a.scale === b.scale) return true;
  const [ra, rb] = [a.scale.range(), b.scale.range()];
  if (ra[0] !== rb[0] || ra[1] !== rb[1]) return false;
  const [ta, tb] = [a.scale.ticks(a.ticks ?? 6), b.scale.ticks(b.ticks ?? 6)];
  return ta.length === tb.length && ta.every((v, i) => v === tb[i] && a.scale(v) === b.scale(v));
}

/**
 * An axis drawn by React from d3's ticks (no d3 selection touching the DOM). Memoised: it redraws
 * only when what it draws changes, not on every step.
 */
export const Axis = memo(function Axis({
  scale,
  orient,
  gridLength,
  label,
  ticks = 6,
  grid = true,
  format: formatTick,
}: AxisProps) {
  const values = scale.ticks(ticks);
  const format = formatTick ?? scale.tickFormat(ticks);
  const [r0, r1] = scale.range() as [number, number];
  if (orient === 'bottom') {
    return (
      <g className="axis" transform={`translate(0,${gridLength})`}>
        <line x1={Math.min(r0, r1)} x2={Math.max(r0, r1)} className="axis-line" />
        {values.map((v) => (
          <g key={v} transform={`translate(${scale(v)},0)`}>
            <line y2={6} className="axis-line" />
            {grid && <line y1={-gridLength} y2={0} className="grid-line" />}
            <text y={20} textAnchor="middle">
              {format(v)}
            </text>
          </g>
        ))}
        <text className="axis-label" x={(r0 + r1) / 2} y={40} textAnchor="middle">
          {label}
        </text>
      </g>
    );
  }
  return (
    <g className="axis">
      <line y1={Math.min(r0, r1)} y2={Math.max(r0, r1)} className="axis-line" />
      {values.map((v) => (
        <g key={v} transform={`translate(0,${scale(v)})`}>
          <line x2={-6} className="axis-line" />
          {grid && <line x1={0} x2={gridLength} className="grid-line" />}
          <text x={-9} dy="0.32em" textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      <text className="axis-label" transform={`translate(-48,${(r0 + r1) / 2}) rotate(-90)`} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}, drawsTheSame);
