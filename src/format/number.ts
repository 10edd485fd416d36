/**
 * Every number the page shows is formatted here (STYLE.md rule 7). ASCII "-" is used for minus so
 * that copied values paste into a spreadsheet or Python as numbers.
 */

/** Table cells: 4 decimals; a value that rounds to zero shows as 0.0000, never -0.0000. */
export function fixed4(x: number): string {
  return fixed(x, 4);
}

export function fixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return '—';
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** Prose and chart labels: a few significant decimals. */
export function short(x: number): string {
  return fixed(x, 2);
}

/** CSV and URL values: the shortest text that reads back as the same double. */
export function roundTrip(x: number): string {
  return Object.is(x, -0) ? '0' : String(x);
}
