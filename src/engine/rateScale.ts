/**
 * The learning-rate slider's log scale. Useful rates span decades (linreg's stable ones sit below
 * 2/λmax ≈ 0.085, the bias scenario's below 1/3), so a linear slider over 0.001–1 spent most of its
 * track on rates that diverge. Positions are integers; each is a rate rounded to 3 significant
 * digits, and neighbouring positions differ by about 2 %, so rate → position → rate is exact.
 */

/** Any rate the field accepts. */
export const RATE_LIMITS = { min: 0.001, max: 1 } as const;

/** Neighbouring slider positions differ by this factor (at most; the range sets the exact one). */
const STEP_RATIO = 1.02;

export interface RateRange {
  readonly min: number;
  readonly max: number;
}

const MANTISSAS = [1, 2, 5] as const;

/** The largest 1-2-5 value (…, 0.1, 0.2, 0.5, 1, …) at or below x. */
export function niceFloor(x: number): number {
  const decade = Math.pow(10, Math.floor(Math.log10(x)));
  for (let k = MANTISSAS.length - 1; k >= 0; k--) {
    const v = Number((MANTISSAS[k]! * decade).toPrecision(12));
    if (v <= x * (1 + 1e-12)) return v;
  }
  return Number((decade / 2).toPrecision(12));
}

/** The smallest 1-2-5 value at or above x. */
export function niceCeil(x: number): number {
  const decade = Math.pow(10, Math.floor(Math.log10(x)));
  for (const m of MANTISSAS) {
    const v = Number((m * decade).toPrecision(12));
    if (v >= x * (1 - 1e-12)) return v;
  }
  return Number((10 * decade).toPrecision(12));
}

const clip = (x: number) => Math.min(RATE_LIMITS.max, Math.max(RATE_LIMITS.min, x));

/**
 * The slider's range for a scenario whose rates diverge above `divergesAbove` (2/λmax): from a
 * thousandth of that to three times it, on 1-2-5 values, within the field's limits; widened to
 * hold `rate` when a typed or linked rate lies outside it, so a rate is never clamped.
 */
export function rateRange(divergesAbove: number, rate?: number): RateRange {
  const ok = Number.isFinite(divergesAbove) && divergesAbove > 0;
  let min = ok ? clip(niceFloor(divergesAbove / 1000)) : RATE_LIMITS.min;
  let max = ok ? clip(niceCeil(3 * divergesAbove)) : RATE_LIMITS.max;
  if (max <= min) max = clip(niceCeil(min * 10));
  if (max <= min) min = clip(niceFloor(max / 10));
  if (rate !== undefined && Number.isFinite(rate) && rate > 0) {
    if (rate < min) min = clip(niceFloor(rate));
    if (rate > max) max = clip(niceCeil(rate));
  }
  return { min, max };
}

/** The slider's last position (its first is 0). */
export function positions(range: RateRange): number {
  return Math.max(1, Math.ceil(Math.log(range.max / range.min) / Math.log(STEP_RATIO)));
}

/** The rate at a slider position, rounded to 3 significant digits; the ends are the range's. */
export function rateAt(range: RateRange, position: number): number {
  const last = positions(range);
  const p = Math.min(last, Math.max(0, Math.round(position)));
  if (p === 0) return range.min;
  if (p === last) return range.max;
  const raw = range.min * Math.pow(range.max / range.min, p / last);
  return Number(raw.toPrecision(3));
}

/** The nearest slider position to a rate (clamped to the range). */
export function positionOf(range: RateRange, rate: number): number {
  const last = positions(range);
  if (!(rate > range.min)) return 0;
  if (rate >= range.max) return last;
  return Math.min(last, Math.max(0, Math.round((last * Math.log(rate / range.min)) / Math.log(range.max / range.min))));
}

/** Where a rate sits along the range, 0 to 1 on the log scale (for band shading and ticks). */
export function fractionOf(range: RateRange, rate: number): number {
  if (!(rate > 0)) return 0;
  const f = Math.log(rate / range.min) / Math.log(range.max / range.min);
  return Math.min(1, Math.max(0, f));
}

/** `count` rates evenly spaced on the log scale from min to max, 3 significant digits each. */
export function logSpaced(range: RateRange, count: number): number[] {
  const n = Math.max(2, count);
  return Array.from({ length: n }, (_, i) =>
    i === 0
      ? range.min
      : i === n - 1
        ? range.max
        : Number((range.min * Math.pow(range.max / range.min, i / (n - 1))).toPrecision(3)),
  );
}
