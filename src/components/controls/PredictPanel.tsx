import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { fixed4, plain } from '../../format/number';
import { parseTyped } from '../../format/parseNumber';
import type { MessageKey } from '../../i18n/i18n';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../../store/selectors';
import { primaryName } from '../../scenarios/scenario';
import { useT } from '../common/useT';

/**
 * "Predict, then reveal": before a step the student says which way the main parameter moves and
 * how far; the reveal shows the real step beside the guess.
 */
export function PredictPanel() {
  const asking = useDescent((s) => s.asking);
  const reveal = useDescent((s) => s.reveal);
  const { revealStep, cancelPrediction } = useDescent.getState();
  const scenario = useActiveScenario();
  const name = primaryName(scenario, useActiveSettings());
  const id = useId();
  const t = useT();
  const [direction, setDirection] = useState<'left' | 'right' | null>(null);
  const [distance, setDistance] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const first = useRef<HTMLInputElement>(null);

  // A pick on the SSR chart fills the form: direction and distance from the current value.
  const guess = useDescent((s) => s.guess);
  useEffect(() => {
    if (guess === null) return;
    setDirection(guess >= 0 ? 'right' : 'left');
    setDistance(plain(Number(Math.abs(guess).toPrecision(4))));
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
    // Read as typed in the page's language: "1,5" in Spanish, "1.5" in any.
    const parsed = parseTyped(distance);
    if (!direction) return setError('controls.predict.chooseDirection');
    if (!parsed.ok || parsed.value < 0) return setError('controls.predict.badDistance');
    revealStep(direction === 'right' ? parsed.value : -parsed.value);
  };

  if (asking) {
    return (
      <form className="panel predict" aria-labelledby={`${id}-q`} onSubmit={submit}>
        <h2 id={`${id}-q`}>{t('controls.predict.question', { name })}</h2>
        <p className="field-hint">
          {scenario.guessChart
            ? t('controls.predict.answerOrClick', { name, chart: t(scenario.guessChart) })
            : t('controls.predict.answer')}
        </p>
        <fieldset>
          <legend>{t('controls.predict.direction')}</legend>
          <label>
            <input
              ref={first}
              type="radio"
              name={`${id}-dir`}
              checked={direction === 'left'}
              onChange={() => setDirection('left')}
            />{' '}
            {t('controls.predict.left', { name })}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-dir`}
              checked={direction === 'right'}
              onChange={() => setDirection('right')}
            />{' '}
            {t('controls.predict.right', { name })}
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-far`}>{t('controls.predict.howFar')}</label>
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
            {t(error, { example: plain(1.5) })}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary">
            {t('controls.predict.reveal')}
          </button>
          <button type="button" onClick={cancelPrediction}>
            {t('controls.predict.cancel')}
          </button>
        </div>
      </form>
    );
  }

  const { parameter, predicted, actual } = reveal!;
  const sameWay = Math.sign(predicted) === Math.sign(actual) || actual === 0;
  const way = (delta: number) =>
    t('controls.predict.way', { direction: delta >= 0 ? 'right' : 'left', amount: fixed4(Math.abs(delta)) });
  return (
    <section className="panel predict" aria-labelledby={`${id}-r`}>
      <h2 id={`${id}-r`}>{t('controls.predict.revealHeading')}</h2>
      <p>
        {t('controls.predict.result', {
          parameter,
          actual: way(actual),
          predicted: way(predicted),
          sameWay: sameWay ? 'yes' : 'no',
          off: fixed4(Math.abs(actual - predicted)),
        })}
      </p>
    </section>
  );
}
