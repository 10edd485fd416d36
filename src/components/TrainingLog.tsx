import { useMemo } from 'react';
import type { LinregStep } from '../engine/linreg';
import type { LinregSettings } from '../scenarios/linreg';
import { logLine, trainingLog } from '../scenarios/trainingLog';

/** Lines shown at most; a longer log keeps its newest lines on screen. */
const SHOWN_LINES = 1000;

// A line depends only on its step record, which never changes: format each once.
const lineCache = new WeakMap<LinregStep, string>();
function cachedLine(step: LinregStep): string {
  let text = lineCache.get(step);
  if (text === undefined) {
    text = logLine(step);
    lineCache.set(step, text);
  }
  return text;
}

interface TrainingLogProps {
  readonly history: readonly LinregStep[];
  readonly count: number;
  readonly settings: LinregSettings;
}

/** The reference script's printed output for the epochs run so far, character for character. */
export function TrainingLog({ history, count, settings }: TrainingLogProps) {
  const { lines, epochLines: total } = useMemo(
    () => trainingLog(history, count, settings, { lineOf: cachedLine, newest: SHOWN_LINES }),
    [history, count, settings],
  );

  return (
    <section className="panel log" aria-labelledby="log-heading">
      <h2 id="log-heading">Training log</h2>
      <p className="field-hint">
        What the article's Python script prints: a line every {settings.every} epochs (loss before the update, w and b
        after it).
        {total > SHOWN_LINES ? ` Showing the last ${SHOWN_LINES} of ${total} lines.` : ''}
      </p>
      <pre role="log" aria-label="Training log" tabIndex={0} className="training-log">
        {lines.length > 0 ? lines.join('\n') : ''}
      </pre>
    </section>
  );
}
