import { memo } from 'react';
import { stepUnit } from '../../scenarios/scenario';
import { useDescent, SPEEDS, type Playing } from '../../store/descentStore';
import { useActiveRun, useActiveScenario, useShownOutcome } from '../../store/selectors';

/*
 * The panel is split into memoised parts with plain props: a Step changes the iteration field on
 * every click, the buttons only when what they allow changes, and the rest not at all.
 */

interface ButtonsProps {
  readonly canStep: boolean;
  readonly playing: Playing;
  readonly atStart: boolean;
  readonly empty: boolean;
  readonly canTrainToEnd: boolean;
}

const Buttons = memo(function Buttons({ canStep, playing, atStart, empty, canTrainToEnd }: ButtonsProps) {
  const { requestStep, toggleRun, reset, stepBack, trainToEnd } = useDescent.getState();
  return (
    <div className="button-row">
      <button type="button" className="primary" onClick={requestStep} disabled={!canStep} aria-keyshortcuts="s">
        Step
      </button>
      <button type="button" onClick={toggleRun} disabled={!canStep && !playing} aria-keyshortcuts="Space">
        {playing ? 'Pause' : 'Run'}
      </button>
      <button type="button" onClick={stepBack} disabled={atStart} aria-keyshortcuts="b">
        Step back
      </button>
      <button type="button" onClick={reset} disabled={empty} aria-keyshortcuts="r">
        Reset
      </button>
      {canTrainToEnd && (
        <button type="button" onClick={trainToEnd} disabled={!canStep || playing === 'to-end'}>
          Train to end
        </button>
      )}
    </div>
  );
});

const Options = memo(function Options({
  predictMode,
  speed,
}: {
  readonly predictMode: boolean;
  readonly speed: string;
}) {
  const { setSpeed, setPredictMode } = useDescent.getState();
  return (
    <>
      <div className="field checkbox-field">
        <input
          id="predict-mode"
          type="checkbox"
          checked={predictMode}
          onChange={(e) => setPredictMode(e.target.checked)}
        />
        <label htmlFor="predict-mode">Predict before each step</label>
      </div>
      <div className="field speed-field">
        <label htmlFor="speed">Speed</label>
        <select id="speed" value={speed} onChange={(e) => setSpeed(e.target.value)}>
          {SPEEDS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
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
  const unit = stepUnit(scenario);

  return (
    <section className="panel controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">Controls</h2>
      <Buttons
        canStep={canStep}
        playing={playing}
        atStart={run.cursor === 0}
        empty={run.history.length === 0}
        canTrainToEnd={scenario.trainsToEnd}
      />
      {playing === 'to-end' && (
        <progress className="progress" aria-label="Training progress" max={budget} value={run.cursor}>
          {run.cursor} of {budget}
        </progress>
      )}
      <Options predictMode={predictMode} speed={speed} />
      <div className="field">
        <label htmlFor="iteration">Iteration</label>
        <input
          id="iteration"
          type="range"
          min={0}
          max={run.history.length}
          step={1}
          value={run.cursor}
          disabled={run.history.length === 0}
          aria-valuetext={`${scenario.stepWord} ${run.cursor} of ${run.history.length}`}
          onChange={(e) => useDescent.getState().seek(Number(e.target.value))}
        />
        {/* A span, not <output>: that is a second role="status" beside the status region. */}
        <span className="field-hint">
          {`${run.cursor} of ${run.history.length} ${unit}s${run.cursor < run.history.length ? ' (scrubbed back)' : ''}`}
        </span>
      </div>
    </section>
  );
}
