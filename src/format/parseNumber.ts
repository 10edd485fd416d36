/** Reading a number a person typed (or a URL carried), with a message that says what is wrong. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseNumber(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return { ok: false, error: 'Enter a number.' };
  if (/^[+-]?\d+,\d+$/.test(text))
    return { ok: false, error: `"${raw}" uses a comma: write decimals with a dot, e.g. ${text.replace(',', '.')}.` };
  // The typed text is not echoed: it may be "NaN" or "Infinity", which the page never shows.
  if (!DECIMAL.test(text))
    return { ok: false, error: 'Not a number: write digits with an optional dot and exponent, like 0.05 or 1e-3.' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: 'That number is too large to use.' };
  return { ok: true, value: value === 0 ? 0 : value };
}

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

export function checkRange(value: number, range: Range, label: string): Parsed<number> {
  if (range.integer && !Number.isInteger(value)) return { ok: false, error: `${label} must be a whole number.` };
  if (value < range.min || value > range.max) {
    return { ok: false, error: `${label} must be between ${range.min} and ${range.max}.` };
  }
  return { ok: true, value };
}

export function parseInRange(raw: string, range: Range, label: string): Parsed<number> {
  const parsed = parseNumber(raw);
  return parsed.ok ? checkRange(parsed.value, range, label) : parsed;
}
