import { localeDecimal, numberLocale } from '../i18n/locale';

/**
 * Every number the page shows is formatted here (STYLE.md rule 7), but the charts' tick labels
 * (d3-format's, in charts/tickFormat.ts, as only charts/ may import d3), in the style of the page's
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

/** A fitted line in prose and legends: ŷ = 0.2200x + 0.0600, or ŷ = 0.2200x - 3540.0000 (never "+ -"). */
export function lineEquation(w: number, b: number): string {
  return `ŷ = ${fixed4(w)}x ${b < 0 ? '-' : '+'} ${fixed4(Math.abs(b))}`;
}
