import { memo } from 'react';
import type { ScaleContinuousNumeric } from 'd3';
import { TICK, TICK_GAP, type AxisTicks } from './axisLayout';

export interface AxisProps {
  readonly scale: ScaleContinuousNumeric<number, number>;
  readonly orient: 'bottom' | 'left';
  /** The length of the other axis: where a bottom axis sits, and how long grid lines run. */
  readonly gridLength: number;
  /** Light grid lines across the plot (off over filled contours). */
  readonly grid?: boolean;
  readonly label: string;
  /** The ticks and their text (axisLayout chooses them so they fit). */
  readonly ticks: AxisTicks;
  /** Baselines: of the tick labels (bottom axis) and of the title, from axisLayout. */
  readonly labelBaseline?: number;
  readonly titleBaseline: number;
  readonly titleSize: number;
}

/**
 * Whether two axes draw the same: the same options and labels, and ticks at the same places on
 * the same range. A chart whose domain grows a little makes a new scale on many steps while its
 * ticks stay where they were; comparing what is drawn, not the scale object, spares those redraws.
 */
export function drawsTheSame(a: AxisProps, b: AxisProps): boolean {
  if (
    a.orient !== b.orient ||
    a.gridLength !== b.gridLength ||
    a.grid !== b.grid ||
    a.label !== b.label ||
    a.labelBaseline !== b.labelBaseline ||
    a.titleBaseline !== b.titleBaseline ||
    a.titleSize !== b.titleSize
  ) {
    return false;
  }
  const [ra, rb] = [a.scale.range(), b.scale.range()];
  if (ra[0] !== rb[0] || ra[1] !== rb[1]) return false;
  const [ta, tb] = [a.ticks, b.ticks];
  if (ta === tb && a.scale === b.scale) return true;
  return (
    ta.values.length === tb.values.length &&
    ta.values.every((v, i) => v === tb.values[i] && ta.labels[i] === tb.labels[i] && a.scale(v) === b.scale(v))
  );
}

/**
 * An axis drawn by React from ticks axisLayout chose (no d3 selection touching the DOM).
 * Memoised: it redraws only when what it draws changes, not on every step.
 */
export const Axis = memo(function Axis({
  scale,
  orient,
  gridLength,
  label,
  ticks,
  grid = true,
  labelBaseline = 0,
  titleBaseline,
  titleSize,
}: AxisProps) {
  const [r0, r1] = scale.range() as [number, number];
  if (orient === 'bottom') {
    return (
      <g className="axis" transform={`translate(0,${gridLength})`}>
        <line x1={Math.min(r0, r1)} x2={Math.max(r0, r1)} className="axis-line" />
        {ticks.values.map((v, i) => (
          <g key={v} transform={`translate(${scale(v)},0)`}>
            <line y2={TICK} className="axis-line" />
            {grid && <line y1={-gridLength} y2={0} className="grid-line" />}
            <text y={labelBaseline} textAnchor="middle">
              {ticks.labels[i]}
            </text>
          </g>
        ))}
        <text className="axis-label" x={(r0 + r1) / 2} y={titleBaseline} textAnchor="middle" fontSize={titleSize}>
          {label}
        </text>
      </g>
    );
  }
  return (
    <g className="axis">
      <line y1={Math.min(r0, r1)} y2={Math.max(r0, r1)} className="axis-line" />
      {ticks.values.map((v, i) => (
        <g key={v} transform={`translate(0,${scale(v)})`}>
          <line x2={-TICK} className="axis-line" />
          {grid && <line x1={0} x2={gridLength} className="grid-line" />}
          <text x={-(TICK + TICK_GAP)} dy="0.32em" textAnchor="end">
            {ticks.labels[i]}
          </text>
        </g>
      ))}
      <text
        className="axis-label"
        transform={`translate(${titleBaseline},${(r0 + r1) / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize={titleSize}
      >
        {label}
      </text>
    </g>
  );
}, drawsTheSame);
