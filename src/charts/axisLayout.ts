import type { ScaleContinuousNumeric } from 'd3';
import { tickFormat } from './tickFormat';

/**
 * Approximate advance widths, in em, of the characters tick labels and legends use, for the
 * page's sans-serif (DejaVu Sans and system-ui measure within a few per cent of these). Wide
 * rather than narrow: an estimate that errs wide leaves a little room, one that errs narrow cuts.
 */
const NARROW = /[.,:;!|il'’ ()[\]ƒj]/;
const WIDE = /[mwMW@%—…×]/;
const DIGIT_OR_MINUS = /[0-9\-−+=*~]/;

/** The width a line of text takes at `fontSize` px (estimated; see the character classes above). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.34;
    else if (WIDE.test(ch)) em += 0.92;
    else if (DIGIT_OR_MINUS.test(ch)) em += 0.64;
    else if (ch === ' ') em += 0.32;
    else if (ch >= 'A' && ch <= 'Z') em += 0.72;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.12 : 1);
}

/** The widest of some labels, px. */
export function widest(labels: readonly string[], fontSize: number, bold = false): number {
  return labels.reduce((m, l) => Math.max(m, textWidth(l, fontSize, bold)), 0);
}

/** Tick mark length and the gap between a tick and its label, px. */
export const TICK = 6;
export const TICK_GAP = 4;

export interface AxisTicks {
  readonly values: readonly number[];
  readonly labels: readonly string[];
}

function labelled(values: readonly number[], decimal: string): AxisTicks {
  const f = tickFormat(values, decimal);
  return { values, labels: values.map(f) };
}

/**
 * Ticks for a vertical linear axis `length` px tall: about one per 3.2 lines of text, so labels
 * never touch, between 2 and 8; `decimal` is the language's decimal sign.
 */
export function verticalTicks(
  scale: ScaleContinuousNumeric<number, number>,
  length: number,
  fontSize: number,
  decimal = '.',
): AxisTicks {
  const count = Math.max(2, Math.min(8, Math.floor(length / (fontSize * 3.2))));
  return labelled(scale.ticks(count), decimal);
}

/**
 * Ticks for a horizontal linear axis (its scale's range is its length): the most (up to 8) whose labels, centred
 * on their ticks, keep at least one em between neighbours.
 */
export function horizontalTicks(
  scale: ScaleContinuousNumeric<number, number>,
  fontSize: number,
  decimal = '.',
): AxisTicks {
  for (let count = 8; count >= 1; count--) {
    const ticks = labelled(scale.ticks(count), decimal);
    if (fitsAcross(ticks, scale, fontSize)) return ticks;
  }
  // Not even two labels fit side by side (a very narrow plot): one tick, in the middle.
  const middle = scale.ticks(1);
  return labelled(middle.slice(Math.floor(middle.length / 2), Math.floor(middle.length / 2) + 1), decimal);
}

/** Whether centred labels keep an em apart: each gap ≥ half of each neighbour plus one em. */
export function fitsAcross(ticks: AxisTicks, position: (v: number) => number, fontSize: number): boolean {
  for (let i = 1; i < ticks.values.length; i++) {
    const gap = Math.abs(position(ticks.values[i]!) - position(ticks.values[i - 1]!));
    const need = (textWidth(ticks.labels[i]!, fontSize) + textWidth(ticks.labels[i - 1]!, fontSize)) / 2 + fontSize;
    if (gap < need) return false;
  }
  return true;
}

/**
 * Decades for a log axis `length` px long over [lo, hi]: every k-th power of ten, with k the
 * smallest of 1, 2, 3, 5, 10… that keeps labels `spacing` px apart.
 */
export function decadeTicks(
  [lo, hi]: readonly [number, number],
  length: number,
  spacing: number,
  format: (v: number) => string,
): AxisTicks {
  const e0 = Math.ceil(Math.log10(lo) - 1e-9);
  const e1 = Math.floor(Math.log10(hi) + 1e-9);
  const decades = Math.max(1, Math.log10(hi) - Math.log10(lo));
  const perDecade = length / decades;
  const k = [1, 2, 3, 5, 10, 20, 50, 100].find((s) => s * perDecade >= spacing) ?? 100;
  const values: number[] = [];
  for (let e = Math.ceil(e0 / k) * k; e <= e1; e += k) values.push(Math.pow(10, e));
  return { values, labels: values.map(format) };
}

/** Font metrics as fractions of the font size: how far glyphs reach above and below the baseline. */
const ASCENT = 0.78;
const DESCENT = 0.24;

/** Where a left axis's title sits (its baseline, left of the axis) and the margin it needs. */
export function leftAxisRoom(labelWidth: number, titleSize: number) {
  // Rotated −90°, a title's glyphs reach left of its baseline by the ascent, right by the descent.
  const titleBaseline = -(TICK + TICK_GAP + labelWidth + 6 + DESCENT * titleSize);
  return { titleBaseline, margin: Math.ceil(-titleBaseline + ASCENT * titleSize + 4) };
}

/** Where a bottom axis's labels and title sit (baselines, below the axis) and the margin it needs. */
export function bottomAxisRoom(fontSize: number, titleSize: number) {
  const labelBaseline = TICK + TICK_GAP + ASCENT * fontSize;
  const titleBaseline = labelBaseline + DESCENT * fontSize + 6 + ASCENT * titleSize;
  return { labelBaseline, titleBaseline, margin: Math.ceil(titleBaseline + DESCENT * titleSize + 4) };
}

/** Axis titles are drawn a little larger than tick labels. */
export const titleSize = (fontSize: number) => Math.round(fontSize * 1.08 * 10) / 10;
