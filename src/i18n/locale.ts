import { currentLanguage } from './i18n';
import { decimalSign, type Language } from './languages';

/**
 * The number style of the page's language, read by every formatter in format/ and by number
 * parsing. It is derived from the language each time (i18n.ts holds the one truth), never kept
 * beside it. Machine-readable text (the URL, CSV, the Python export and the training log) never
 * reads it: those stay in the script's style.
 */
export const numberLocale = (): Language => currentLanguage();

/** The decimal sign of the page's language: "." in English, "," in Spanish. */
export const localeDecimal = (): string => decimalSign(currentLanguage());
