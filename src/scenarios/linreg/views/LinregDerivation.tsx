import { useId } from 'react';
import { sampleGradient, type LinregStep } from '../../../engine/linreg';
import type { Data } from '../../../engine/point';
import type { Outcome } from '../../../engine/training';
import { HIDDEN_ANSWER as HIDDEN, notTakenReason } from '../../scenario';
import { fixed4, plain } from '../../../format/number';
import { useT } from '../../../components/common/useT';
import { factor } from '../../../components/math/formula';
import { MathBlock } from '../../../components/math/MathBlock';

interface LinregDerivationProps {
  /** The epoch Step runs next, from the current w and b. */
  readonly step: LinregStep;
  readonly data: Data;
  /** Why that epoch will not run, when the run has stopped. */
  readonly halted: Outcome | null;
  /** Predict mode is on: the new w and b stay hidden until the reveal. */
  readonly hideAnswer: boolean;
  /** The sample picked on the chart, if any; the select below can change it. */
  readonly sample: number;
  onSample(index: number): void;
}

const CHAIN = {
  tex: String.raw`L = (y - \hat y)^2,\quad \hat y = w x + b,\qquad \frac{\partial L}{\partial w} = \frac{\partial L}{\partial \hat y}\cdot\frac{\partial \hat y}{\partial w} = -2(y-\hat y)\,x,\qquad \frac{\partial L}{\partial b} = \frac{\partial L}{\partial \hat y}\cdot\frac{\partial \hat y}{\partial b} = -2(y-\hat y)\cdot 1`,
  text: 'L = (y − ŷ)², ŷ = wx + b; ∂L/∂w = ∂L/∂ŷ · ∂ŷ/∂w = −2(y − ŷ)x; ∂L/∂b = ∂L/∂ŷ · ∂ŷ/∂b = −2(y − ŷ)·1',
};

/** Options the sample select lists at most: a whole table would make a select no one can use. */
const LISTED_SAMPLES = 200;

const MINI_BATCH = {
  tex: String.raw`\frac{dL_B}{dw} = -\frac{2}{|B|}\sum_{i \in B} x_i\,(y_i-\hat y_i),\qquad \frac{dL_B}{db} = -\frac{2}{|B|}\sum_{i \in B}(y_i-\hat y_i)`,
  text: 'dL_B/dw = −(2/|B|) Σ_{i∈B} xᵢ(yᵢ − ŷᵢ); dL_B/db = −(2/|B|) Σ_{i∈B} (yᵢ − ŷᵢ)',
};

const BATCH = {
  tex: String.raw`\frac{dL}{dw} = \frac{1}{m}\sum_{i=1}^{m}\frac{\partial L_i}{\partial w} = -\frac{2}{m}\sum_{i=1}^{m} x_i\,(y_i-\hat y_i),\qquad \frac{dL}{db} = -\frac{2}{m}\sum_{i=1}^{m}(y_i-\hat y_i)`,
  text: 'dL/dw = (1/m) Σ ∂Lᵢ/∂w = −(2/m) Σ xᵢ(yᵢ − ŷᵢ); dL/db = −(2/m) Σ (yᵢ − ŷᵢ)',
};

/**
 * The chain rule for one sample with this epoch's numbers, then how the batch averages them.
 * The view renders it memoised: it re-renders when its (calmed) step or the chosen sample changes.
 */
export function LinregDerivation({ step, data, halted, hideAnswer, sample, onSample }: LinregDerivationProps) {
  const t = useT();
  const id = useId();
  const index = Math.min(sample, data.length - 1);
  const point = data[index]!;
  const g = sampleGradient({ w: step.w, b: step.b }, point.x, point.y);
  const [x, y, yHat] = [fixed4(point.x), fixed4(point.y), factor(g.prediction)];
  const m = data.length;
  const mini = step.batches > 1;

  return (
    <section className="panel derivation" aria-labelledby={`${id}-heading`} data-lesson-target="chain-rule">
      <h2 id={`${id}-heading`}>
        {mini
          ? t('linreg.derivation.batchOf', {
              epoch: step.epoch,
              batch: step.batch,
              batches: step.batches,
              w: fixed4(step.w),
              b: fixed4(step.b),
            })
          : t('linreg.derivation.heading', { epoch: step.epoch, w: fixed4(step.w), b: fixed4(step.b) })}
      </h2>
      {halted && <p className="not-taken">{notTakenReason(halted)}</p>}
      <div className="field inline">
        <label htmlFor={`${id}-sample`}>{t('linreg.derivation.sample')}</label>
        <select id={`${id}-sample`} value={index} onChange={(e) => onSample(Number(e.target.value))}>
          {data.slice(0, Math.max(LISTED_SAMPLES, index + 1)).map((p, i) => (
            <option key={i} value={i}>
              {t('linreg.derivation.sampleOption', { n: i + 1, x: fixed4(p.x), y: fixed4(p.y) })}
            </option>
          ))}
        </select>
      </div>
      <MathBlock {...CHAIN} />
      <dl className="results">
        <dt>{t('linreg.derivation.prediction')}</dt>
        <dd>
          {fixed4(step.w)} × {x} + {factor(step.b).text} = {fixed4(g.prediction)}
        </dd>
        <dt>∂L/∂ŷ = −2(y − ŷ)</dt>
        <dd>
          −2 × ({y} − {yHat.text}) = {fixed4(g.dLdyhat)}
        </dd>
        <dt>∂ŷ/∂w = x, ∂ŷ/∂b = 1</dt>
        <dd>{x}, 1</dd>
        <dt>∂L/∂w = ∂L/∂ŷ · x</dt>
        <dd>
          {factor(g.dLdyhat).text} × {x} = {fixed4(g.dw)}
        </dd>
        <dt>∂L/∂b = ∂L/∂ŷ · 1</dt>
        <dd>
          {factor(g.dLdyhat).text} × 1 = {fixed4(g.db)}
        </dd>
      </dl>
      {mini ? (
        <>
          <h3>{t('linreg.derivation.miniHeading', { size: step.size })}</h3>
          <p className="field-hint">{t('linreg.derivation.miniHint', { count: m })}</p>
        </>
      ) : (
        <h3>{t('linreg.derivation.batchHeading', { count: m })}</h3>
      )}
      <MathBlock {...(mini ? MINI_BATCH : BATCH)} />
      <dl className="results">
        <dt>dL/dw</dt>
        <dd>{fixed4(step.dw)}</dd>
        <dt>dL/db</dt>
        <dd>{fixed4(step.db)}</dd>
        <dt>{t('linreg.derivation.newW')}</dt>
        <dd>
          {fixed4(step.w)} − {plain(step.learningRate)} × {factor(step.dw).text} ={' '}
          {hideAnswer ? t(HIDDEN) : fixed4(step.newW)}
        </dd>
        <dt>{t('linreg.derivation.newB')}</dt>
        <dd>
          {fixed4(step.b)} − {plain(step.learningRate)} × {factor(step.db).text} ={' '}
          {hideAnswer ? t(HIDDEN) : fixed4(step.newB)}
        </dd>
      </dl>
    </section>
  );
}
