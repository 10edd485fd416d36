/**
 * The number style of the page's language, read by every formatter in format/ and by number parsing (the page shows
 * one language at a time, so one setting serves them all). Machine-readable text (the URL, CSV,
 * the Python export and the training log) never reads it: those stay in the script's style.
 */
let locale = 'en';
let decimal = '.';

export function setNumberLocale(tag: string): void {
  locale = tag;
  decimal = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

export const numberLocale = (): string => locale;

/** The decimal sign of the page's language: "." in English, "," in Spanish. */
export const localeDecimal = (): string => decimal;
