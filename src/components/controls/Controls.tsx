import { unitOf } from '../../scenarios/scenario';
import { memo } from 'react';
import { useDescent, SPEEDS, type Playing } from '../../store/descentStore';
import { useActiveRun, useActiveScenario, useShownOutcome } from '../../store/selectors';
import { useT, type Translate } from '../common/useT';

/*
 * The panel is split into memoised parts with plain props: a Step changes the iteration field on
 * every click, the buttons only when what they allow changes, and the rest not at all.
 */

interface ButtonsProps {
  /** The page's words: a new function on a change of language, so the memoised part follows. */
  readonly t: Translate;
  readonly canStep: boolean;
  readonly playing: Playing;
  readonly atStart: boolean;
  readonly empty: boolean;
  readonly canTrainToEnd: boolean;
}

const Buttons = memo(function Buttons({ t, canStep, playing, atStart, empty, canTrainToEnd }: ButtonsProps) {
  const { requestStep, toggleRun, reset, stepBack, trainToEnd } = useDescent.getState();
  return (
    <div className="button-row">
      <button
        type="button"
        className="primary"
        onClick={requestStep}
        disabled={!canStep}
        aria-keyshortcuts="s"
        data-lesson-target="step"
      >
        {t('controls.step')}
      </button>
      <button type="button" onClick={toggleRun} disabled={!canStep && !playing} aria-keyshortcuts="Space">
        {playing ? t('controls.pause') : t('controls.run')}
      </button>
      <button type="button" onClick={stepBack} disabled={atStart} aria-keyshortcuts="b">
        {t('controls.stepBack')}
      </button>
      <button type="button" onClick={reset} disabled={empty} aria-keyshortcuts="r">
        {t('controls.reset')}
      </button>
      {canTrainToEnd && (
        <button type="button" onClick={trainToEnd} disabled={!canStep || playing === 'to-end'}>
          {t('controls.trainToEnd')}
        </button>
      )}
    </div>
  );
});

const Options = memo(function Options({
  t,
  predictMode,
  speed,
}: {
  readonly t: Translate;
  readonly predictMode: boolean;
  readonly speed: string;
}) {
  const { setSpeed, setPredictMode } = useDescent.getState();
  return (
    <>
      <div className="field checkbox-field" data-lesson-target="predict">
        <input
          id="predict-mode"
          type="checkbox"
          checked={predictMode}
          onChange={(e) => setPredictMode(e.target.checked)}
        />
        <label htmlFor="predict-mode">{t('controls.predictMode')}</label>
      </div>
      <div className="field speed-field">
        <label htmlFor="speed">{t('controls.speed')}</label>
        <select id="speed" value={speed} onChange={(e) => setSpeed(e.target.value)}>
          {SPEEDS.map((s) => (
            <option key={s.id} value={s.id}>
              {t.msg(s.label)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
});

/** Step, Run/Pause, Step back, Reset, Train to end, speed and the "Iteration" scrubber. */
export function Controls() {
  const scenario = useActiveScenario();
  const run = useActiveRun();
  const outcome = useShownOutcome();
  const playing = useDescent((s) => s.playing);
  const speed = useDescent((s) => s.speed);
  const predictMode = useDescent((s) => s.predictMode);
  const canStep = outcome.kind === 'ready';
  const budget = scenario.trainer.budget(run.settings);
  const unit = unitOf(scenario, run.settings);
  const t = useT();
  const position = { unit, cursor: run.cursor, total: run.history.length };

  return (
    <section className="panel controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">{t('controls.heading')}</h2>
      <Buttons
        t={t}
        canStep={canStep}
        playing={playing}
        atStart={run.cursor === 0}
        empty={run.history.length === 0}
        canTrainToEnd={scenario.trainsToEnd}
      />
      {playing === 'to-end' && (
        <progress className="progress" aria-label={t('controls.trainingProgress')} max={budget} value={run.cursor}>
          {t('controls.progress', { done: run.cursor, total: budget })}
        </progress>
      )}
      <Options t={t} predictMode={predictMode} speed={speed} />
      <div className="field">
        <label htmlFor="iteration">{t('controls.iteration')}</label>
        <input
          id="iteration"
          type="range"
          min={0}
          max={run.history.length}
          step={1}
          value={run.cursor}
          disabled={run.history.length === 0}
          aria-valuetext={t('controls.iteration.valuetext', position)}
          onChange={(e) => useDescent.getState().seek(Number(e.target.value))}
        />
        {/* A span, not <output>: that is a second role="status" beside the status region. */}
        <span className="field-hint">
          {t(run.cursor < run.history.length ? 'controls.iteration.hintScrubbed' : 'controls.iteration.hint', position)}
        </span>
      </div>
    </section>
  );
}
