import type { Page } from '@playwright/test';
import { catalogTexts } from './catalogTexts';

/** Words of a text, lower-cased (letters only: numbers and symbols are not language). */
const words = (text: string) => text.toLowerCase().match(/\p{L}{2,}/gu) ?? [];

/**
 * English-only words: every word of the English catalog that the Spanish catalog never uses (so
 * SSR, b3, softplus, "no" or "error", which both languages write, are not counted), plus common
 * English words a hard-coded text would use.
 */
const spanishWords = new Set((await catalogTexts('es')).flatMap(words));
const ENGLISH = new Set(
  [
    ...(await catalogTexts('en')).flatMap(words),
    ...'the and of to is are with from this that next new step steps run'.split(' '),
  ].filter((w) => !spanishWords.has(w)),
);
/** Names and symbols that are the same in every language. */
const ALLOWED = new Set([
  'english',
  'descent',
  'statquest',
  'python',
  'csv',
  'png',
  'svg',
  'gif',
  'webm',
  'mse',
  'ssr',
]);

/**
 * Every text a Spanish reader meets on the page as it stands: text nodes (open or closed panels,
 * SVG, MathML), option names, and the attributes assistive technology reads. The training log is
 * the reference script's output and stays as the script prints it; a textarea holds the reader's
 * own data or the embed code (HTML); noscript is never shown to a page that runs.
 */
export async function englishOnPage(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, textarea, [role="log"]')) continue;
      out.push(node.textContent ?? '');
    }
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'alt', 'aria-roledescription'])
        out.push(element.getAttribute(name) ?? '');
    }
    out.push(document.title);
    return out;
  });
  const found = new Set<string>();
  for (const text of texts) {
    const english = words(text).filter((w) => ENGLISH.has(w) && !ALLOWED.has(w));
    if (english.length > 0) found.add(`${english.join(',')}: ${text.trim().slice(0, 100)}`);
  }
  return [...found];
}
