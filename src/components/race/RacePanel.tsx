import { useMemo } from 'react';
import { PAPER_DEFAULTS } from '../../engine/optimizerKinds';
import { runLane } from '../../engine/race';
import { plain } from '../../format/number';
import { msg } from '../../i18n/i18n';
import { RaceChart } from '../../charts/RaceChart';
import { MAX_LANES, RACE_BUDGET, starterRace } from '../../scenarios/race';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../../store/selectors';
import { useDecimal } from '../common/useDecimal';
import { useT } from '../common/useT';
import { HyperFields } from './HyperFields';
import { LaneEditor } from './LaneEditor';
import { Leaderboard } from './Leaderboard';
import { OPTIMIZER_WORDS } from './optimizerWords';
import { endOf, rankLanes, verdict } from './ranking';
import { useRaceClock } from './useRaceClock';

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

  const problem = useMemo(() => scenario.raceProblem?.(settings), [scenario, settings]);
  const runs = useMemo(
    () => (problem ? lanes.map((lane) => runLane(problem, lane, hyper, RACE_BUDGET)) : []),
    [problem, lanes, hyper],
  );
  const longest = Math.max(1, ...runs.map((r) => r.losses.length - 1));
  const minimum = problem?.minimumLoss ?? 0;
  const { shown, playing, toggle } = useRaceClock(runs, longest);

  const lines = runs.map((run, i) => ({
    label: t('race.line', {
      lane: i + 1,
      optimizer: t(OPTIMIZER_WORDS[lanes[i]!.optimizer]),
      rate: plain(lanes[i]!.learningRate),
    }),
    gaps: run.losses.slice(0, shown + 1).map((l) => l - minimum),
    className: `lane-${i + 1}`,
  }));
  const board = rankLanes(runs, lanes, shown);

  return (
    <section className="panel race" aria-labelledby="race-heading" data-lesson-target="race">
      <h2 id="race-heading">{t('race.heading')}</h2>
      {lanes.length === 0 ? (
        <p>
          {t('race.intro', { max: MAX_LANES })}{' '}
          <button type="button" onClick={() => setRace(starterRace(settings.learningRate), hyper)}>
            {t('race.setUp')}
          </button>
        </p>
      ) : (
        <>
          <LaneEditor lanes={lanes} onChange={(next) => setRace(next, hyper)} />
          <div className="button-row">
            <button type="button" className="primary" onClick={toggle}>
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
          <Leaderboard
            board={board}
            shown={shown}
            minimum={minimum}
            caption={
              problem?.stopRule ? t('race.board.captionRule', { loss: t(scenario.lossName) }) : t('race.board.caption')
            }
          />
          <HyperFields hyper={hyper} onChange={(next) => setRace(lanes, next)} />
        </>
      )}
    </section>
  );
}
