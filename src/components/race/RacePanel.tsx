import { useEffect, useMemo, useState } from 'react';
import { OPTIMIZERS, PAPER_DEFAULTS, type OptimizerKind } from '../../engine/optimizerKinds';
import { runLane, type Lane, type LaneRun } from '../../engine/race';
import { fixed4, plain } from '../../format/number';
import { msg, type Msg } from '../../i18n/i18n';
import { RaceChart } from '../../charts/RaceChart';
import { HYPER_FIELDS, LANE_RATE, MAX_LANES, RACE_BUDGET, STARTER_RACE } from '../../scenarios/race';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../../store/selectors';
import { NumberField } from '../controls/NumberField';
import { useAnimationFrame } from '../useAnimationFrame';
import { useT } from '../useT';
import { useDecimal } from '../useDecimal';

/** Steps per second while playing: at least 60, more for a long race so it lasts about 8 s. */
const RACE_SPEED = 60;
const RACE_SECONDS = 8;

/** Each optimizer's name in words (the engine's kinds are the link's names, not the page's). */
const OPTIMIZER_WORDS = {
  gd: 'race.optimizer.gd',
  momentum: 'race.optimizer.momentum',
  nesterov: 'race.optimizer.nesterov',
  rmsprop: 'race.optimizer.rmsprop',
  adam: 'race.optimizer.adam',
} as const satisfies Record<OptimizerKind, string>;

function verdict(run: LaneRun): Msg {
  if (run.converged !== null) return msg('race.verdict.converged', { count: run.converged });
  if (run.stopped !== null) return msg('race.verdict.stopped', { count: run.stopped });
  if (run.diverged !== null) return msg('race.verdict.diverged', { step: run.diverged });
  return msg('race.verdict.budget', { budget: RACE_BUDGET });
}

/** The step at which a lane's result is known (the budget for a lane that never stops). */
const endOf = (run: LaneRun) => run.converged ?? run.stopped ?? run.diverged ?? RACE_BUDGET;

/**
 * The race: up to four optimizer and learning-rate pairs from the same start, run together and
 * drawn on one loss chart, with a leaderboard of steps to converge.
 */
export function RacePanel() {
  const t = useT();
  const decimal = useDecimal();
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
    label: t('race.line', {
      lane: i + 1,
      optimizer: t(OPTIMIZER_WORDS[lanes[i]!.optimizer]),
      rate: plain(lanes[i]!.learningRate),
    }),
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
      <h2 id="race-heading">{t('race.heading')}</h2>
      {lanes.length === 0 ? (
        <p>
          {t('race.intro', { max: MAX_LANES })}{' '}
          <button type="button" onClick={() => setRace(STARTER_RACE, hyper)}>
            {t('race.setUp')}
          </button>
        </p>
      ) : (
        <>
          <div className="race-lanes">
            {lanes.map((lane, i) => (
              <div className="race-lane" key={i}>
                <span className={`lane-swatch lane-${i + 1}`} aria-hidden="true" />
                <div className="field">
                  <label htmlFor={`lane-${i}-optimizer`}>{t('race.lane.optimizer', { lane: i + 1 })}</label>
                  <select
                    id={`lane-${i}-optimizer`}
                    value={lane.optimizer}
                    onChange={(e) => update(i, { ...lane, optimizer: e.target.value as OptimizerKind })}
                  >
                    {OPTIMIZERS.map((o) => (
                      <option key={o} value={o}>
                        {t(OPTIMIZER_WORDS[o])}
                      </option>
                    ))}
                  </select>
                </div>
                <NumberField
                  label={msg('race.lane.rate', { lane: i + 1 })}
                  value={lane.learningRate}
                  step={0.001}
                  {...LANE_RATE}
                  onCommit={(learningRate) => update(i, { ...lane, learningRate })}
                />
                <button
                  type="button"
                  className="small"
                  aria-label={t('race.lane.remove', { lane: i + 1 })}
                  onClick={() =>
                    setRace(
                      lanes.filter((_, j) => j !== i),
                      hyper,
                    )
                  }
                >
                  {t('race.remove')}
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
              {playing ? t('race.pause') : shown > 0 && shown < longest ? t('race.resume') : t('race.start')}
            </button>
            <button
              type="button"
              disabled={lanes.length >= MAX_LANES}
              onClick={() => setRace([...lanes, { optimizer: 'adam', learningRate: settings.learningRate }], hyper)}
            >
              {t('race.addLane')}
            </button>
            <button type="button" onClick={() => setRace([], hyper)}>
              {t('race.clear')}
            </button>
          </div>
          <RaceChart
            lines={lines}
            steps={longest}
            title={t('race.chart.title')}
            description={t('race.chart.description', {
              shown,
              longest,
              lanes: board
                .map(({ i, run }) =>
                  t('race.chart.lane', {
                    lane: i + 1,
                    result: shown >= endOf(run) ? verdict(run) : msg('race.racing'),
                  }),
                )
                .join('; '),
            })}
            axisTitles={{ x: t('race.chart.xAxis'), y: t('race.chart.yAxis') }}
            decimal={decimal}
          />
          <table className="leaderboard">
            <caption>
              {problem?.stopRule
                ? t('race.board.captionRule', { loss: t(scenario.lossName) })
                : t('race.board.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('race.board.rank')}</th>
                <th scope="col">{t('race.board.lane')}</th>
                <th scope="col">{t('race.board.optimizer')}</th>
                <th scope="col">{t('race.board.rate')}</th>
                <th scope="col">{t('race.board.result')}</th>
                <th scope="col">{t('race.board.gap', { step: shown })}</th>
              </tr>
            </thead>
            <tbody>
              {board.map(({ run, i, lane }, rank) => (
                <tr key={i}>
                  <td>{arrived(run) === Infinity ? '—' : rank + 1}</td>
                  <th scope="row">{i + 1}</th>
                  <td>{t(OPTIMIZER_WORDS[lane.optimizer])}</td>
                  <td>{plain(lane.learningRate)}</td>
                  <td>
                    {shown >= endOf(run) ? t.msg(verdict(run)) : shown === 0 ? t('race.atStart') : t('race.racingNow')}
                  </td>
                  <td>{fixed4(run.losses[Math.min(shown, run.losses.length - 1)]! - minimum)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>{t('race.hyper.heading')}</summary>
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
