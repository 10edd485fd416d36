import { scaleLinear } from 'd3';
import { tickFormat } from './tickFormat';
import { bottomAxisRoom, leftAxisRoom, textWidth, titleSize, widest, type AxisTicks } from './axisLayout';
import { legendLayout, type LegendLayout } from './legendLayout';
import type { ChartSize, Margins } from './useChartDimensions';

export interface PlotLayoutInput {
  readonly size: ChartSize;
  /** The left axis's ticks for a plot `innerHeight` px tall. */
  yTicks(innerHeight: number): AxisTicks;
  /** The x domain: its outermost tick label may reach past the plot's right edge. */
  readonly xDomain: readonly [number, number];
  /** The legend's entries, drawn in a band above the plot. */
  readonly legend: readonly string[];
  /** Room wanted right of the plot (a colour scale), px. */
  readonly right?: number;
  /** Room wanted above the plot besides the legend's (a strip of marks), px. */
  readonly above?: number;
  /** The language's decimal sign, which the tick labels are written with. */
  readonly decimal?: string;
}

export interface PlotLayout {
  readonly margins: Margins;
  readonly yTicks: AxisTicks;
  readonly legend: LegendLayout;
  /** Baselines of the axis titles and the x tick labels, and the titles' size. */
  readonly yTitle: number;
  readonly xLabel: number;
  readonly xTitle: number;
  readonly titleSize: number;
}

/** Gap between the legend band and the plot, and the chart's padding, px. */
const PAD = 8;

/**
 * Margins computed from what the chart writes: the left from its widest y tick label and the
 * title beside it, the bottom from the text size, the top from the legend band (which spans the
 * chart's whole width and wraps), the right from the last x label's half width. Nothing is cut
 * and the axis title never meets a tick label, whatever the values and the type size.
 */
export function plotLayout({
  size,
  yTicks,
  xDomain,
  legend: labels,
  right = 0,
  above = 0,
  decimal = '.',
}: PlotLayoutInput): PlotLayout {
  const fs = size.fontSize;
  const ts = titleSize(fs);
  // Measured as bold: some entries are (the tangent's and the minimum's, in their colours).
  const legend = legendLayout(labels, size.width - 2 * PAD, fs, true);
  const top = Math.ceil(legend.height > 0 ? PAD + legend.height + PAD : fs * 0.8) + above;
  const bottomRoom = bottomAxisRoom(fs, ts);
  const innerHeight = Math.max(10, size.height - top - bottomRoom.margin);
  const ticks = yTicks(innerHeight);
  const leftRoom = leftAxisRoom(widest(ticks.labels, fs), ts);
  const xTicks = scaleLinear().domain(xDomain).ticks(8);
  const lastX = xTicks.length > 0 ? tickFormat(xTicks, decimal)(xTicks[xTicks.length - 1]!) : '';
  const margins = {
    top,
    right: Math.ceil(Math.max(right, textWidth(lastX, fs) / 2 + 4, 12)),
    bottom: bottomRoom.margin,
    left: leftRoom.margin,
  };
  return {
    margins,
    yTicks: ticks,
    legend,
    yTitle: leftRoom.titleBaseline,
    xLabel: bottomRoom.labelBaseline,
    xTitle: bottomRoom.titleBaseline,
    titleSize: ts,
  };
}

/** Where the legend band starts, in plot coordinates (it spans the chart from its left padding). */
export const legendOrigin = (margins: Margins) => ({ x: PAD - margins.left, y: PAD - margins.top });

/** The plot's dimensions from its size and margins, kept the same object while their numbers are. */
export function marginsKey(m: Margins): string {
  return `${m.top},${m.right},${m.bottom},${m.left}`;
}
