import { useState } from 'react';
import { useT } from '../common/useT';
import { tAdded } from '../../i18n/i18n';
import type { Challenge, Words } from './lessonTypes';

interface CardChallengeProps {
  readonly challenge: Challenge;
  readonly words?: Words;
  readonly met: boolean;
  /** The best result kept in this browser, if the goal was ever reached. */
  readonly best: number | undefined;
  /** Whether the student has tried (taken a step on this card): the solution opens then. */
  readonly tried: boolean;
}

/** A goal checked live, its best result kept, and a worked solution to reveal after trying. */
export function CardChallenge({ challenge, words, met, best, tried }: CardChallengeProps) {
  const t = useT();
  const [shown, setShown] = useState(false);
  return (
    <div className={`lesson-challenge${met ? ' done' : ''}`}>
      <p>
        <strong>{t('lessons.challenge')}:</strong> {tAdded(challenge.goal, words)}
      </p>
      <p className="lesson-task-state" aria-live="polite">
        {met ? t('lessons.challenge.reached') : t('lessons.challenge.notYet')}
        {best !== undefined && <> {tAdded(challenge.best, { score: best })}</>}
      </p>
      {tried || met ? (
        <button type="button" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {shown ? t('lessons.challenge.hideSolution') : t('lessons.challenge.showSolution')}
        </button>
      ) : (
        <p className="field-hint">{t('lessons.challenge.tryFirst')}</p>
      )}
      {shown && <p className="lesson-solution">{tAdded(challenge.solution, words)}</p>}
    </div>
  );
}
