import { parseInRange } from '../format/parseNumber';
import { msg, type Msg } from '../i18n/i18n';

/**
 * The link fields a teacher hands out (issue 27, like tensorflow/playground's `tutorial=` and
 * `<control>_hide=`): `lesson=<id>&card=<k>` opens a lesson at a card, `hide=race,sweep` hides
 * panels for the class. Which lessons exist is the lessons' own business (they load when opened),
 * so here a lesson id is only checked for its form; the lessons refuse an id they do not know.
 */
export interface LessonLink {
  readonly id: string;
  /** The card shown, counted from 1 as the card's counter says it. */
  readonly card: number;
}

/** The panels a link may hide, by the names it spells them with. */
export const HIDEABLE_PANELS = ['race', 'sweep', 'import', 'data', 'graph', 'history'] as const;
export type Panel = (typeof HIDEABLE_PANELS)[number];

export const MAX_CARD = 99;

const isPanel = (name: string): name is Panel => (HIDEABLE_PANELS as readonly string[]).includes(name);

/** A lesson id as lessons are named: lower-case words joined by hyphens ("learning-rate"). */
export const isLessonId = (text: string) => /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(text) && text.length <= 40;

/** The lesson and card of a link's fields, or null, with a notice per field that was ignored. */
export function readLessonLink(
  lesson: string | undefined,
  card: string | undefined,
  notices: Msg[],
): LessonLink | null {
  if (lesson === undefined) {
    if (card !== undefined) notices.push(msg('link.cardAlone'));
    return null;
  }
  if (!isLessonId(lesson)) {
    notices.push(msg('link.lessonId'));
    return null;
  }
  if (card === undefined) return { id: lesson, card: 1 };
  const parsed = parseInRange(card, { min: 1, max: MAX_CARD, integer: true }, msg('link.cardName'));
  if (parsed.ok) return { id: lesson, card: parsed.value };
  notices.push(msg('link.ignored', { field: 'card', error: parsed.error }));
  return { id: lesson, card: 1 };
}

/** The known panel names of a `hide=` field, each unknown one named in a notice. */
export function readHidden(text: string, notices: Msg[]): readonly Panel[] {
  const hidden: Panel[] = [];
  for (const name of text.split(',')) {
    if (name === '') continue;
    if (isPanel(name)) {
      if (!hidden.includes(name)) hidden.push(name);
    } else notices.push(msg('link.hide', { name: clipName(name), values: HIDEABLE_PANELS.join(', ') }));
  }
  return hidden;
}

export function formatLessonFields(lesson: LessonLink | undefined, hide: readonly Panel[] | undefined): string[] {
  const parts: string[] = [];
  if (lesson) parts.push(`lesson=${lesson.id}`, `card=${lesson.card}`);
  if (hide && hide.length > 0) parts.push(`hide=${hide.join(',')}`);
  return parts;
}

const clipName = (name: string) => {
  const safe = name.replace(/NaN|Infinity/gi, '?');
  return safe.length > 24 ? `${safe.slice(0, 24)}…` : safe;
};
