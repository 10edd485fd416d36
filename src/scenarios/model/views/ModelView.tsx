import { useMemo } from 'react';
import { exponent, fixed4, plain, short } from '../../../format/number';
import { LossCurveChart } from '../../../charts/LossCurveChart';
import { dataXDomain, sampleFunction } from '../../../charts/extent';
import { strided } from '../../../charts/thin';
import type { WhatIf } from '../../../charts/WhatIfMarks';
import type { ReadonlyNumbers } from '../../../engine/graph';
import { useDescent } from '../../../store/descentStore';
import { ChartFrame } from '../../../components/common/ChartFrame';
import { DataFitChart } from '../../../components/data/DataFitChart';
import { useScenarioView } from '../../../components/common/useScenarioView';
import { lossGraphOf, modelScenario, namedValues, predict, type ModelSettings } from '../model';
import { GradientCheckTable, CHECK_TOLERANCE } from '../../../components/common/GradientCheckTable';
import { graphGradientCheck } from '../../../engine/graphCheck';
import { LazyGraphPanel } from '../../../components/graph/LazyGraphPanel';
import { ModelPanel } from './ModelPanel';

/** Enough samples for a smooth softplus or sigmoid across the data's x range. */
const CURVE_SAMPLES = 161;

function curveOf(settings: ModelSettings, params: ReadonlyNumbers, xDomain: [number, number]) {
  const values = namedValues(settings.model, params);
  return sampleFunction((x) => predict(settings.model, values, x), xDomain, CURVE_SAMPLES);
}

/** The model scenario: the typed formula, its fit to the data, the loss per iteration, the gradient check. */
export default function ModelView() {
  const run = useDescent((s) => s.runs.model);
  const { settings, history, cursor } = run;
  const view = useScenarioView(modelScenario, run);
  const { t, decimal, editing, last: latest, next: pending } = view;
  const params = pending.params;
  const checkRows = useMemo(
    () => graphGradientCheck(lossGraphOf(settings), params, pending.gradient),
    [settings, params, pending.gradient],
  );
  const lossSymbol = settings.loss === 'ssr' ? 'SSR' : 'MSE';

  const xDomain = useMemo(() => dataXDomain(settings.data), [settings.data]);
  const curve = useMemo(() => curveOf(settings, params, xDomain), [settings, params, xDomain]);
  const previous = useMemo(
    () => (latest ? curveOf(settings, latest.params, xDomain) : null),
    [settings, latest, xDomain],
  );
  const values = namedValues(settings.model, params);
  const predictions = settings.data.map((p) => {
    const y = predict(settings.model, values, p.x);
    return Number.isFinite(y) ? y : p.y;
  });
  const losses = useMemo(() => {
    const all = history.derived('loss', (step) => step.loss);
    return strided(cursor, 1000).map((i): [number, number] => [i, all[i]!]);
  }, [history, cursor]);
  const whatIf = useMemo((): { fit: WhatIf; loss: WhatIf } | null => {
    if (!view.whatIf) return null;
    const { first, end, path, count, rate } = view.whatIf;
    return {
      fit: {
        points: curveOf(settings, first.newParams, xDomain),
        label: t('model.view.whatIfFit', { rate }),
      },
      loss: {
        points: path.map((s) => [s.iteration - 1, s.loss] as const),
        label: t('model.view.whatIfLoss', { loss: lossSymbol, count, rate, value: fixed4(end.loss) }),
      },
    };
  }, [view.whatIf, settings, xDomain, t, lossSymbol]);
  const caption = t('model.view.caption', {
    iteration: cursor,
    loss: lossSymbol,
    value: fixed4(pending.loss),
    rate: plain(settings.learningRate),
  });
  const fitTitle = t('model.view.fitTitle');
  const lossTitle = t('model.view.lossTitle', { loss: lossSymbol });

  return (
    <div className="scenario-view">
      <ModelPanel settings={settings} />
      <div className="charts">
        <DataFitChart
          slug="fit"
          caption={caption}
          title={fitTitle}
          description={t('model.view.fitDescription', {
            count: settings.data.length,
            model: settings.model.text,
            loss: lossSymbol,
            value: fixed4(pending.loss),
          })}
          points={settings.data}
          predictions={predictions}
          curve={curve}
          previousCurve={previous}
          xDomain={xDomain}
          xLabel="x"
          yLabel="y"
          curveLabel={t('model.view.curve', { loss: lossSymbol, value: short(pending.loss) })}
          viewKey={settings}
          editing={editing}
          whatIf={whatIf?.fit}
        />
        <ChartFrame title={lossTitle} slug="loss" caption={caption}>
          <LossCurveChart
            title={lossTitle}
            description={t('model.view.lossDescription', {
              loss: lossSymbol,
              count: cursor,
              value: fixed4(pending.loss),
            })}
            points={losses}
            epochs={history.length}
            current={{ epoch: cursor, loss: pending.loss }}
            xLabel={t('scenario.stepWord.iteration')}
            yLabel={lossSymbol}
            decimal={decimal}
            whatIf={whatIf?.loss}
          />
        </ChartFrame>
      </div>
      <GradientCheckTable
        rows={checkRows}
        values={params}
        hint={t('model.check.hint', { loss: lossSymbol, tolerance: exponent(CHECK_TOLERANCE, 0) })}
        caption={t('model.check.caption')}
      />
      <LazyGraphPanel scenario={modelScenario} settings={settings} last={view.last} />
    </div>
  );
}
