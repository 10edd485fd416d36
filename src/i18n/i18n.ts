import { setupI18n, type Messages } from '@lingui/core';
import type { en } from './catalogs/en';
import { decimalSign, DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

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

/*
 * The page's language lives here, and only here: it is the locale of this Lingui instance, the one
 * thing every text already depends on. Everything else derives from it: the number style
 * (locale.ts reads currentLanguage()), and the store's `language`, which it only mirrors through
 * onLanguageChange so that React renders again on a switch. It sits this low because format/ and
 * the scenarios' words need it and may not import the store; so a switch made anywhere (the store,
 * the first load in main.tsx, a test) reaches every reader, and no two of them can disagree.
 */
const i18n = setupI18n();
const loaded = new Map<Language, Promise<void>>();
/** The language last asked for (chooseLanguage), so a slow catalog never overrides a later choice. */
let wanted: Language | null = null;

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

/** Makes a loaded catalog current; numbers (and the store's mirror) follow it from then on. */
export function activateLanguage(language: Language): void {
  i18n.activate(language);
}

/** Loads the catalog of `language`, then makes it current unless a later choice was made meanwhile. */
export async function chooseLanguage(language: Language): Promise<void> {
  wanted = language;
  await loadCatalog(language);
  // A later choice made while this catalog loaded wins.
  if (wanted === language) activateLanguage(language);
}

/** The page's language (English until a catalog is made current). */
export const currentLanguage = (): Language => (isLanguage(i18n.locale) ? i18n.locale : DEFAULT_LANGUAGE);

/** Calls `listener` after every switch of language; returns the function that stops it. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  return i18n.on('change', () => listener(currentLanguage()));
}

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
    return Number.isInteger(value) ? value : String(value).replace('.', decimalSign(currentLanguage()));
  }
  return typeof value === 'string' ? value : tm(value);
}

/**
 * Words that arrive with a part of the page loaded when first opened (the lessons), merged into
 * each language's catalog, which may load before or after them: neither overwrites the other.
 */
export function addMessages(language: Language, messages: Readonly<Record<string, unknown>>): void {
  i18n.load(language, messages as Messages);
}

/** The text of a message whose key comes with such a part, so MessageKey does not know it. */
export const tAdded = (id: string, values?: MessageValues): string => t(id as MessageKey, values);
