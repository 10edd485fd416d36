import { useEffect, useMemo, useState } from 'react';
import { OPTIMIZER_NAMES, OPTIMIZERS, PAPER_DEFAULTS, type OptimizerKind } from '../../engine/optimizerKinds';
import { runLane, type Lane, type LaneRun } from '../../engine/race';
import { decadeTick, fixed4 } from '../../format/number';
import { RaceChart } from '../../charts/RaceChart';
import { HYPER_FIELDS, LANE_RATE, MAX_LANES, RACE_BUDGET, STARTER_RACE } from '../../scenarios/race';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../../store/selectors';
import { NumberField } from '../controls/NumberField';
import { useAnimationFrame } from '../useAnimationFrame';

/** Steps per second while playing: at least 60, more for a long race so it lasts about 8 s. */
const RACE_SPEED = 60;
const RACE_SECONDS = 8;

function verdict(run: LaneRun): string {
  if (run.converged !== null) return `converged in ${run.converged} steps`;
  if (run.stopped !== null) return `stopped after ${run.stopped} steps, short of the minimum`;
  if (run.diverged !== null) return `diverged at step ${run.diverged}`;
  return `not within ${RACE_BUDGET} steps`;
}

/** The step at which a lane's result is known (the budget for a lane that never stops). */
const endOf = (run: LaneRun) => run.converged ?? run.stopped ?? run.diverged ?? RACE_BUDGET;

/**
 * The race: up to four optimizer and learning-rate pairs from the same start, run together and
 * drawn on one loss chart, with a leaderboard of steps to converge.
 */
export function RacePanel() {
  const scenario = useActiveScenario();
  const settings = useActiveSettings();
  const setRace = useDescent((s) => s.setRace);
  const lanes = settings.race ?? [];
  const hyper = settings.hyper ?? PAPER_DEFAULTS;
  const [shown, setShown] = useState(0);
  const [playing, setPlaying] = useState(false);

  const problem = useMemo(() => scenario.raceProblem?.(settings), [scenario, settings]);
  const runs = useMemo(
    () => (problem ? lanes.map((lane) => runLane(problem, lane, hyper, RACE_BUDGET)) : []),
    [problem, lanes, hyper],
  );
  const longest = Math.max(1, ...runs.map((r) => r.losses.length - 1));
  const minimum = problem?.minimumLoss ?? 0;

  // A new race setup starts from the line again.
  useEffect(() => {
    setShown(0);
    setPlaying(false);
  }, [runs]);

  useAnimationFrame(
    playing
      ? () => (elapsed) => {
          const speed = Math.max(RACE_SPEED, longest / RACE_SECONDS);
          const advance = Math.max(1, Math.round((elapsed / 1000) * speed));
          setShown((s) => {
            const next = Math.min(longest, s + advance);
            if (next >= longest) setPlaying(false);
            return next;
          });
        }
      : null,
    [playing, longest],
  );

  const update = (index: number, lane: Lane) =>
    setRace(
      lanes.map((l, i) => (i === index ? lane : l)),
      hyper,
    );
  const lines = runs.map((run, i) => ({
    label: `${i + 1}: ${OPTIMIZER_NAMES[lanes[i]!.optimizer]}, η = ${lanes[i]!.learningRate}`,
    gaps: run.losses.slice(0, shown + 1).map((l) => l - minimum),
    className: `lane-${i + 1}`,
  }));
  // Ranked only by what the race has shown so far: a lane that converged by the shown step, in
  // the order they got there; the others keep their lane order until their result is shown.
  const arrived = (run: LaneRun) => (run.converged !== null && run.converged <= shown ? run.converged : Infinity);
  const board = runs
    .map((run, i) => ({ run, i, lane: lanes[i]! }))
    .sort((a, b) => arrived(a.run) - arrived(b.run) || a.i - b.i);

  return (
    <section className="panel race" aria-labelledby="race-heading">
      <h2 id="race-heading">Race: optimizers and learning rates</h2>
      {lanes.length === 0 ? (
        <p>
          Run up to {MAX_LANES} optimizers or learning rates from the same start and see which reaches the minimum
          first.{' '}
          <button type="button" onClick={() => setRace(STARTER_RACE, hyper)}>
            Set up a race
          </button>
        </p>
      ) : (
        <>
          <div className="race-lanes">
            {lanes.map((lane, i) => (
              <div className="race-lane" key={i}>
                <span className={`lane-swatch lane-${i + 1}`} aria-hidden="true" />
                <div className="field">
                  <label htmlFor={`lane-${i}-optimizer`}>Lane {i + 1} optimizer</label>
                  <select
                    id={`lane-${i}-optimizer`}
                    value={lane.optimizer}
                    onChange={(e) => update(i, { ...lane, optimizer: e.target.value as OptimizerKind })}
                  >
                    {OPTIMIZERS.map((o) => (
                      <option key={o} value={o}>
                        {OPTIMIZER_NAMES[o]}
                      </option>
                    ))}
                  </select>
                </div>
                <NumberField
                  label={`Lane ${i + 1} learning rate`}
                  value={lane.learningRate}
                  step={0.001}
                  {...LANE_RATE}
                  onCommit={(learningRate) => update(i, { ...lane, learningRate })}
                />
                <button
                  type="button"
                  className="small"
                  aria-label={`Remove lane ${i + 1}`}
                  onClick={() =>
                    setRace(
                      lanes.filter((_, j) => j !== i),
                      hyper,
                    )
                  }
                >
                  Remove
                </button>
              </div>
            ))}
          </div>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => (shown >= longest ? (setShown(0), setPlaying(true)) : setPlaying(!playing))}
            >
              {playing ? 'Pause race' : shown > 0 && shown < longest ? 'Resume race' : 'Start race'}
            </button>
            <button
              type="button"
              disabled={lanes.length >= MAX_LANES}
              onClick={() => setRace([...lanes, { optimizer: 'adam', learningRate: settings.learningRate }], hyper)}
            >
              Add lane
            </button>
            <button type="button" onClick={() => setRace([], hyper)}>
              Clear race
            </button>
          </div>
          <RaceChart
            lines={lines}
            steps={longest}
            title="Race: loss above the minimum against step"
            description={
              `Step ${shown} of ${longest}. ` +
              board.map(({ i, run }) => `Lane ${i + 1} ${shown >= endOf(run) ? verdict(run) : 'racing'}`).join('; ') +
              '.'
            }
            formatTick={decadeTick}
          />
          <table className="leaderboard">
            <caption>
              {problem?.stopRule
                ? `Leaderboard (steps until the ${scenario.lossName}'s stopping rule: as in the main run)`
                : 'Leaderboard (steps until the loss is within 10⁻⁶ of its minimum)'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Lane</th>
                <th scope="col">Optimizer</th>
                <th scope="col">Learning rate</th>
                <th scope="col">Result</th>
                <th scope="col">Loss above the minimum at step {shown}</th>
              </tr>
            </thead>
            <tbody>
              {board.map(({ run, i, lane }, rank) => (
                <tr key={i}>
                  <td>{arrived(run) === Infinity ? '—' : rank + 1}</td>
                  <th scope="row">{i + 1}</th>
                  <td>{OPTIMIZER_NAMES[lane.optimizer]}</td>
                  <td>{lane.learningRate}</td>
                  <td>{shown >= endOf(run) ? verdict(run) : shown === 0 ? 'at the start' : 'racing…'}</td>
                  <td>{fixed4(run.losses[Math.min(shown, run.losses.length - 1)]! - minimum)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>Optimizer settings (the papers’ defaults)</summary>
            <div className="hyper-fields">
              {HYPER_FIELDS.map((f) => (
                <NumberField
                  key={f.key}
                  label={f.label}
                  value={hyper[f.key]}
                  step={f.key === 'epsilon' ? 1e-8 : 0.01}
                  {...f.range}
                  onCommit={(value) => setRace(lanes, { ...hyper, [f.key]: value })}
                />
              ))}
            </div>
          </details>
        </>
      )}
    </section>
  );
}
