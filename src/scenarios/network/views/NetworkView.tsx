import { memo, useMemo, useState } from 'react';
import { forward, PARAMETERS, type Parameter } from '../../../engine/backprop';
import { decadeTick, fixed4, short } from '../../../format/number';
import { FitChart } from '../../../charts/FitChart';
import { LossCurveChart } from '../../../charts/LossCurveChart';
import { NetworkDiagram } from '../../../charts/NetworkDiagram';
import { Sparkline } from '../../../charts/Sparkline';
import { dataXDomain, sampleFunction } from '../../../charts/extent';
import { strided } from '../../../charts/thin';
import { networkScenario, trainedOf } from '../network';
import { useDescent } from '../../../store/descentStore';
import { useShownStep } from '../../../components/useShownStep';
import { ChartFrame } from '../../../components/output/ChartFrame';
import { GradientCheck } from './GradientCheck';
import { NetworkDerivation } from './NetworkDerivation';
import { usePointEditing } from '../../../components/data/usePointEditing';
import { DataChartFrame } from '../../../components/data/DataDropZone';
import { rateText } from '../../forecastText';
import { useForecast } from '../../../components/controls/useForecast';
import type { WhatIf } from '../../../charts/WhatIfMarks';

const Derivation = memo(NetworkDerivation);

/** The network scenario: the diagram, the fit, SSR per iteration, sparklines, backpropagation. */
export default function NetworkView() {
  const run = useDescent((s) => s.runs.network);
  const { settings, history, cursor } = run;
  const trained = trainedOf(settings);
  const [selected, setSelected] = useState<Parameter>('b3');
  const editing = usePointEditing(settings.data);

  const asking = useDescent((s) => s.asking);
  // Every panel (diagram, fit, SSR dot, sparklines, chain rule, gradient check) describes the
  // current parameters and the step Step takes from them.
  const { last: latest, next: pending, calmNext, halted } = useShownStep(networkScenario, run);
  const params = pending.params;

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
  const forecast = useForecast(networkScenario, run);
  const whatIf = useMemo((): { fit: WhatIf; loss: WhatIf } | null => {
    const first = forecast?.path[0];
    if (!forecast || !first) return null;
    const end = forecast.path[forecast.path.length - 1]!;
    const at = `at learning rate ${rateText(forecast.rate)}`;
    return {
      fit: {
        points: sampleFunction((x) => forward(first.newParams, x).yHat, xDomain, 121),
        label: `What-if path: the fit after the next step ${at}`,
      },
      loss: {
        // Point k is the state after k steps, as the chart's own: the path starts at the current one.
        points: forecast.path.map((s) => [s.iteration - 1, s.ssr] as const),
        label: `What-if path: the SSR over the next ${forecast.path.length} steps ${at}, to ${fixed4(end.ssr)}`,
      },
    };
  }, [forecast, xDomain]);
  const caption = `Iteration ${cursor}: SSR = ${fixed4(pending.ssr)}, learning rate ${settings.learningRate}`;
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
          nodeNotes={{
            x: `Input x; first data point x = ${fixed4(f0.x)}`,
            h1: `Hidden node 1: w1x + b1 = ${fixed4(f0.z1)}, softplus = ${fixed4(f0.h1)} (first point)`,
            h2: `Hidden node 2: w2x + b2 = ${fixed4(f0.z2)}, softplus = ${fixed4(f0.h2)} (first point)`,
            out: `Output ŷ = w3·h1 + w4·h2 + b3 = ${fixed4(f0.yHat)} (first point)`,
          }}
        />
        <DataChartFrame title="Data and the network's fit" slug="fit" caption={caption}>
          <FitChart
            title="Data and the network's fit"
            description={`${settings.data.length} observations and the network's curve; SSR ${fixed4(pending.ssr)}.`}
            points={settings.data}
            predictions={predictions}
            curve={curve}
            previousCurve={previous}
            xDomain={xDomain}
            xLabel="Dosage"
            yLabel="Efficacy"
            curveLabel={`fit, SSR ${short(pending.ssr)}`}
            viewKey={settings}
            editing={editing}
            whatIf={whatIf?.fit}
          />
        </DataChartFrame>
        <ChartFrame title="SSR against iteration (log scale)" slug="ssr" caption={caption}>
          <LossCurveChart
            title="SSR against iteration (log scale)"
            description={`After ${cursor} iterations: SSR ${fixed4(pending.ssr)}.`}
            points={losses}
            epochs={history.length}
            current={{ epoch: cursor, loss: pending.ssr }}
            xLabel="Iteration"
            yLabel="SSR"
            formatTick={decadeTick}
            whatIf={whatIf?.loss}
          />
        </ChartFrame>
      </div>
      <section className="panel sparklines" aria-labelledby="sparklines-heading">
        <h2 id="sparklines-heading">Trained parameters over the iterations</h2>
        <div className="sparkline-grid">
          {trained.map((name) => {
            const { values, grads } = series(name);
            const first = cursor > 0 ? { param: values[0]![1], gradient: grads[0]![1] } : null;
            return (
              <div key={name} className="sparkline-pair">
                <Sparkline
                  points={values}
                  label={`${name} = ${fixed4(params[name])}`}
                  description={first ? `from ${fixed4(first.param)} to ${fixed4(params[name])}` : 'no steps yet'}
                />
                <Sparkline
                  points={grads}
                  label={`dSSR/d${name} = ${fixed4(pending.gradient[name])}`}
                  description={
                    first ? `from ${fixed4(first.gradient)} to ${fixed4(pending.gradient[name])}` : 'no steps yet'
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
        hideAnswer={asking}
      />
      <GradientCheck data={settings.data} params={params} gradient={pending.gradient} />
    </div>
  );
}
