import { msg, type Msg } from '../i18n/i18n';
import { localeDecimal } from '../i18n/locale';

/** Reading a number a person typed (or a URL carried), with a message that says what is wrong. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Msg };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number in the script's style: digits, a dot, an exponent ("0.05", "1e-3"). Links and files are
 * read this way in every language, so a link means the same thing in every classroom.
 */
export function parseNumber(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return { ok: false, error: msg('input.empty') };
  if (/^[+-]?\d+,\d+$/.test(text))
    return { ok: false, error: msg('input.comma', { text: raw, example: text.replace(',', '.') }) };
  return parseDotted(text, 'input.notNumberDot');
}

/**
 * A number typed into a field of the page: the language's decimal sign is accepted as well as the
 * dot ("0,2" in Spanish). A number holding both signs is refused rather than guessed: "1.000,5"
 * may be a thousand or one.
 */
export function parseTyped(raw: string): Parsed<number> {
  const decimal = localeDecimal();
  if (decimal === '.') return parseNumber(raw);
  const text = raw.trim();
  if (text === '') return { ok: false, error: msg('input.empty') };
  if (text.includes('.') && text.includes(decimal)) return { ok: false, error: msg('input.grouping', { text: raw }) };
  if (text.split(decimal).length > 2) return { ok: false, error: msg('input.grouping', { text: raw }) };
  return parseDotted(text.replace(decimal, '.'), 'input.notNumber');
}

/** `notNumber` says how to write one: with the dot (links, files) or the language's sign (fields). */
function parseDotted(text: string, notNumber: 'input.notNumber' | 'input.notNumberDot'): Parsed<number> {
  // The typed text is not echoed: it may be "NaN" or "Infinity", which the page never shows.
  if (!DECIMAL.test(text)) return { ok: false, error: msg(notNumber) };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, error: msg('input.tooLarge') };
  return { ok: true, value: value === 0 ? 0 : value };
}

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

/** `label` names the value in the message ("Learning rate value must be between 0.001 and 1."). */
export function checkRange(value: number, range: Range, label: Msg): Parsed<number> {
  if (range.integer && !Number.isInteger(value)) return { ok: false, error: msg('input.whole', { label }) };
  if (value < range.min || value > range.max) {
    return { ok: false, error: msg('input.range', { label, min: range.min, max: range.max }) };
  }
  return { ok: true, value };
}

/** A link's or a file's number, checked against its range. */
export function parseInRange(raw: string, range: Range, label: Msg): Parsed<number> {
  const parsed = parseNumber(raw);
  return parsed.ok ? checkRange(parsed.value, range, label) : parsed;
}

/** A typed number, checked against its range. */
export function parseTypedInRange(raw: string, range: Range, label: Msg): Parsed<number> {
  const parsed = parseTyped(raw);
  return parsed.ok ? checkRange(parsed.value, range, label) : parsed;
}
