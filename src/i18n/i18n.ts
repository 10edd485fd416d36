import { setupI18n, type Messages } from '@lingui/core';
import { localeDecimal, setNumberLocale } from './locale';
import type { en } from './catalogs/en';
import { DEFAULT_LANGUAGE, type Language } from './languages';

/**
 * The page's words (Lingui's core: ~2 KB, CLDR plurals through Intl.PluralRules). Catalogs are
 * loaded per language on demand, so the first paint carries no catalog it does not show; they are
 * compiled from ICU text at build time. Every caller names a MessageKey, so a key missing from the
 * English catalog does not compile.
 */
export type MessageKey = keyof typeof en;

/** Values for a message's placeholders: numbers are written in the language's style. */
export type MessageValues = Readonly<Record<string, string | number | Msg>>;

/**
 * A message not yet put into words: kept (in the store, in a parse result) instead of its text, so
 * that a notice or an error already on screen follows a change of language.
 */
export interface Msg {
  readonly id: MessageKey;
  readonly values?: MessageValues;
}

export const msg = (id: MessageKey, values?: MessageValues): Msg => (values ? { id, values } : { id });

const i18n = setupI18n();
const loaded = new Map<Language, Promise<void>>();
let active: Language | null = null;

/**
 * The catalogs arrive compiled (vite.config.ts compiles their ICU text at build time), though
 * their types still read as the English text the keys are typed from.
 */
async function catalogOf(language: Language): Promise<Messages> {
  return language === 'es' ? (await import('./catalogs/es')).es : (await import('./catalogs/en')).en;
}

/** Loads (once) the catalog of `language`. */
export function loadCatalog(language: Language): Promise<void> {
  let loading = loaded.get(language);
  if (!loading) {
    loading = catalogOf(language).then((messages) => i18n.load(language, messages));
    loading.catch(() => loaded.delete(language));
    loaded.set(language, loading);
  }
  return loading;
}

/** Makes a loaded catalog current; numbers follow it from then on. */
export function activateLanguage(language: Language): void {
  i18n.activate(language);
  setNumberLocale(language);
  active = language;
}

export const currentLanguage = (): Language => active ?? DEFAULT_LANGUAGE;

/** The text of a message in the current language. */
export function t(id: MessageKey, values?: MessageValues): string {
  if (!values) return i18n._(id);
  const written: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) written[name] = writeValue(value);
  return i18n._(id, written);
}

/** The text of a kept message. */
export const tm = (message: Msg): string => t(message.id, message.values);

/**
 * Whole numbers stay numbers (a plural needs one, and they read the same in both languages); any
 * other number gets the language's decimal sign; a nested message is put into words.
 */
function writeValue(value: string | number | Msg): string | number {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? value : String(value).replace('.', localeDecimal());
  }
  return typeof value === 'string' ? value : tm(value);
}
