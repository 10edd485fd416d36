/**
 * The languages the page speaks, and how the first one is chosen: a link's `lang=` wins, then the
 * browser's preferences (navigator.languages), then English. Plain functions of their inputs, so the
 * choice can be made before any catalog or the store exists.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language named in itself, as a Language select lists them. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

export const isLanguage = (text: string): text is Language => (LANGUAGES as readonly string[]).includes(text);

/** The first preference we speak, matched on its primary subtag ("es-MX" → es), else English. */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** The `lang=` field of a hash, when it names a language we speak (the codec reports bad ones). */
export function languageInHash(hash: string): Language | null {
  const match = /(?:^#?|&)lang=([^&]*)/.exec(hash);
  return match && isLanguage(match[1]!) ? match[1] : null;
}

const decimals = new Map<Language, string>();

/** The decimal sign of `language` as Intl writes it: "." in English, "," in Spanish (worked out once). */
export function decimalSign(language: Language): string {
  let sign = decimals.get(language);
  if (sign === undefined) {
    sign = new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    decimals.set(language, sign);
  }
  return sign;
}
