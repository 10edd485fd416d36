import { logistic } from '../../../engine/softplus';
import {
  evaluate,
  sampleTerms,
  type Forward,
  type NetworkParams,
  type NetworkStep,
  type Parameter,
} from '../../../engine/backprop';
import type { Data } from '../../../engine/point';
import type { Outcome } from '../../../engine/training';
import { HIDDEN_ANSWER as HIDDEN, notTakenReason } from '../../scenario';
import { fixed4, plain } from '../../../format/number';
import { useT } from '../../../components/common/useT';
import { factor, sumOfTerms, type Formula } from '../../../components/math/formula';
import { MathBlock } from '../../../components/math/MathBlock';

/** dŷ/dp for each parameter: symbolically, and its factors for one sample. */
const LOCAL: Record<Parameter, { tex: string; text: string; factors(p: NetworkParams, f: Forward): number[] }> = {
  b3: { tex: '1', text: '1', factors: () => [1] },
  w3: { tex: 'h_{1,i}', text: 'h1ᵢ', factors: (_, f) => [f.h1] },
  w4: { tex: 'h_{2,i}', text: 'h2ᵢ', factors: (_, f) => [f.h2] },
  w1: {
    tex: String.raw`w_3\,\sigma(w_1 x_i + b_1)\,x_i`,
    text: 'w3·σ(w1xᵢ + b1)·xᵢ',
    factors: (p, f) => [p.w3, logistic(f.z1), f.x],
  },
  b1: {
    tex: String.raw`w_3\,\sigma(w_1 x_i + b_1)\cdot 1`,
    text: 'w3·σ(w1xᵢ + b1)·1',
    factors: (p, f) => [p.w3, logistic(f.z1), 1],
  },
  w2: {
    tex: String.raw`w_4\,\sigma(w_2 x_i + b_2)\,x_i`,
    text: 'w4·σ(w2xᵢ + b2)·xᵢ',
    factors: (p, f) => [p.w4, logistic(f.z2), f.x],
  },
  b2: {
    tex: String.raw`w_4\,\sigma(w_2 x_i + b_2)\cdot 1`,
    text: 'w4·σ(w2xᵢ + b2)·1',
    factors: (p, f) => [p.w4, logistic(f.z2), 1],
  },
};

const texName = (name: Parameter) => `${name[0]}_${name[1]}`;

interface NetworkDerivationProps {
  /** The step Step takes next, from the current parameters. */
  readonly step: NetworkStep;
  readonly data: Data;
  readonly name: Parameter;
  readonly trained: boolean;
  /** Why that step will not be taken, when the run has stopped. */
  readonly halted: Outcome | null;
  /** Predict mode is on: the step size and new value stay hidden until the reveal. */
  readonly hideAnswer: boolean;
}

/** Backpropagation for one parameter: the chain rule, then the next step's numbers. */
export function NetworkDerivation({ step, data, name, trained, halted, hideAnswer }: NetworkDerivationProps) {
  const t = useT();
  const { forwards } = evaluate(data, step.params);
  const local = LOCAL[name];
  const symbolic: Formula = {
    tex: String.raw`\frac{d\,\mathrm{SSR}}{d ${texName(name)}} = \sum_i \frac{d\,\mathrm{SSR}}{d\hat y_i}\cdot\frac{d\hat y_i}{d ${texName(name)}} = \sum_i -2\,(y_i - \hat y_i)\cdot ${local.tex}`,
    text: `dSSR/d${name} = Σ dSSR/dŷᵢ · dŷᵢ/d${name} = Σ −2(yᵢ − ŷᵢ)·${local.text}`,
  };
  const terms = forwards.map((f, i) => {
    const y = fixed4(data[i]!.y);
    const yHat = factor(f.yHat);
    const rest = local.factors(step.params, f).map(factor);
    return {
      tex: `-2\\times(${y} - ${yHat.tex})${rest.map((r) => `\\times ${r.tex}`).join('')}`,
      text: `−2×(${y} − ${yHat.text})${rest.map((r) => `×${r.text}`).join('')}`,
    };
  });
  const sum = sumOfTerms(terms);
  const g = fixed4(step.gradient[name]);
  const substituted = {
    tex: `\\frac{d\\,\\mathrm{SSR}}{d ${texName(name)}} = ${sum.tex} = ${g}`,
    text: `dSSR/d${name} = ${sum.text} = ${g}`,
  };
  // Each sample's term of the sum, for the table, and their total, which must equal the gradient.
  const perSample = forwards.map((f, i) => sampleTerms(step.params, f, data[i]!.y)[name]);
  const check = perSample.reduce((total, term) => total + term, 0);

  return (
    <section className="panel derivation" aria-labelledby="network-derivation-heading" data-lesson-target="chain-rule">
      <h2 id="network-derivation-heading">
        {t('network.derivation.heading', { iteration: step.iteration, name, value: fixed4(step.params[name]) })}
      </h2>
      {halted && <p className="not-taken">{notTakenReason(halted)}</p>}
      <MathBlock {...symbolic} />
      <MathBlock {...substituted} />
      {/* Focusable: on a phone the table scrolls sideways, and keyboards must reach it. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('network.derivation.region')}>
        <table className="point-table">
          <caption>{t('network.derivation.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">x</th>
              <th scope="col">w1x + b1</th>
              <th scope="col">h1</th>
              <th scope="col">w2x + b2</th>
              <th scope="col">h2</th>
              <th scope="col">ŷ</th>
              <th scope="col">y</th>
              <th scope="col">{t('network.derivation.term', { name })}</th>
            </tr>
          </thead>
          <tbody>
            {forwards.slice(0, 12).map((f, i) => (
              <tr key={i}>
                <td>{fixed4(f.x)}</td>
                <td>{fixed4(f.z1)}</td>
                <td>{fixed4(f.h1)}</td>
                <td>{fixed4(f.z2)}</td>
                <td>{fixed4(f.h2)}</td>
                <td>{fixed4(f.yHat)}</td>
                <td>{fixed4(data[i]!.y)}</td>
                <td>{fixed4(perSample[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="results">
        <dt>{t('network.derivation.sum', { name })}</dt>
        <dd>
          {fixed4(check)} = {g}
        </dd>
        {trained ? (
          <>
            <dt>{t('scenario.derivation.stepSize')}</dt>
            <dd>
              {g} × {plain(step.learningRate)} = {hideAnswer ? t(HIDDEN) : fixed4(step.stepSizes[name])}
            </dd>
            <dt>{t('network.derivation.new', { name })}</dt>
            <dd>
              {hideAnswer
                ? t('scenario.derivation.newHidden', { value: fixed4(step.params[name]), hidden: t(HIDDEN) })
                : `${fixed4(step.params[name])} − ${factor(step.stepSizes[name]).text} = ${fixed4(step.newParams[name])}`}
            </dd>
          </>
        ) : (
          <>
            <dt>{t('network.derivation.step')}</dt>
            <dd>{t('network.derivation.fixed', { name })}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
