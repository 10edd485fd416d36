import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { fixed4 } from '../../format/number';
import { parseNumber } from '../../format/parseNumber';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario } from '../../store/selectors';

/**
 * "Predict, then reveal": before a step the student says which way the main parameter moves and
 * how far; the reveal shows the real step beside the guess.
 */
export function PredictPanel() {
  const asking = useDescent((s) => s.asking);
  const reveal = useDescent((s) => s.reveal);
  const { revealStep, cancelPrediction } = useDescent.getState();
  const scenario = useActiveScenario();
  const name = scenario.primary.name;
  const id = useId();
  const [direction, setDirection] = useState<'left' | 'right' | null>(null);
  const [distance, setDistance] = useState('');
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  // A pick on the SSR chart fills the form: direction and distance from the current value.
  const guess = useDescent((s) => s.guess);
  useEffect(() => {
    if (guess === null) return;
    setDirection(guess >= 0 ? 'right' : 'left');
    setDistance(String(Number(Math.abs(guess).toPrecision(4))));
    setError(null);
  }, [guess]);

  useEffect(() => {
    if (!asking) return;
    setDirection(null);
    setDistance('');
    setError(null);
    first.current?.focus();
  }, [asking]);

  if (!asking && !reveal) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseNumber(distance);
    if (!direction) return setError('Choose a direction first.');
    if (!parsed.ok || parsed.value < 0) return setError('Enter how far as a number of 0 or more, like 1.5.');
    revealStep(direction === 'right' ? parsed.value : -parsed.value);
  };

  if (asking) {
    return (
      <form className="panel predict" aria-labelledby={`${id}-q`} onSubmit={submit}>
        <h2 id={`${id}-q`}>Which way will {name} move, and how far?</h2>
        <p className="field-hint">
          {scenario.guessChart
            ? `Answer below, or click where you think ${name} will land on the ${scenario.guessChart}.`
            : 'Answer below.'}
        </p>
        <fieldset>
          <legend>Direction</legend>
          <label>
            <input
              ref={first}
              type="radio"
              name={`${id}-dir`}
              checked={direction === 'left'}
              onChange={() => setDirection('left')}
            />{' '}
            Left ({name} gets smaller)
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-dir`}
              checked={direction === 'right'}
              onChange={() => setDirection('right')}
            />{' '}
            Right ({name} gets larger)
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-far`}>How far</label>
          <input
            id={`${id}-far`}
            type="text"
            inputMode="decimal"
            value={distance}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-err` : undefined}
            onChange={(e) => setDistance(e.target.value)}
          />
        </div>
        {error && (
          <p id={`${id}-err`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary">
            Reveal
          </button>
          <button type="button" onClick={cancelPrediction}>
            Cancel
          </button>
        </div>
      </form>
    );
  }

  const { parameter, predicted, actual } = reveal!;
  const sameWay = Math.sign(predicted) === Math.sign(actual) || actual === 0;
  const way = (delta: number) => `${delta >= 0 ? 'right' : 'left'} by ${fixed4(Math.abs(delta))}`;
  return (
    <section className="panel predict" aria-labelledby={`${id}-r`}>
      <h2 id={`${id}-r`}>The reveal</h2>
      <p>
        {parameter} moved {way(actual)}. You predicted {way(predicted)}:{' '}
        {sameWay ? 'the right direction' : 'the wrong direction'}, off by {fixed4(Math.abs(actual - predicted))}.
      </p>
    </section>
  );
}
