import { memo, useMemo, useState } from 'react';
import { forward, type Parameter } from '../../../engine/backprop';
import { decadeTick, fixed4, short } from '../../../format/number';
import { FitChart } from '../../../charts/FitChart';
import { LossCurveChart } from '../../../charts/LossCurveChart';
import { NetworkDiagram } from '../../../charts/NetworkDiagram';
import { Sparkline } from '../../../charts/Sparkline';
import { dataXDomain, sampleFunction } from '../../../charts/extent';
import { strided } from '../../../charts/thin';
import { networkScenario, trainedOf } from '../network';
import { useDescent } from '../../../store/descentStore';
import { shownStep } from '../../../store/run';
import { ChartFrame } from '../../../components/output/ChartFrame';
import { GradientCheck } from './GradientCheck';
import { NetworkDerivation } from './NetworkDerivation';
import { usePointEditing } from '../../../components/data/usePointEditing';

const Derivation = memo(NetworkDerivation);

/** The network scenario: the diagram, the fit, SSR per iteration, sparklines, backpropagation. */
export default function NetworkView() {
  const run = useDescent((s) => s.runs.network);
  const { settings, history, cursor } = run;
  const trained = trainedOf(settings);
  const [selected, setSelected] = useState<Parameter>('b3');
  const editing = usePointEditing(settings.data);

  const latest = useMemo(() => shownStep(run) ?? null, [run]);
  // The next step from here: the current parameters' forward pass and gradient.
  const pending = useMemo(
    () => networkScenario.trainer.step(settings, latest ?? undefined, cursor),
    [settings, latest, cursor],
  );
  const params = pending.params;

  const xDomain = useMemo(() => dataXDomain(settings.data), [settings.data]);
  const curve = useMemo(() => sampleFunction((x) => forward(params, x).yHat, xDomain, 121), [params, xDomain]);
  const previous = useMemo(
    () => (latest ? sampleFunction((x) => forward(latest.params, x).yHat, xDomain, 121) : null),
    [latest, xDomain],
  );
  const predictions = settings.data.map((p) => forward(params, p.x).yHat);
  const samples = useMemo(() => strided(cursor, 300).map((i) => history.at(i)), [history, cursor]);
  const losses = useMemo(() => samples.map((s): [number, number] => [s.iteration - 1, s.ssr]), [samples]);
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
        <ChartFrame title="Data and the network's fit" slug="fit" caption={caption}>
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
            editing={editing}
          />
        </ChartFrame>
        <ChartFrame title="SSR against iteration (log scale)" slug="ssr" caption={caption}>
          <LossCurveChart
            title="SSR against iteration (log scale)"
            description={latest ? `Iteration ${latest.iteration}: SSR ${fixed4(latest.ssr)}.` : 'No iterations yet.'}
            points={losses}
            epochs={history.length}
            current={latest ? { epoch: latest.iteration - 1, loss: latest.ssr } : null}
            xLabel="Iteration"
            yLabel="SSR"
            formatTick={decadeTick}
          />
        </ChartFrame>
      </div>
      <section className="panel sparklines" aria-labelledby="sparklines-heading">
        <h2 id="sparklines-heading">Trained parameters over the iterations</h2>
        <div className="sparkline-grid">
          {trained.map((name) => {
            const values = samples.map((s): [number, number] => [s.iteration, s.params[name]]);
            const grads = samples.map((s): [number, number] => [s.iteration, s.gradient[name]]);
            const first = samples[0];
            return (
              <div key={name} className="sparkline-pair">
                <Sparkline
                  points={values}
                  label={`${name} = ${fixed4(params[name])}`}
                  description={first ? `from ${fixed4(first.params[name])} to ${fixed4(params[name])}` : 'no steps yet'}
                />
                <Sparkline
                  points={grads}
                  label={`dSSR/d${name} = ${fixed4(pending.gradient[name])}`}
                  description={
                    first ? `from ${fixed4(first.gradient[name])} to ${fixed4(pending.gradient[name])}` : 'no steps yet'
                  }
                />
              </div>
            );
          })}
        </div>
      </section>
      <Derivation
        step={latest ?? pending}
        data={settings.data}
        name={selected}
        trained={trained.includes(selected)}
        preview={latest === null}
      />
      <GradientCheck data={settings.data} params={params} gradient={pending.gradient} />
    </div>
  );
}
