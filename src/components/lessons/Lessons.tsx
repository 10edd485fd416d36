import { useCallback, useEffect, useState } from 'react';
import { msg } from '../../i18n/i18n';
import { useDescent } from '../../store/descentStore';
import { LESSONS_BUTTON_ID } from '../common/lessonsButton';
import { LessonRegion } from './LessonRegion';
import { LessonsDialog } from './LessonsDialog';
import { lessonById, LESSONS } from './library';
import { scenarioOfSetup } from './lessonState';
import { isScenarioId, scenarioOf } from '../../scenarios/registry';
import type { Lesson } from './lessonTypes';
import {
  EMPTY_PROGRESS,
  forgetLesson,
  markDone,
  markMet,
  markSeen,
  readProgress,
  updateProgress,
  type LessonProgress,
} from './progress';

interface LessonsProps {
  readonly dialogOpen: boolean;
  onOpenDialog(): void;
  onCloseDialog(): void;
}

/**
 * A card's start, once its scenario's code is here: the loss-surface lab reads its own fields
 * (surface, start, optimizer) only after its chunk has loaded. Setups applied one after another
 * land in that order, each waiting on the same load.
 */
function applySetup(setup: string): void {
  const id = scenarioOfSetup(setup);
  const prepared = id !== null && isScenarioId(id) ? (scenarioOf(id).prepare?.(setup) ?? null) : null;
  const apply = () => useDescent.getState().applyLessonSetup(setup);
  if (!prepared) apply();
  // Offline with the chunk never cached, the card still opens: the run stays where it was.
  else prepared.then(apply, () => undefined);
}

/** Where a lesson opened from the list goes on: its last card, or the first once it was finished. */
function resumeCard(lesson: Lesson, kept: LessonProgress): number {
  const count = lesson.cards.length;
  const finished = kept.card >= count && kept.seen.length >= count;
  return finished || kept.card > count ? 1 : kept.card;
}

// Folded into a closed menu (a phone), the button takes no focus, and the focus stays put.
const focusOpener = () => document.getElementById(LESSONS_BUTTON_ID)?.focus();

/**
 * The lessons (loaded when first opened, or when a link names one): the list in its dialog, the
 * lesson running with its card, and the progress kept in this browser.
 */
export default function Lessons({ dialogOpen, onOpenDialog, onCloseDialog }: LessonsProps) {
  const running = useDescent((s) => s.lesson);
  const [progress, setProgress] = useState(readProgress);
  const [focusToken, setFocusToken] = useState(0);
  const [finished, setFinished] = useState<Lesson | null>(null);
  const lesson = running ? lessonById(running.id) : undefined;
  const card = running && lesson && running.card <= lesson.cards.length ? running.card : null;

  // A link's lesson that is not there, or a card past its end: said in a notice, as other fields are.
  useEffect(() => {
    if (!running) return;
    const { refuseLesson } = useDescent.getState();
    if (!lesson) {
      const values = LESSONS.map((l) => l.id).join(', ');
      refuseLesson(msg('link.lessonUnknown', { id: running.id, values }), null);
    } else if (running.card > lesson.cards.length) {
      refuseLesson(msg('link.cardRange', { count: lesson.cards.length }), { id: lesson.id, card: 1 });
    }
  }, [running, lesson]);

  useEffect(() => {
    if (lesson && card !== null) setProgress(updateProgress(lesson.id, (p) => markSeen(p, card)));
  }, [lesson, card]);

  // A dialog closed after its opener went (the Next that finished a lesson) leaves the focus nowhere.
  useEffect(() => {
    if (!dialogOpen && document.activeElement === document.body) focusOpener();
  }, [dialogOpen]);

  const start = (chosen: Lesson) => {
    const at = resumeCard(chosen, progress[chosen.id] ?? EMPTY_PROGRESS);
    applySetup(chosen.setup);
    const own = chosen.cards[at - 1]?.setup;
    if (own && own !== chosen.setup) applySetup(own);
    setFinished(null);
    useDescent.getState().openLesson(chosen.id, at);
    onCloseDialog();
    setFocusToken((n) => n + 1);
  };
  const go = (to: number) => {
    const own = lesson?.cards[to - 1]?.setup;
    if (own) applySetup(own);
    useDescent.getState().setCard(to);
    setFocusToken((n) => n + 1);
  };
  const leave = () => {
    useDescent.getState().leaveLesson();
    focusOpener();
  };
  const finish = () => {
    setFinished(lesson ?? null);
    useDescent.getState().leaveLesson();
    onOpenDialog();
  };
  const taskDone = useCallback((id: string, at: number) => setProgress(updateProgress(id, (p) => markDone(p, at))), []);
  const challengeMet = useCallback(
    (id: string, at: number, score: number) => setProgress(updateProgress(id, (p) => markMet(p, at, score))),
    [],
  );

  return (
    <>
      <LessonsDialog
        open={dialogOpen}
        lessons={LESSONS}
        progress={progress}
        finished={finished}
        onClose={onCloseDialog}
        onStart={start}
        onStartOver={(chosen) => setProgress(forgetLesson(chosen.id))}
      />
      {lesson && card !== null && (
        <LessonRegion
          lesson={lesson}
          card={card}
          progress={progress[lesson.id] ?? EMPTY_PROGRESS}
          focusToken={focusToken}
          go={go}
          finish={finish}
          leave={leave}
          taskDone={(at) => taskDone(lesson.id, at)}
          challengeMet={(at, score) => challengeMet(lesson.id, at, score)}
        />
      )}
    </>
  );
}
