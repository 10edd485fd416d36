import { addMessages } from '../../i18n/i18n';
import { isLanguage } from '../../i18n/languages';
import type { Lesson } from './lessonTypes';

/*
 * Every lesson, found by its folder (library/<id>/lesson.ts), as the scenarios' views and words
 * are: adding a lesson touches no file outside its folder. Its words come with this chunk, loaded
 * when the lessons are first opened, and join each language's catalog then.
 */
const found = import.meta.glob<Lesson>('./library/*/lesson.ts', { eager: true, import: 'lesson' });

export const LESSONS: readonly Lesson[] = Object.values(found).sort((a, b) => a.order - b.order);

const words = import.meta.glob<Record<string, unknown>>('./library/*/messages/*.ts', {
  eager: true,
  import: 'messages',
});

for (const [path, messages] of Object.entries(words)) {
  const language = /\/messages\/([a-z]{2})\.ts$/.exec(path)?.[1];
  if (language !== undefined && isLanguage(language)) addMessages(language, messages);
}

export const lessonById = (id: string): Lesson | undefined => LESSONS.find((l) => l.id === id);
