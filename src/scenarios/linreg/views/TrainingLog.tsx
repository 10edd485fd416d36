import { useMemo } from 'react';
import type { LinregStep } from '../../../engine/linreg';
import type { Trail } from '../../../engine/trail';
import type { LinregSettings } from '../linreg';
import { logLine, trainingLog } from '../trainingLog';
import { useT } from '../../../components/common/useT';

/** Lines shown at most; a longer log keeps its newest lines on screen. */
const SHOWN_LINES = 1000;

/**
 * A line depends only on its epoch's stored inputs, which never change for a given history
 * identity: each line is formatted once (Python's rounding is BigInt work).
 */
const lineCache = new WeakMap<object, Map<number, string>>();
function linesFor(history: Trail<LinregStep>): (epoch: number, step: () => LinregStep) => string {
  let lines = lineCache.get(history.identity);
  if (!lines) lineCache.set(history.identity, (lines = new Map()));
  const cache = lines;
  return (epoch, step) => {
    let text = cache.get(epoch);
    if (text === undefined) cache.set(epoch, (text = logLine(step())));
    return text;
  };
}

interface TrainingLogProps {
  readonly history: Trail<LinregStep>;
  readonly count: number;
  readonly settings: LinregSettings;
}

/** The reference script's printed output for the epochs run so far, character for character. */
export function TrainingLog({ history, count, settings }: TrainingLogProps) {
  const t = useT();
  const { lines, epochLines: total } = useMemo(
    () => trainingLog(history, count, settings, { lineOf: linesFor(history), newest: SHOWN_LINES }),
    [history, count, settings],
  );

  return (
    <section className="panel log" aria-labelledby="log-heading" data-lesson-target="training-log">
      <h2 id="log-heading">{t('linreg.log.heading')}</h2>
      <p className="field-hint">
        {t('linreg.log.hint', { every: settings.every })}
        {total > SHOWN_LINES ? ` ${t('linreg.log.showing', { shown: SHOWN_LINES, total })}` : ''}
      </p>
      <pre role="log" aria-label={t('linreg.log.heading')} tabIndex={0} className="training-log">
        {lines.length > 0 ? lines.join('\n') : ''}
      </pre>
    </section>
  );
}
