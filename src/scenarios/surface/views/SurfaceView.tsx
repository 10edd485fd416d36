import { useCallback, useMemo } from 'react';
import { PAPER_DEFAULTS } from '../../../engine/optimizerKinds';
import { runLane } from '../../../engine/race';
import { fixed4, plain } from '../../../format/number';
import { LossCurveChart } from '../../../charts/LossCurveChart';
import { SurfaceMapChart, type SurfaceMapWords } from '../../../charts/SurfaceMapChart';
import { strided, thin } from '../../../charts/thin';
import { useStableDomain } from '../../../charts/useStableDomain';
import type { WhatIf } from '../../../charts/WhatIfMarks';
import { RACE_BUDGET } from '../../race';
import { useDescent } from '../../../store/descentStore';
import { ChartFrame } from '../../../components/common/ChartFrame';
import { useScenarioView } from '../../../components/common/useScenarioView';
import { LazyGraphPanel } from '../../../components/graph/LazyGraphPanel';
import { OPTIMIZER_WORDS } from '../../../components/race/optimizerWords';
import { expressionOf, formulaText, surfaceLab as surfaceScenario } from '../surfaceLab';
import { mapDomain, mapGrid, minimaOf } from './surfaceMap';
import { OptimizerState } from './OptimizerState';
import { SurfacePanel } from './SurfacePanel';

/** Where a click puts the start: two decimals, as a teacher would type it. */
const round = (v: number) => Math.round(v * 100) / 100 + 0;

/** The loss-surface lab: the contour map with the path, f per iteration, the optimizer's state. */
export default function SurfaceView() {
  const run = useDescent((s) => s.runs.surface);
  const setSetting = useDescent((s) => s.setSetting);
  const { settings, history, cursor } = run;
  const view = useScenarioView(surfaceScenario, run);
  const { t, decimal, last, next: pending, halted } = view;
  const optimizerName = t(OPTIMIZER_WORDS[settings.optimizer]);

  // The map's view: the surface's box, the start and every point the run visits.
  const extent = useMemo(() => {
    const xs = history.extent(0);
    const ys = history.extent(1);
    const end = history.last();
    const lo = (a: number, b: number, c: number) => Math.min(a, b, c);
    const hi = (a: number, b: number, c: number) => Math.max(a, b, c);
    const ex = end?.newX ?? settings.x0;
    const ey = end?.newY ?? settings.y0;
    return mapDomain(settings.fn, [
      [lo(xs[0], settings.x0, ex), hi(xs[1], settings.x0, ex)],
      [lo(ys[0], settings.y0, ey), hi(ys[1], settings.y0, ey)],
    ]);
  }, [history, settings.fn, settings.x0, settings.y0]);
  const xDomain = useStableDomain(extent[0]);
  const yDomain = useStableDomain(extent[1]);
  const expression = expressionOf(settings);
  const { grid, lowest } = useMemo(() => mapGrid(expression, xDomain, yDomain), [expression, xDomain, yDomain]);

  const path = useMemo(() => {
    const points: [number, number][] = [[settings.x0, settings.y0]];
    for (const i of strided(cursor, 400)) if (i > 0) points.push([history.value(i, 0), history.value(i, 1)]);
    if (last) points.push([last.newX, last.newY]);
    return points;
  }, [settings.x0, settings.y0, history, cursor, last]);

  const lanes = useMemo(() => {
    const race = settings.race ?? [];
    if (race.length === 0) return [];
    const problem = surfaceScenario.raceProblem!(settings);
    const hyper = settings.hyper ?? PAPER_DEFAULTS;
    return race.map((lane, i) => ({
      className: `lane-${i + 1}`,
      points: runLane(problem, lane, hyper, RACE_BUDGET).path.map((p) => [p[0]!, p[1]!] as const),
    }));
  }, [settings]);

  // The floor of the loss chart's log axis: f's lowest on the map or along the run.
  const floor = useMemo(() => {
    let low = lowest;
    const all = history.derived('f', (s) => s.f);
    for (let i = 0; i < cursor; i++) if (all[i]! < low) low = all[i]!;
    return Math.min(low, pending.f);
  }, [history, cursor, lowest, pending.f]);
  const losses = useMemo(() => {
    const all = history.derived('f', (s) => s.f);
    return strided(cursor, 1000).map((i): [number, number] => [i, all[i]! - floor]);
  }, [history, cursor, floor]);

  const whatIf = useMemo((): { map: WhatIf; loss: WhatIf } | null => {
    if (!view.whatIf) return null;
    const { first, end, path: steps, count, rate } = view.whatIf;
    return {
      map: {
        points: [[first.x, first.y], ...steps.map((s) => [s.newX, s.newY] as const)],
        label: t('surface.view.whatIf', { count, rate, x: fixed4(end.newX), y: fixed4(end.newY) }),
      },
      loss: {
        points: steps.map((s) => [s.iteration - 1, s.f - floor] as const),
        label: t('surface.view.whatIfLoss', { count, rate, f: fixed4(end.f) }),
      },
    };
  }, [view.whatIf, t, floor]);

  const onPick = useCallback(
    (x: number, y: number) => {
      const [px, py] = [round(x), round(y)];
      if (px !== settings.x0) setSetting('x0', px);
      if (py !== settings.y0) setSetting('y0', py);
    },
    [setSetting, settings.x0, settings.y0],
  );

  const minima = minimaOf(settings.fn);
  const formula = formulaText(settings);
  const mapTitle = t('surface.view.mapTitle', { formula });
  const lossTitle = t('surface.view.lossTitle');
  const caption = t('surface.view.caption', {
    iteration: cursor,
    f: fixed4(pending.f),
    x: fixed4(pending.x),
    y: fixed4(pending.y),
    rate: plain(settings.learningRate),
    optimizer: optimizerName,
  });
  const words = useMemo(
    (): SurfaceMapWords => ({
      pathTaken: t('charts.surface.pathTaken'),
      nextStep: t('charts.surface.nextStep'),
      minimum: t('charts.surface.minimum'),
      velocity: t('surface.view.velocity'),
      lanes: t('surface.view.lanes'),
      colour: t('surface.view.colour'),
      pick: (x, y) => t('surface.view.pick', { x: fixed4(x), y: fixed4(y) }),
    }),
    [t],
  );
  const showNext = !view.hideAnswer && !halted;
  const carriesVelocity = settings.optimizer === 'momentum' || settings.optimizer === 'nesterov';
  const minimaText =
    minima.length > 0
      ? t('surface.view.minima', {
          count: minima.length,
          list: minima.map(([a, b]) => `(${fixed4(a)}, ${fixed4(b)})`).join(', '),
        })
      : '';

  return (
    <div className="scenario-view">
      <SurfacePanel settings={settings} />
      <div className="charts surface-charts">
        <ChartFrame title={mapTitle} slug="surface" caption={caption}>
          <SurfaceMapChart
            title={mapTitle}
            description={t('surface.view.mapDescription', {
              minima: minimaText,
              count: cursor,
              optimizer: optimizerName,
              x: fixed4(pending.x),
              y: fixed4(pending.y),
              f: fixed4(pending.f),
            })}
            grid={grid}
            path={path}
            next={showNext ? [pending.newX - pending.x, pending.newY - pending.y] : null}
            velocity={carriesVelocity && cursor > 0 ? [pending.state.first[0]!, pending.state.first[1]!] : null}
            minima={minima}
            lanes={lanes}
            start={[settings.x0, settings.y0]}
            onPick={onPick}
            xLabel={t('surface.view.xAxis')}
            yLabel={t('surface.view.yAxis')}
            words={words}
            decimal={decimal}
            whatIf={whatIf?.map}
          />
        </ChartFrame>
        <ChartFrame title={lossTitle} slug="loss" caption={caption}>
          <LossCurveChart
            title={lossTitle}
            description={t('surface.view.lossDescription', { count: cursor, f: fixed4(pending.f) })}
            points={thin(losses, 1000)}
            epochs={history.length}
            current={{ epoch: cursor, loss: pending.f - floor }}
            xLabel={t('scenario.stepWord.iteration')}
            yLabel={t('surface.view.lossAxis')}
            decimal={decimal}
            whatIf={whatIf?.loss}
          />
        </ChartFrame>
      </div>
      <OptimizerState
        step={view.calmNext}
        optimizer={settings.optimizer}
        optimizerName={optimizerName}
        hyper={settings.tuning}
        noise={settings.noise}
        halted={halted !== null}
        hideAnswer={view.hideAnswer}
        t={t}
      />
      <LazyGraphPanel scenario={surfaceScenario} settings={settings} last={view.last} />
    </div>
  );
}
