import { tAdded } from '../../i18n/i18n';
import { useModalDialog } from '../common/useModalDialog';
import { useT } from '../common/useT';
import type { Lesson } from './lessonTypes';
import { EMPTY_PROGRESS, type Progress } from './progress';

interface LessonsDialogProps {
  readonly open: boolean;
  readonly lessons: readonly Lesson[];
  readonly progress: Progress;
  /** The lesson just finished, said at the top of the list. */
  readonly finished: Lesson | null;
  onClose(): void;
  onStart(lesson: Lesson): void;
  onStartOver(lesson: Lesson): void;
}

/** "Lessons": a modal dialog listing each lesson as a button with its title and progress. */
export function LessonsDialog(props: LessonsDialogProps) {
  const { open, lessons, progress, finished, onClose, onStart, onStartOver } = props;
  const t = useT();
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="lessons-dialog" aria-labelledby="lessons-heading" onClose={onClose} onCancel={onClose}>
      <h2 id="lessons-heading">{t('lessons.dialog.heading')}</h2>
      <p aria-live="polite" className="lesson-finished">
        {finished && t('lessons.complete', { title: tAdded(finished.title) })}
      </p>
      <p>{t('lessons.dialog.intro')}</p>
      <ol className="lessons-list">
        {lessons.map((lesson) => {
          const kept = progress[lesson.id];
          const title = tAdded(lesson.title);
          return (
            <li key={lesson.id}>
              <button type="button" className="lesson-choice-button" onClick={() => onStart(lesson)}>
                <span className="lesson-name">{title}</span>
                <span className="lesson-summary">{tAdded(lesson.summary)}</span>
                <span className="lesson-progress">{progressText(t, lesson, kept)}</span>
              </button>
              {kept && (
                <button
                  type="button"
                  className="small"
                  onClick={() => onStartOver(lesson)}
                  aria-label={t('lessons.startOverLesson', { title })}
                >
                  {t('lessons.startOver')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={onClose}>
        {t('shell.close')}
      </button>
    </dialog>
  );
}

function progressText(t: ReturnType<typeof useT>, lesson: Lesson, kept = EMPTY_PROGRESS): string {
  if (kept.seen.length === 0) return t('lessons.progress.new');
  const tasks = lesson.cards.filter((c) => c.task).length;
  const challenges = lesson.cards.filter((c) => c.challenge).length;
  const inLesson = (card: number) => card <= lesson.cards.length;
  return t('lessons.progress', {
    seen: kept.seen.filter(inLesson).length,
    count: lesson.cards.length,
    done: kept.done.filter(inLesson).length,
    tasks,
    met: Object.keys(kept.best).filter((card) => inLesson(Number(card))).length,
    challenges,
  });
}
