import { stepUnit } from '../scenarios/scenario';
import { useDescent, SPEEDS } from '../store/descentStore';
import { useActiveRun, useActiveScenario, useShownOutcome } from '../store/selectors';

/** Step, Run/Pause, Step back, Reset, Train to end, speed and the "Iteration" scrubber. */
export function Controls() {
  const scenario = useActiveScenario();
  const run = useActiveRun();
  const outcome = useShownOutcome();
  const playing = useDescent((s) => s.playing);
  const speed = useDescent((s) => s.speed);
  const { requestStep, toggleRun, reset, stepBack, seek, trainToEnd, setSpeed, setPredictMode } = useDescent.getState();
  const predictMode = useDescent((s) => s.predictMode);
  const canStep = outcome.kind === 'ready';
  const isLinreg = scenario.id === 'linreg';
  const budget = scenario.trainer.budget(run.settings);

  return (
    <section className="panel controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">Controls</h2>
      <div className="button-row">
        <button type="button" className="primary" onClick={requestStep} disabled={!canStep} aria-keyshortcuts="s">
          Step
        </button>
        <button type="button" onClick={toggleRun} disabled={!canStep && !playing} aria-keyshortcuts="Space">
          {playing ? 'Pause' : 'Run'}
        </button>
        <button type="button" onClick={stepBack} disabled={run.cursor === 0} aria-keyshortcuts="b">
          Step back
        </button>
        <button type="button" onClick={reset} disabled={run.history.length === 0} aria-keyshortcuts="r">
          Reset
        </button>
        {isLinreg && (
          <button type="button" onClick={trainToEnd} disabled={!canStep || playing === 'to-end'}>
            Train to end
          </button>
        )}
      </div>
      {playing === 'to-end' && (
        <progress className="progress" aria-label="Training progress" max={budget} value={run.cursor}>
          {run.cursor} of {budget}
        </progress>
      )}
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
          onChange={(e) => seek(Number(e.target.value))}
        />
        {/* A span, not <output>: that is a second role="status" beside the status region. */}
        <span className="field-hint">
          {run.cursor} of {run.history.length} {stepUnit(scenario)}s
          {run.cursor < run.history.length ? ' (scrubbed back)' : ''}
        </span>
      </div>
    </section>
  );
}
