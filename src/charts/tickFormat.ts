import { formatLocale, type FormatLocaleObject } from 'd3';

/**
 * Tick labels, written by d3-format in the page's number style. The decimal sign is an argument
 * rather than read from the page's language: a chart memoises its ticks, and a sign it is given
 * is one of the things they are memoised on, so a change of language redraws them at once. ASCII
 * "-" is the minus (as in every number the page writes), no grouping (a value never reads two ways).
 */
const locales = new Map<string, FormatLocaleObject>();

function localeOf(decimal: string): FormatLocaleObject {
  let locale = locales.get(decimal);
  if (!locale) {
    locale = formatLocale({ decimal, thousands: '', grouping: [3], currency: ['', ''], minus: '-' });
    locales.set(decimal, locale);
  }
  return locale;
}

/** The decimals that write every multiple of `step` exactly (0.25 → 2, 500 → 0), at most 10. */
function decimalsFor(step: number): number {
  // Not d3's precisionFixed: that assumes a 1-2-5 step and gives 0.25 one decimal, and a chart's
  // ticks may be other multiples (a colour scale's ends).
  for (let d = 0; d < 10; d++) {
    const scaled = step * Math.pow(10, d);
    if (Math.round(scaled) !== 0 && Math.abs(scaled - Math.round(scaled)) < 1e-6 * scaled) return d;
  }
  return 10;
}

/** Exponent form without d3's "+" (1e16, 2.5e-3), trailing zeros of the mantissa dropped. */
function exponentFormat(decimal: string): (x: number) => string {
  const format = localeOf(decimal).format;
  return (x) => {
    if (x === 0 || !Number.isFinite(x)) return x === 0 ? '0' : '—';
    // Each label with the mantissa digits its value needs (2.5e-3, 5e-3), at most four.
    const mantissa = Math.abs(x) / Math.pow(10, Math.floor(Math.log10(Math.abs(x))));
    return format(`.${Math.min(4, decimalsFor(mantissa))}~e`)(x).replace('e+', 'e');
  };
}

/** SI prefixes d3-format's "s" uses up to tera (a diverged run beyond that is in exponent form). */
const TOP_PREFIX = 4;

/**
 * Labels for a linear axis's evenly spaced ticks, short whatever their size: plain decimals
 * (0.25, -1200) below 10,000; a prefix above (250k, 1.5M, d3's "~s"); exponent form beyond
 * 10^15 and for ticks all below 0.01 (2.5e-4). The precision comes from the step between ticks,
 * so neighbouring labels always differ. Zero is always "0".
 */
export function tickFormat(values: readonly number[], decimal = '.'): (x: number) => string {
  const finite = values.filter(Number.isFinite);
  const top = finite.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  let step = Infinity;
  for (let i = 1; i < finite.length; i++) {
    const gap = Math.abs(finite[i]! - finite[i - 1]!);
    if (gap > 0 && gap < step) step = gap;
  }
  if (!Number.isFinite(step)) step = top || 1;
  const locale = localeOf(decimal);
  if (top === 0) return (x) => (x === 0 ? '0' : exponentFormat(decimal)(x));
  if (top >= 1e15 || top < 0.01) return exponentFormat(decimal);
  if (top >= 1e4) {
    const power = Math.min(TOP_PREFIX, Math.floor(Math.log10(top) / 3));
    const format = locale.formatPrefix(`.${decimalsFor(step / Math.pow(1000, power))}~f`, Math.pow(1000, power));
    return (x) => (x === 0 ? '0' : format(x));
  }
  const format = locale.format(`.${decimalsFor(step)}~f`);
  return (x) => (x === 0 ? '0' : format(x));
}

const decadeFormats = new Map<string, (x: number) => string>();

/**
 * Log-axis ticks: only powers of ten get text, so the decades stay readable (0.01, 1000, 10k,
 * 1M, 1e-6, 1e15). One function per decimal sign, so a chart memoised on it keeps its ticks.
 */
export function decadeFormat(decimal = '.'): (x: number) => string {
  let format = decadeFormats.get(decimal);
  if (!format) {
    const locale = localeOf(decimal);
    format = (x) => {
      const exponent = Math.log10(x);
      if (Math.abs(exponent - Math.round(exponent)) >= 1e-9) return '';
      const e = Math.round(exponent);
      if (e < -2 || e >= 15) return `1e${e}`;
      if (e < 4) return locale.format(`.${Math.max(0, -e)}f`)(x);
      return locale.formatPrefix('.0~f', Math.pow(1000, Math.min(TOP_PREFIX, Math.floor(e / 3))))(x);
    };
    decadeFormats.set(decimal, format);
  }
  return format;
}

/** Decade ticks in the script's style (tests and callers that draw no words). */
export const decadeTick = decadeFormat('.');

/**
 * A value with `digits` significant digits in the page's number style (0.82, 1.5, 120, 12k,
 * 2.5e-3): for a label that names one value (a colour scale's end) rather than a step.
 */
export function significantFormat(digits: number, decimal = '.'): (x: number) => string {
  const locale = localeOf(decimal);
  const plain = locale.format(`.${digits}~r`);
  const prefixed = locale.format(`.${digits}~s`);
  return (x) => {
    const size = Math.abs(x);
    if (x === 0 || !Number.isFinite(x)) return x === 0 ? '0' : '—';
    if (size < 0.01 || size >= 1e15)
      return locale
        .format(`.${digits - 1}~e`)(x)
        .replace('e+', 'e');
    return size >= 1e4 ? prefixed(x) : plain(x);
  };
}
