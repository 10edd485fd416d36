import type { BiasStep } from '../../../engine/bias';
import type { Data } from '../../../engine/point';
import type { Outcome } from '../../../engine/training';
import { HIDDEN_ANSWER as HIDDEN, notTakenReason } from '../../scenario';
import { fixed4, plain } from '../../../format/number';
import { useT } from '../../../components/common/useT';
import { factor, sumOfTerms } from '../../../components/math/formula';
import { MathBlock } from '../../../components/math/MathBlock';

const SYMBOLIC = {
  tex: String.raw`\frac{d\,\mathrm{SSR}}{d b_3} = \sum_{i=1}^{n} \frac{d\,\mathrm{SSR}}{d\hat y_i}\cdot\frac{d\hat y_i}{d b_3} = \sum_{i=1}^{n} -2\,(y_i - \hat y_i)\cdot 1`,
  text: 'dSSR/db3 = Σ dSSR/dŷᵢ · dŷᵢ/db3 = Σ −2(yᵢ − ŷᵢ)·1',
};

interface BiasDerivationProps {
  /** The step Step takes next, from the current b3. */
  readonly step: BiasStep;
  readonly data: Data;
  /** Why that step will not be taken, when the run has stopped. */
  readonly halted: Outcome | null;
  /** Predict mode is on: the step size and the new b3 stay hidden until the reveal. */
  readonly hideAnswer: boolean;
}

/**
 * The chain rule for dSSR/db3 of the next step, symbolic and then with the current numbers. The
 * view renders it memoised: it re-renders only when its (calmed) step changes.
 */
export function BiasDerivation({ step, data, halted, hideAnswer }: BiasDerivationProps) {
  const t = useT();
  const terms = data.map((p, i) => {
    const yHat = factor(step.predictions[i]!);
    const y = fixed4(p.y);
    return { tex: `-2\\times(${y} - ${yHat.tex})\\times 1`, text: `−2×(${y} − ${yHat.text})×1` };
  });
  const sum = sumOfTerms(terms);
  const g = fixed4(step.gradient);
  const substituted = {
    tex: `\\frac{d\\,\\mathrm{SSR}}{d b_3} = ${sum.tex} = ${g}`,
    text: `dSSR/db3 = ${sum.text} = ${g}`,
  };

  return (
    <section className="panel derivation" aria-labelledby="derivation-heading" data-lesson-target="chain-rule">
      <h2 id="derivation-heading">
        {t('bias.derivation.heading', { iteration: step.iteration, b3: fixed4(step.b3) })}
      </h2>
      {halted && <p className="not-taken">{notTakenReason(halted)}</p>}
      <MathBlock {...SYMBOLIC} />
      <MathBlock {...substituted} />
      {/* Focusable: on a phone the table scrolls sideways, and keyboards must reach it. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('bias.derivation.region')}>
        <table className="point-table">
          <caption>{t('bias.derivation.caption', { b3: fixed4(step.b3) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bias.derivation.dosage')}</th>
              <th scope="col">{t('bias.derivation.efficacy')}</th>
              <th scope="col">{t('bias.derivation.predicted')}</th>
              <th scope="col">{t('bias.derivation.residual')}</th>
            </tr>
          </thead>
          <tbody>
            {data.slice(0, 12).map((p, i) => (
              <tr key={i}>
                <td>{fixed4(p.x)}</td>
                <td>{fixed4(p.y)}</td>
                <td>{fixed4(step.predictions[i]!)}</td>
                <td>{fixed4(step.residuals[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="results">
        <dt>SSR</dt>
        <dd>{fixed4(step.ssr)}</dd>
        <dt>{t('bias.derivation.gradient')}</dt>
        <dd>{g}</dd>
        <dt>{t('scenario.derivation.stepSize')}</dt>
        <dd>
          {g} × {plain(step.learningRate)} = {hideAnswer ? t(HIDDEN) : fixed4(step.stepSize)}
        </dd>
        <dt>{t('bias.derivation.newB3')}</dt>
        <dd>
          {hideAnswer
            ? t('scenario.derivation.newHidden', { value: fixed4(step.b3), hidden: t(HIDDEN) })
            : `${fixed4(step.b3)} − ${factor(step.stepSize).text} = ${fixed4(step.newB3)}`}
        </dd>
      </dl>
    </section>
  );
}
