import { useId, useMemo } from 'react';
import { scaleLog } from 'd3';
import { decadeTicks, TICK, TICK_GAP, widest, type AxisTicks } from './axisLayout';
import { YL_GN_BU } from './contours';
import { decadeFormat, significantFormat, tickFormat } from './tickFormat';

/** The colour scale's ticks over [lo, hi] along `length` px: decades, or both ends within one. */
export function colourTicks(
  [lo, hi]: readonly [number, number],
  length: number,
  fontSize: number,
  decimal = '.',
): AxisTicks {
  const decades = decadeTicks([lo, hi], length, fontSize * 1.8, decadeFormat(decimal));
  if (decades.values.length >= 2) return decades;
  // Within one decade, the ends rounded inwards to two significant digits (three when two would
  // cross), so each label is a value on the bar and reads short: 0.83 and 0.97, not 0.823456.
  for (const digits of [2, 3]) {
    const [low, high] = [inward(lo, digits, true), inward(hi, digits, false)];
    if (low < high) {
      const format = significantFormat(digits, decimal);
      return { values: [low, high], labels: [format(low), format(high)] };
    }
  }
  const format = tickFormat([lo, hi], decimal);
  return { values: [lo, hi], labels: [format(lo), format(hi)] };
}

/** A positive `v` to `digits` significant digits, rounded up (`up`) or down. */
function inward(v: number, digits: number, up: boolean): number {
  const exponent = Math.floor(Math.log10(v)) - digits + 1;
  // Divide and multiply by whole powers of ten (never by 0.01, which is not exact), so 0.83 stays 0.83.
  const scaled = exponent < 0 ? v * Math.pow(10, -exponent) : v / Math.pow(10, exponent);
  const whole = up ? Math.ceil(scaled - 1e-9) : Math.floor(scaled + 1e-9);
  return exponent < 0 ? whole / Math.pow(10, -exponent) : whole * Math.pow(10, exponent);
}

/** Width of the colour scale's bar, px at 13 px type. */
const BAR = 12;

/** The gap left of the bar, px. */
const GAP = 10;

/**
 * The room right of the plot a colour scale takes: the gap, the bar, its labels (as wide as their
 * widest at the chart's full height, so the margin does not move as the plot's height does) and its title.
 */
export function colourScaleRoom(labels: readonly string[], fontSize: number): number {
  return Math.ceil(GAP + BAR * (fontSize / 13) + TICK + TICK_GAP + widest(labels, fontSize) + 6 + fontSize * 1.15 + 6);
}

interface ColourScaleProps {
  readonly domain: readonly [number, number];
  /** The plot's size: the bar stands right of it, as tall as it. */
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly fontSize: number;
  readonly titleSize: number;
  /** The labels the margin was made for (colourScaleRoom): the title stands right of the widest. */
  readonly roomLabels: readonly string[];
  readonly title: string;
  readonly decimal: string;
}

/** A colour bar (log scale) with its decade ticks and its title, right of the plot. */
export function ColourScale({
  domain,
  plotWidth,
  plotHeight,
  fontSize,
  titleSize,
  roomLabels,
  title,
  decimal,
}: ColourScaleProps) {
  const gradientId = `${useId()}-ramp`;
  const k = fontSize / 13;
  const axis = useMemo(
    () => ({
      scale: scaleLog().domain(domain).range([plotHeight, 0]),
      ticks: colourTicks(domain, plotHeight, fontSize, decimal),
    }),
    [domain, plotHeight, fontSize, decimal],
  );
  return (
    <g className="colour-scale" transform={`translate(${plotWidth + GAP},0)`}>
      <defs>
        <linearGradient id={gradientId} x1="0" x2="0" y1="1" y2="0">
          {YL_GN_BU.map((c, i) => (
            <stop key={c} offset={i / (YL_GN_BU.length - 1)} stopColor={c} />
          ))}
        </linearGradient>
      </defs>
      <rect width={BAR * k} height={plotHeight} fill={`url(#${gradientId})`} className="colour-bar" />
      {axis.ticks.values.map((v, i) => (
        <g key={v} transform={`translate(${BAR * k},${axis.scale(v)})`}>
          <line x2={TICK} className="axis-line" />
          <text x={TICK + TICK_GAP} dy="0.32em">
            {axis.ticks.labels[i]}
          </text>
        </g>
      ))}
      <text
        className="axis-label"
        fontSize={titleSize}
        transform={`translate(${BAR * k + TICK + TICK_GAP + widest(roomLabels, fontSize) + 6 + titleSize * 0.25},${plotHeight / 2}) rotate(90)`}
        textAnchor="middle"
      >
        {title}
      </text>
    </g>
  );
}
