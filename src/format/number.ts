import { localeDecimal, numberLocale } from '../i18n/locale';

/**
 * Every number the page shows is formatted here (STYLE.md rule 7), in the style of the page's
 * language (as Intl.NumberFormat writes it: 1.5655 in English, 1,5655 in Spanish), with no
 * grouping so a value never reads two ways. ASCII "-" is the minus sign in every language (it is
 * Intl's for both), so copied values paste into a spreadsheet as numbers. roundTrip is the one
 * machine format: URL, CSV.
 */

/** Text written in the script's style ("1.4e-5") put in the language's (1,4e-5). */
const local = (text: string): string => (localeDecimal() === '.' ? text : text.replace('.', localeDecimal()));

const formatters = new Map<string, Intl.NumberFormat>();

function fixedFormat(digits: number): Intl.NumberFormat {
  const key = `${numberLocale()} ${digits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
      signDisplay: 'negative',
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * Table cells: 4 decimals. Zero shows as 0.0000 (never -0.0000); any other value that would read
 * 0.0000 shows in exponent form (1.4e-5), so a late epoch's loss never reads as zero.
 */
export function fixed4(x: number): string {
  if (x !== 0 && Math.abs(x) < 0.00005 && Number.isFinite(x)) return local(x.toExponential(1));
  return fixed(x, 4);
}

export function fixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return '—';
  // Beyond 1e21 (a diverged run) the digits would fill a column: exponent form, as toFixed gives.
  if (Math.abs(x) >= 1e21) return local(String(x));
  // toFixed is a fraction of Intl's cost, and a Step writes some forty numbers. The two round alike
  // except where the value's shortest decimal is a tie at `digits` (42.71845: the double is just
  // below it, toFixed says 42.7184, Intl 42.7185, as a reader would), where that decimal is in
  // exponent form (4.5e-10 is such a tie at 9 digits, out of the tie test's sight), or where
  // neighbouring doubles lie further apart than the last digit asked for (about 15 digits in all):
  // those go to Intl. A unit test holds the two to each other in both languages.
  const shortest = String(x);
  const dot = shortest.indexOf('.');
  const tie = dot >= 0 && shortest.length - dot === digits + 2 && shortest.endsWith('5');
  if (tie || shortest.includes('e') || Math.abs(x) * 10 ** digits >= 1e15) {
    return fixedFormat(digits).format(x);
  }
  // -0 and what rounds to zero read 0.0000, never -0.0000 (Intl's signDisplay "negative").
  const text = x.toFixed(digits);
  return local(text.charCodeAt(0) === 45 && !/[1-9]/.test(text) ? text.slice(1) : text);
}

/** Prose and chart labels: 2 decimals, or 2 significant digits for small values (0.00084). */
export function short(x: number): string {
  if (x !== 0 && Math.abs(x) < 0.005 && Number.isFinite(x)) return local(x.toPrecision(2));
  return fixed(x, 2);
}

/**
 * Two values in prose ("b3 moved from 2.6081 to 2.6089"): 2 decimals, or as many more (up to 12
 * significant digits) as it takes for different values to read differently.
 */
export function distinctPair(a: number, b: number): [string, string] {
  let pair: [string, string] = [short(a), short(b)];
  for (let digits = 3; pair[0] === pair[1] && a !== b && digits <= 12; digits++) {
    pair = [fixed(a, digits), fixed(b, digits)];
  }
  return pair;
}

/** Axis ticks: plain decimals down to 0.01, powers of ten below (1e-4 rather than 100µ). */
export function tick(x: number): string {
  if (x !== 0 && Math.abs(x) < 0.01) return x.toExponential(0);
  return local(String(Number(x.toPrecision(6))));
}

/** x with `digits` significant digits, as toPrecision writes it (2/λ = 0.0845), in the language's style. */
export const precise = (x: number, digits: number): string => local(x.toPrecision(digits));

/** x in exponent form with `digits` decimals, as toExponential writes it (1.5e-7), in the language's style. */
export const exponent = (x: number, digits: number): string => local(x.toExponential(digits));

/** A typed-in kind of number (a field's value, a range's limit): shortest text, language's style. */
export function plain(x: number): string {
  return local(roundTrip(x));
}

/** CSV and URL values: the shortest text that reads back as the same double. */
export function roundTrip(x: number): string {
  return Object.is(x, -0) ? '0' : String(x);
}

/** Log-axis ticks: only powers of ten get text, so the decades stay readable (10k, 1M, 1e-6). */
export function decadeTick(x: number): string {
  const exponent = Math.log10(x);
  if (Math.abs(exponent - Math.round(exponent)) >= 1e-9) return '';
  const e = Math.round(exponent);
  if (e < -2 || e >= 15) return `1e${e}`;
  return e < 4 ? tick(x) : compact(x, 0);
}

/** SI prefixes for compact tick labels, one per power of 1000 (d3-format's ~s, up to tera). */
const PREFIXES = ['', 'k', 'M', 'G', 'T'];

/** The decimals that write every multiple of `step` exactly (0.25 → 2, 500 → 0), at most 10. */
function decimalsFor(step: number): number {
  for (let d = 0; d < 10; d++) {
    const scaled = step * Math.pow(10, d);
    if (Math.round(scaled) !== 0 && Math.abs(scaled - Math.round(scaled)) < 1e-6 * scaled) return d;
  }
  return 10;
}

/** Trailing zeros of a decimal dropped (2.50 → 2.5, 3.0 → 3), as d3-format's "~" does. */
const trim = (text: string) => {
  const decimal = localeDecimal();
  if (!text.includes(decimal)) return text;
  const end = text.replace(/0+$/, '');
  return end.endsWith(decimal) ? end.slice(0, -1) : end;
};

/** x in units of 1000^k with a prefix, `decimals` after the point, trailing zeros dropped. */
function compact(x: number, decimals: number, power = Math.floor(Math.log10(Math.abs(x)) / 3)): string {
  const k = Math.max(0, Math.min(PREFIXES.length - 1, power));
  return `${trim(fixed(x / Math.pow(1000, k), decimals))}${PREFIXES[k]}`;
}

/**
 * Labels for a linear axis's evenly spaced ticks, short whatever their size: plain decimals
 * (0.25, −1200) below 10,000; a prefix above (250k, 1.5M, like d3's "~s"); exponent form beyond
 * 10^15 and for ticks all below 0.01 (2.5e-4). The precision comes from the step between ticks,
 * so neighbouring labels always differ. Zero is always "0".
 */
export function tickFormat(values: readonly number[]): (x: number) => string {
  const finite = values.filter(Number.isFinite);
  const top = finite.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  let step = Infinity;
  for (let i = 1; i < finite.length; i++) {
    const gap = Math.abs(finite[i]! - finite[i - 1]!);
    if (gap > 0 && gap < step) step = gap;
  }
  if (!Number.isFinite(step)) step = top || 1;
  if (top === 0) return (x) => (x === 0 ? '0' : tick(x));
  if (top >= 1e15 || top < 0.01) {
    // Each label with the mantissa digits its value needs (2.5e-3, 5e-3), at most four.
    return (x) => {
      if (x === 0 || !Number.isFinite(x)) return x === 0 ? '0' : '—';
      const mantissa = Math.abs(x) / Math.pow(10, Math.floor(Math.log10(Math.abs(x))));
      const [digits, exponent] = x.toExponential(Math.min(4, decimalsFor(mantissa))).split('e');
      return `${trim(local(digits!))}e${Number(exponent)}`;
    };
  }
  if (top >= 1e4) {
    const power = Math.floor(Math.log10(top) / 3);
    const decimals = decimalsFor(step / Math.pow(1000, power));
    return (x) => (x === 0 ? '0' : compact(x, decimals, power));
  }
  const decimals = decimalsFor(step);
  return (x) => (x === 0 ? '0' : trim(fixed(x, decimals)));
}

/** A fitted line in prose and legends: ŷ = 0.2200x + 0.0600, or ŷ = 0.2200x - 3540.0000 (never "+ -"). */
export function lineEquation(w: number, b: number): string {
  return `ŷ = ${fixed4(w)}x ${b < 0 ? '-' : '+'} ${fixed4(Math.abs(b))}`;
}
