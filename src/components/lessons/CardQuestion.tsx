import { useId, useState } from 'react';
import { tAdded } from '../../i18n/i18n';
import { useT } from '../common/useT';
import type { Question, Words } from './lessonTypes';

/**
 * A question with choices: radio buttons in a group named by the question, and feedback that
 * explains why, in a polite live region, for whichever choice is picked.
 */
export function CardQuestion({ question, words }: { readonly question: Question; readonly words?: Words }) {
  useT(); // renders again in a new language
  const id = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const choice = picked === null ? null : question.choices[picked];
  return (
    <fieldset className="lesson-question">
      <legend>{tAdded(question.text, words)}</legend>
      {question.choices.map((c, i) => (
        <div className="lesson-choice" key={c.text}>
          <input type="radio" id={`${id}-${i}`} name={id} checked={picked === i} onChange={() => setPicked(i)} />
          <label htmlFor={`${id}-${i}`}>{tAdded(c.text, words)}</label>
        </div>
      ))}
      <p className={`lesson-feedback${choice ? (choice.correct ? ' right' : ' wrong') : ''}`} aria-live="polite">
        {choice ? tAdded(choice.feedback, words) : ''}
      </p>
    </fieldset>
  );
}
