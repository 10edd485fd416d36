import { memo, useMemo, useState } from 'react';
import { hessianEigenvalues, leastSquares } from '../../../engine/linreg';
import { fixed4, lineEquation, plain } from '../../../format/number';
import type { Translate } from '../../../components/common/useT';
import { LossCurveChart } from '../../../charts/LossCurveChart';
import { LossSurfaceChart } from '../../../charts/LossSurfaceChart';
import { dataXDomain, paddedExtent } from '../../../charts/extent';
import { useStableDomain } from '../../../charts/useStableDomain';
import { strided } from '../../../charts/thin';
import type { Data } from '../../../engine/point';
import { batchesOf, linregScenario } from '../linreg';
import { pythonScript } from '../pythonScript';
import { lossGrid } from '../lossGrid';
import type { WhatIf } from '../../../charts/WhatIfMarks';
import { useDescent } from '../../../store/descentStore';
import { downloadText, exportName } from '../../../components/common/download';
import { ChartFrame } from '../../../components/common/ChartFrame';
import { DataFitChart } from '../../../components/data/DataFitChart';
import { useScenarioView } from '../../../components/common/useScenarioView';
import { LinregDerivation } from './LinregDerivation';
import { TrainingLog } from './TrainingLog';
import { LazyGraphPanel } from '../../../components/graph/LazyGraphPanel';

const Derivation = memo(LinregDerivation);

/** How narrow the valley is, from the Hessian's curvatures. */
function valleyText(data: Data, t: Translate): string {
  const [low, high] = hessianEigenvalues(data);
  return low > 1e-12 * high
    ? t('linreg.view.valley', { ratio: String(Math.round(high / low)) })
    : t('linreg.view.flatValley');
}

/** The linreg scenario: the line over the data, the loss surface with the path, loss per epoch. */
export default function LinregView() {
  const run = useDescent((s) => s.runs.linreg);
  const { settings, history, cursor } = run;
  const [sample, setSample] = useState(0);
  const { data } = settings;
  // Every panel describes the current w, b and the epoch Step runs from them (its gradient is the
  // arrow on the loss surface); the last epoch is the path's last segment, the newest row and the status.
  const view = useScenarioView(linregScenario, run);
  const { t, decimal, editing, last: latest, next: pending, calmNext, halted } = view;
  const params = useMemo(() => ({ w: pending.w, b: pending.b }), [pending]);
  const best = useMemo(() => leastSquares(data), [data]);

  // Parameter view: the optimum, the start and every point the whole run visits.
  const [wExtent, bExtent] = useMemo(() => {
    const last = history.last();
    const ws = [settings.w, ...(best ? [best.w] : []), ...history.extent(0), last?.newW ?? settings.w];
    const bs = [settings.b, ...(best ? [best.b] : []), ...history.extent(1), last?.newB ?? settings.b];
    return [paddedExtent(ws, 0.15, 1), paddedExtent(bs, 0.15, 1)];
  }, [settings.w, settings.b, best, history]);
  const wDomain = useStableDomain(wExtent);
  const bDomain = useStableDomain(bExtent);
  const grid = useMemo(() => lossGrid(data, wDomain, bDomain), [data, wDomain, bDomain]);
  const path = useMemo(() => {
    const points: [number, number][] = [[settings.w, settings.b]];
    // A long path is thinned to a few hundred vertices, without building one pair per epoch.
    // Step i starts where step i − 1 ended: its stored w and b are the path's vertices.
    for (const i of strided(cursor, 400)) if (i > 0) points.push([history.value(i, 0), history.value(i, 1)]);
    if (latest) points.push([latest.newW, latest.newB]);
    return points;
  }, [settings.w, settings.b, history, cursor, latest]);
  // The arrow shows −gradient × learning rate: exactly the next batch step (none once the run has
  // stopped: spent epochs or a divergence take no next step).
  const descent: [number, number] = [-pending.dw * settings.learningRate, -pending.db * settings.learningRate];

  const xDomain = useMemo(() => dataXDomain(data), [data]);
  const lineAt = (w: number, b: number): [number, number][] => xDomain.map((x) => [x, w * x + b]);
  const mini = batchesOf(settings) > 1;
  // The whole data's loss; with mini-batches also each batch's own, the noisy one the updates descend.
  const losses = useMemo(() => {
    const all = history.derived('fullLoss', (step) => step.fullLoss);
    return strided(history.length, 1000).map((i): [number, number] => [i, all[i]!]);
  }, [history]);
  const batchLosses = useMemo(() => {
    if (!mini) return null;
    const all = history.derived('loss', (step) => step.loss);
    return strided(history.length, 1000).map((i): [number, number] => [i, all[i]!]);
  }, [history, mini]);
  // While a learning rate is being chosen: where its next epochs go, and the line after the first.
  const whatIf = useMemo((): { surface: WhatIf; fit: WhatIf; loss: WhatIf } | null => {
    if (!view.whatIf) return null;
    const { first, end, path, count, rate } = view.whatIf;
    return {
      surface: {
        points: [[first.w, first.b], ...path.map((s) => [s.newW, s.newB] as const)],
        label: t('linreg.view.whatIfSurface', { count, rate, w: fixed4(end.newW), b: fixed4(end.newB) }),
      },
      fit: {
        points: xDomain.map((x) => [x, first.newW * x + first.newB] as const),
        label: t('linreg.view.whatIfFit', { rate, w: fixed4(first.newW), b: fixed4(first.newB) }),
      },
      loss: {
        // Point k is the loss after k epochs, as the chart's own: the path starts at the current one.
        points: path.map((s) => [s.iteration, s.fullLoss] as const),
        label: t('linreg.view.whatIfLoss', { count, rate, loss: fixed4(end.loss) }),
      },
    };
  }, [view.whatIf, xDomain, t]);
  const predictions = data.map((p) => params.w * p.x + params.b);
  const caption = t('linreg.view.caption', {
    epoch: cursor,
    w: fixed4(params.w),
    b: fixed4(params.b),
    mse: fixed4(pending.fullLoss),
    rate: plain(settings.learningRate),
  });
  const surfaceWords = useMemo(
    () => ({
      pathTaken: t('charts.surface.pathTaken'),
      nextStep: t('charts.surface.nextStep'),
      minimum: t('charts.surface.minimum'),
      colour: t('charts.surface.colour'),
    }),
    [t],
  );
  const [fitTitle, surfaceTitle, lossTitle] = [
    t('linreg.view.fitTitle'),
    t('linreg.view.surfaceTitle'),
    t('linreg.view.lossTitle'),
  ];

  return (
    <div className="scenario-view">
      <div className="charts">
        <DataFitChart
          slug="fit"
          caption={caption}
          title={fitTitle}
          description={t('linreg.view.fitDescription', {
            count: data.length,
            equation: lineEquation(params.w, params.b),
          })}
          points={data}
          predictions={predictions}
          curve={lineAt(params.w, params.b)}
          previousCurve={latest ? lineAt(latest.w, latest.b) : null}
          xDomain={xDomain}
          xLabel="x"
          yLabel="y"
          curveLabel={lineEquation(params.w, params.b)}
          selected={Math.min(sample, data.length - 1)}
          onPointClick={setSample}
          viewKey={settings}
          editing={editing}
          whatIf={whatIf?.fit}
        />
        <ChartFrame title={surfaceTitle} slug="surface" caption={caption}>
          <LossSurfaceChart
            title={surfaceTitle}
            description={[
              best
                ? t('linreg.view.surfaceMinimum', { w: fixed4(best.w), b: fixed4(best.b) })
                : t('linreg.view.surfaceLine'),
              t('linreg.view.surfacePath', {
                count: cursor,
                w: fixed4(params.w),
                b: fixed4(params.b),
                mse: fixed4(pending.fullLoss),
              }),
              valleyText(data, t),
            ].join(' ')}
            grid={grid}
            path={path}
            descent={view.hideAnswer || halted ? null : descent}
            minimum={best ? [best.w, best.b] : null}
            whatIf={whatIf?.surface}
            xLabel={t('linreg.view.slope')}
            yLabel={t('linreg.view.intercept')}
            words={surfaceWords}
            decimal={decimal}
          />
        </ChartFrame>
        <ChartFrame title={lossTitle} slug="loss" caption={caption}>
          <LossCurveChart
            title={lossTitle}
            description={t(mini ? 'linreg.view.lossDescriptionMini' : 'linreg.view.lossDescription', {
              count: cursor,
              loss: fixed4(pending.fullLoss),
            })}
            points={losses}
            noisy={batchLosses && { points: batchLosses, label: t('linreg.view.batchLoss'), line: t('linreg.view.fullLoss') }}
            epochs={history.length}
            current={{ epoch: cursor, loss: pending.fullLoss }}
            xLabel={mini ? t('linreg.view.updateAxis') : t('scenario.stepWord.epoch')}
            yLabel={t('linreg.view.lossAxis')}
            decimal={decimal}
            whatIf={whatIf?.loss}
          />
        </ChartFrame>
      </div>
      <Derivation
        step={calmNext}
        data={data}
        halted={halted}
        hideAnswer={view.hideAnswer}
        sample={sample}
        onSample={setSample}
      />
      <LazyGraphPanel scenario={linregScenario} settings={settings} last={view.last} />
      <TrainingLog history={history} count={cursor} settings={settings} />
      <section className="panel export">
        <button
          type="button"
          disabled={mini}
          onClick={() => downloadText(`${exportName('linreg', cursor)}.py`, 'text/x-python', pythonScript(settings))}
        >
          {t('linreg.view.export')}
        </button>
        <span className="field-hint">
          {mini ? t('linreg.view.exportMini', { count: data.length }) : t('linreg.view.exportBatch')}
        </span>
      </section>
    </div>
  );
}
