import { memo, useMemo, useState } from 'react';
import { forward, PARAMETERS, type Parameter } from '../../../engine/backprop';
import { fixed4, plain, short } from '../../../format/number';
import { LossCurveChart } from '../../../charts/LossCurveChart';
import { NetworkDiagram } from './NetworkDiagram';
import { Sparkline } from '../../../charts/Sparkline';
import { dataXDomain, sampleFunction } from '../../../charts/extent';
import { strided } from '../../../charts/thin';
import { networkScenario, trainedOf } from '../network';
import { useDescent } from '../../../store/descentStore';
import { ChartFrame } from '../../../components/common/ChartFrame';
import { GradientCheckTable, CHECK_TOLERANCE } from '../../../components/common/GradientCheckTable';
import { networkGradientCheck } from '../../../engine/networkGraph';
import { exponent } from '../../../format/number';
import { NetworkDerivation } from './NetworkDerivation';
import { DataFitChart } from '../../../components/data/DataFitChart';
import { useScenarioView } from '../../../components/common/useScenarioView';
import type { WhatIf } from '../../../charts/WhatIfMarks';
import { LazyGraphPanel } from '../../../components/graph/LazyGraphPanel';

const Derivation = memo(NetworkDerivation);

/** The network scenario: the diagram, the fit, SSR per iteration, sparklines, backpropagation. */
export default function NetworkView() {
  const run = useDescent((s) => s.runs.network);
  const { settings, history, cursor } = run;
  const trained = trainedOf(settings);
  const [selected, setSelected] = useState<Parameter>('b3');
  // Every panel (diagram, fit, SSR dot, sparklines, chain rule, gradient check) describes the
  // current parameters and the step Step takes from them.
  const view = useScenarioView(networkScenario, run);
  const { t, decimal, editing, last: latest, next: pending, calmNext, halted } = view;
  const params = pending.params;
  const checkRows = useMemo(
    () => networkGradientCheck(settings.data, params, pending.gradient),
    [settings.data, params, pending.gradient],
  );

  const xDomain = useMemo(() => dataXDomain(settings.data), [settings.data]);
  const curve = useMemo(() => sampleFunction((x) => forward(params, x).yHat, xDomain, 121), [params, xDomain]);
  const previous = useMemo(
    () => (latest ? sampleFunction((x) => forward(latest.params, x).yHat, xDomain, 121) : null),
    [latest, xDomain],
  );
  const predictions = settings.data.map((p) => forward(params, p.x).yHat);
  // The sparklines and the SSR chart read stored parameters and the history's cached columns, so a
  // step replays only itself, not the up to 300 steps they show. Point k is the state after k steps.
  const shownSteps = useMemo(() => strided(cursor, 300), [cursor]);
  const losses = useMemo(() => {
    const ssr = history.derived('ssr', (step) => step.ssr);
    return shownSteps.map((i): [number, number] => [i, ssr[i]!]);
  }, [history, shownSteps]);
  const series = (name: Parameter) => {
    const k = PARAMETERS.indexOf(name);
    const gradient = history.derived(`d_${name}`, (step) => step.gradient[name]);
    return {
      values: [...shownSteps.map((i): [number, number] => [i, history.value(i, k)]), [cursor, params[name]]] as [
        number,
        number,
      ][],
      grads: [...shownSteps.map((i): [number, number] => [i, gradient[i]!]), [cursor, pending.gradient[name]]] as [
        number,
        number,
      ][],
    };
  };
  // While a learning rate is being chosen: the fit after its next step, the SSR over its next ones.
  const whatIf = useMemo((): { fit: WhatIf; loss: WhatIf } | null => {
    if (!view.whatIf) return null;
    const { first, end, path, count, rate } = view.whatIf;
    return {
      fit: {
        points: sampleFunction((x) => forward(first.newParams, x).yHat, xDomain, 121),
        label: t('network.view.whatIfFit', { rate }),
      },
      loss: {
        // Point k is the state after k steps, as the chart's own: the path starts at the current one.
        points: path.map((s) => [s.iteration - 1, s.ssr] as const),
        label: t('network.view.whatIfLoss', { count, rate, ssr: fixed4(end.ssr) }),
      },
    };
  }, [view.whatIf, xDomain, t]);
  const caption = t('network.view.caption', {
    iteration: cursor,
    ssr: fixed4(pending.ssr),
    rate: plain(settings.learningRate),
  });
  const fitTitle = t('scenario.fitTitle.statquest');
  const ssrTitle = t('network.view.ssrTitle');
  const f0 = forward(params, settings.data[0]!.x);

  return (
    <div className="scenario-view">
      <div className="charts">
        <NetworkDiagram
          values={params}
          gradient={pending.gradient}
          trained={trained}
          selected={selected}
          onSelect={setSelected}
          format={fixed4}
          title={t('network.diagram.title')}
          parameterLabel={(name, value, gradient, isTrained) =>
            t('network.diagram.parameter', {
              name,
              value: fixed4(value),
              gradient: fixed4(gradient),
              fixed: isTrained ? 'no' : 'yes',
            })
          }
          nodeNotes={{
            x: t('network.view.nodeX', { x: fixed4(f0.x) }),
            h1: t('network.view.nodeH1', { z: fixed4(f0.z1), h: fixed4(f0.h1) }),
            h2: t('network.view.nodeH2', { z: fixed4(f0.z2), h: fixed4(f0.h2) }),
            out: t('network.view.nodeOut', { y: fixed4(f0.yHat) }),
          }}
        />
        <DataFitChart
          slug="fit"
          caption={caption}
          title={fitTitle}
          description={t('network.view.fitDescription', { count: settings.data.length, ssr: fixed4(pending.ssr) })}
          points={settings.data}
          predictions={predictions}
          curve={curve}
          previousCurve={previous}
          xDomain={xDomain}
          xLabel={t('scenario.axis.dosage')}
          yLabel={t('scenario.axis.efficacy')}
          curveLabel={t('network.view.curve', { ssr: short(pending.ssr) })}
          viewKey={settings}
          editing={editing}
          whatIf={whatIf?.fit}
        />
        <ChartFrame title={ssrTitle} slug="ssr" caption={caption}>
          <LossCurveChart
            title={ssrTitle}
            description={t('network.view.ssrDescription', { count: cursor, ssr: fixed4(pending.ssr) })}
            points={losses}
            epochs={history.length}
            current={{ epoch: cursor, loss: pending.ssr }}
            xLabel={t('scenario.stepWord.iteration')}
            yLabel="SSR"
            decimal={decimal}
            whatIf={whatIf?.loss}
          />
        </ChartFrame>
      </div>
      <section className="panel sparklines" aria-labelledby="sparklines-heading">
        <h2 id="sparklines-heading">{t('network.view.sparklines')}</h2>
        <div className="sparkline-grid">
          {trained.map((name) => {
            const { values, grads } = series(name);
            const first = cursor > 0 ? { param: values[0]![1], gradient: grads[0]![1] } : null;
            return (
              <div key={name} className="sparkline-pair">
                <Sparkline
                  points={values}
                  label={`${name} = ${fixed4(params[name])}`}
                  description={
                    first
                      ? t('network.view.fromTo', { from: fixed4(first.param), to: fixed4(params[name]) })
                      : t('network.view.noSteps')
                  }
                />
                <Sparkline
                  points={grads}
                  label={`dSSR/d${name} = ${fixed4(pending.gradient[name])}`}
                  description={
                    first
                      ? t('network.view.fromTo', { from: fixed4(first.gradient), to: fixed4(pending.gradient[name]) })
                      : t('network.view.noSteps')
                  }
                />
              </div>
            );
          })}
        </div>
      </section>
      <Derivation
        step={calmNext}
        data={settings.data}
        name={selected}
        trained={trained.includes(selected)}
        halted={halted}
        hideAnswer={view.hideAnswer}
      />
      <GradientCheckTable
        rows={checkRows}
        hint={t('network.check.hint', { tolerance: exponent(CHECK_TOLERANCE, 0) })}
        caption={t('network.check.caption')}
      />
      <LazyGraphPanel scenario={networkScenario} settings={settings} last={view.last} />
    </div>
  );
}
