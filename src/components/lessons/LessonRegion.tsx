import { useEffect, useRef, type KeyboardEvent } from 'react';
import { tAdded } from '../../i18n/i18n';
import { useDescent } from '../../store/descentStore';
import { useT } from '../common/useT';
import { CardChallenge } from './CardChallenge';
import { CardQuestion } from './CardQuestion';
import { CardTask } from './CardTask';
import { Highlight } from './Highlight';
import { stepsShown } from './lessonState';
import type { Card, Check, Lesson } from './lessonTypes';
import type { LessonProgress } from './progress';

const never: Check = () => false;

interface LessonRegionProps {
  readonly lesson: Lesson;
  /** The card shown, from 1. */
  readonly card: number;
  readonly progress: LessonProgress;
  /** Changes each time the focus should move to the card's heading (Next, Back, a lesson opened). */
  readonly focusToken: number;
  go(card: number): void;
  finish(): void;
  leave(): void;
  taskDone(card: number): void;
  challengeMet(card: number, score: number): void;
}

/**
 * The lesson running: a landmark region with the card's heading, its text, its counter, its task,
 * question or challenge, and Back, Next and Leave lesson. A task card's Next opens once the task is
 * done (Skip this task moves on without it); Esc leaves the lesson.
 */
export function LessonRegion(props: LessonRegionProps) {
  const { lesson, card, progress, focusToken, go, leave } = props;
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const shown: Card = lesson.cards[card - 1]!;
  const count = lesson.cards.length;
  const task = shown.task;
  const challenge = shown.challenge;
  const checking = useDescent(task?.done ?? never);
  const met = useDescent(challenge?.met ?? never);
  const score = useDescent((s) => (challenge && challenge.met(s) ? challenge.score(s) : null));
  // Tried: a step taken on this card, counted from where the card opened.
  const startSteps = useRef(stepsShown(useDescent.getState()));
  useEffect(() => {
    startSteps.current = stepsShown(useDescent.getState());
  }, [card, lesson]);
  const tried = useDescent((s) => stepsShown(s) !== startSteps.current);
  const done = task ? progress.done.includes(card) || checking : true;

  useEffect(() => {
    if (task && checking) props.taskDone(card);
  }, [task, checking, card]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (challenge && score !== null) props.challengeMet(card, score);
  }, [challenge, score, card]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (focusToken > 0) heading.current?.focus();
  }, [focusToken]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    leave();
  };
  const next = () => (card < count ? go(card + 1) : props.finish());

  return (
    <>
      <section className="lesson" aria-label={t('lessons.region')} onKeyDown={onKeyDown}>
        <p className="lesson-title">{tAdded(lesson.title)}</p>
        <div aria-live="polite" aria-atomic="true">
          <h2 ref={heading} tabIndex={-1}>
            {tAdded(shown.heading, shown.words)}
          </h2>
          <p className="lesson-counter">{t('lessons.counter', { card, count })}</p>
          {shown.text.map((key) => (
            <p key={key}>{tAdded(key, shown.words)}</p>
          ))}
        </div>
        {task && <CardTask task={task} words={shown.words} done={done} />}
        {shown.question && <CardQuestion key={`${lesson.id}-${card}`} question={shown.question} words={shown.words} />}
        {challenge && (
          <CardChallenge
            key={`${lesson.id}-${card}`}
            challenge={challenge}
            words={shown.words}
            met={met}
            best={progress.best[card]}
            tried={tried}
          />
        )}
        <div className="button-row lesson-buttons">
          <button type="button" onClick={() => go(card - 1)} disabled={card === 1}>
            {t('lessons.back')}
          </button>
          <button type="button" className="primary" onClick={next} disabled={!done}>
            {t('lessons.next')}
          </button>
          {task && !done && (
            <button type="button" onClick={next}>
              {t('lessons.skip')}
            </button>
          )}
          <button type="button" onClick={leave}>
            {t('lessons.leave')}
          </button>
        </div>
      </section>
      {/* Beside the card, not in it: the ring stays under the card where the two overlap. */}
      {shown.target && <Highlight target={shown.target} />}
    </>
  );
}
