import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const src = resolve(import.meta.dirname, '../../src');

/**
 * Every message text of a language: its catalog's areas, each scenario's and each lesson's own words, found by
 * the folder as the page's catalogs find them (import.meta.glob is Vite's, not Playwright's).
 */
export async function catalogTexts(language: 'en' | 'es'): Promise<string[]> {
  const areas = join(src, 'i18n/catalogs', language);
  const files = [
    ...readdirSync(areas).map((name) => join(areas, name)),
    ...readdirSync(join(src, 'scenarios'))
      .map((id) => join(src, 'scenarios', id, 'messages', `${language}.ts`))
      .filter((file) => existsSync(file)),
    ...readdirSync(join(src, 'components/lessons/library')).map((id) =>
      join(src, 'components/lessons/library', id, 'messages', `${language}.ts`),
    ),
  ];
  const modules: Record<string, Record<string, string>>[] = await Promise.all(
    files.map((file) => import(pathToFileURL(file).href)),
  );
  return modules.flatMap((module) => Object.values(module).flatMap((messages) => Object.values(messages)));
}
