import { useT } from '../common/useT';
import { tAdded } from '../../i18n/i18n';
import type { Task, Words } from './lessonTypes';

/** A task the page checks by watching the store; `done` once its check has held. */
export function CardTask({
  task,
  words,
  done,
}: {
  readonly task: Task;
  readonly words?: Words;
  readonly done: boolean;
}) {
  const t = useT();
  return (
    <div className={`lesson-task${done ? ' done' : ''}`}>
      <p>
        <strong>{t('lessons.task')}:</strong> {tAdded(task.text, words)}
      </p>
      <p className="lesson-task-state" aria-live="polite">
        {done ? t('lessons.task.done') : t('lessons.task.todo')}
      </p>
    </div>
  );
}
