/**
 * Progress through the lessons, kept in this browser (localStorage), per lesson: the cards seen,
 * the tasks done, the challenges met with their best result, and the card last shown (where the
 * lesson goes on from). Cards are counted from 1, as the card's counter says them.
 */
export interface LessonProgress {
  readonly seen: readonly number[];
  readonly done: readonly number[];
  /** The best result of each challenge met, by its card. */
  readonly best: Readonly<Record<number, number>>;
  readonly card: number;
}

export type Progress = Readonly<Record<string, LessonProgress>>;

export const STORAGE_KEY = 'descent-lessons';

export const EMPTY_PROGRESS: LessonProgress = { seen: [], done: [], best: {}, card: 1 };

const cards = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n) && n >= 1) : [];

function checked(value: unknown): LessonProgress {
  if (typeof value !== 'object' || value === null) return EMPTY_PROGRESS;
  const v = value as Record<string, unknown>;
  const best: Record<number, number> = {};
  if (typeof v.best === 'object' && v.best !== null) {
    for (const [card, score] of Object.entries(v.best)) {
      if (Number.isInteger(Number(card)) && typeof score === 'number' && Number.isFinite(score))
        best[Number(card)] = score;
    }
  }
  const card = Number.isInteger(v.card) && (v.card as number) >= 1 ? (v.card as number) : 1;
  return { seen: cards(v.seen), done: cards(v.done), best, card };
}

/** What this browser kept; anything unreadable (another version, a hand edit) counts as nothing. */
export function readProgress(): Progress {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).map(([id, value]) => [id, checked(value)]));
  } catch {
    return {};
  }
}

function write(progress: Progress): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Storage refused (private mode, quota): progress lasts as long as the page.
  }
}

const withCard = (list: readonly number[], card: number) =>
  list.includes(card) ? list : [...list, card].sort((a, b) => a - b);

/** Progress of one lesson, changed by `change`, written back; returns the whole progress. */
export function updateProgress(id: string, change: (lesson: LessonProgress) => LessonProgress): Progress {
  const all = readProgress();
  const before = all[id] ?? EMPTY_PROGRESS;
  const after = change(before);
  if (after === before) return all;
  const next = { ...all, [id]: after };
  write(next);
  return next;
}

export const markSeen = (lesson: LessonProgress, card: number): LessonProgress =>
  lesson.seen.includes(card) && lesson.card === card ? lesson : { ...lesson, seen: withCard(lesson.seen, card), card };

export const markDone = (lesson: LessonProgress, card: number): LessonProgress =>
  lesson.done.includes(card) ? lesson : { ...lesson, done: withCard(lesson.done, card) };

/** A challenge met: its best result kept (lower is better). */
export function markMet(lesson: LessonProgress, card: number, score: number): LessonProgress {
  const best = lesson.best[card];
  return best !== undefined && best <= score ? lesson : { ...lesson, best: { ...lesson.best, [card]: score } };
}

/** "Start over": the lesson's progress forgotten, the others kept. */
export function forgetLesson(id: string): Progress {
  const { [id]: _forgotten, ...rest } = readProgress();
  write(rest);
  return rest;
}
