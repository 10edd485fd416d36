/**
 * Every number the page shows is formatted here (STYLE.md rule 7). ASCII "-" is used for minus so
 * that copied values paste into a spreadsheet or Python as numbers.
 */

/**
 * Table cells: 4 decimals. Zero shows as 0.0000 (never -0.0000); any other value that would read
 * 0.0000 shows in exponent form (1.4e-5), so a late epoch's loss never reads as zero.
 */
export function fixed4(x: number): string {
  if (x !== 0 && Math.abs(x) < 0.00005 && Number.isFinite(x)) return x.toExponential(1);
  return fixed(x, 4);
}

export function fixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return '—';
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** Prose and chart labels: 2 decimals, or 2 significant digits for small values (0.00084). */
export function short(x: number): string {
  if (x !== 0 && Math.abs(x) < 0.005 && Number.isFinite(x)) return x.toPrecision(2);
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
  return String(Number(x.toPrecision(6)));
}

/** CSV and URL values: the shortest text that reads back as the same double. */
export function roundTrip(x: number): string {
  return Object.is(x, -0) ? '0' : String(x);
}

/** Log-axis ticks: only powers of ten get text, so the decades stay readable. */
export function decadeTick(x: number): string {
  const exponent = Math.log10(x);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9 ? tick(x) : '';
}
