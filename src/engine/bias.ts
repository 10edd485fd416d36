import { hiddenSum, STATQUEST_WEIGHTS, type NetworkWeights } from './statquestNetwork';
import { allFinite, type Data } from './point';
import { GROWTH_STEPS, READY, type Outcome } from './training';

/** One iteration of gradient descent on b3, with everything the page shows about it. */
export interface BiasStep {
  /** Counts from 1, as the video does. */
  readonly iteration: number;
  readonly b3: number;
  /** ŷᵢ for each data point, at this iteration's b3. */
  readonly predictions: readonly number[];
  /** yᵢ − ŷᵢ. */
  readonly residuals: readonly number[];
  readonly ssr: number;
  /** dSSR/db3 = Σ −2(yᵢ − ŷᵢ)·1 */
  readonly gradient: number;
  /** The rate this step used (it may change between steps). */
  readonly learningRate: number;
  /** gradient × learning rate */
  readonly stepSize: number;
  /** b3 − step size */
  readonly newB3: number;
}

export interface BiasProblem {
  readonly data: Data;
  readonly weights: NetworkWeights;
  /**
   * hiddenSum(xᵢ) for each point. Only b3 trains, so the hidden layer's contribution to each
   * prediction is a constant: computing it once makes a step n additions instead of 2n softplus.
   */
  readonly hidden: readonly number[];
}

export function biasProblem(data: Data, weights: NetworkWeights = STATQUEST_WEIGHTS): BiasProblem {
  return { data, weights, hidden: data.map(({ x }) => hiddenSum(weights, x)) };
}

/** SSR(b3) = Σ (yᵢ − ŷᵢ)²: the curve the SSR chart draws. */
export function ssrAt(problem: BiasProblem, b3: number): number {
  const { data, hidden } = problem;
  let ssr = 0;
  for (let i = 0; i < data.length; i++) {
    const r = data[i]!.y - (hidden[i]! + b3);
    ssr += r * r;
  }
  return ssr;
}

/** dSSR/db3 at any b3 (the tangent's slope). */
export function ssrGradientAt(problem: BiasProblem, b3: number): number {
  const { data, hidden } = problem;
  let gradient = 0;
  for (let i = 0; i < data.length; i++) gradient += -2 * (data[i]!.y - (hidden[i]! + b3));
  return gradient;
}

/**
 * The b3 where dSSR/db3 = 0. SSR is a parabola in b3 (ŷ is b3 plus a constant per point), so the
 * minimum has a closed form: the mean of yᵢ − hiddenSum(xᵢ).
 */
export function optimalB3(problem: BiasProblem): number {
  const { data, hidden } = problem;
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += data[i]!.y - hidden[i]!;
  return sum / data.length;
}

/** SSR''(b3) = 2n: fixes which learning rates converge (see learningRateBands). */
export function ssrCurvature(problem: BiasProblem): number {
  return 2 * problem.data.length;
}

export function stepBias(problem: BiasProblem, b3: number, learningRate: number, iteration: number): BiasStep {
  const { data, hidden } = problem;
  const n = data.length;
  const predictions = new Array<number>(n);
  const residuals = new Array<number>(n);
  let ssr = 0;
  let gradient = 0;
  for (let i = 0; i < n; i++) {
    const prediction = hidden[i]! + b3;
    const residual = data[i]!.y - prediction;
    predictions[i] = prediction;
    residuals[i] = residual;
    ssr += residual * residual;
    // dSSR/dŷᵢ = −2(yᵢ − ŷᵢ) and dŷᵢ/db3 = 1.
    gradient += -2 * residual * 1;
  }
  const stepSize = gradient * learningRate;
  return { iteration, b3, predictions, residuals, ssr, gradient, learningRate, stepSize, newB3: b3 - stepSize };
}

export function biasStepIsFinite(step: BiasStep): boolean {
  return allFinite([step.ssr, step.gradient, step.stepSize, step.newB3]) && allFinite(step.predictions);
}

/**
 * Where a fresh run from `start` at `rate` stops by the bias scenario's rules, with stepBias's
 * arithmetic in the same order but keeping only numbers: no step record or array per step, so a
 * steps-to-converge sweep (sixty runs of up to `budget` steps) costs microseconds even before the
 * JIT has warmed up. The rules, as the generic loop applies them (training.ts): a step with a
 * non-finite value is not taken; StatQuest's rule (|step size| < minStep) stops it at the minimum
 * (within `tolerance`) or short of it; SSR growing on GROWTH_STEPS steps in a row is diverging;
 * then the budget.
 */
export function biasRunToStop(
  problem: BiasProblem,
  start: number,
  rate: number,
  budget: number,
  minStep: number,
  tolerance: number,
): { length: number; outcome: Outcome } {
  const { data, hidden } = problem;
  const n = data.length;
  // The SSRs of the last GROWTH_STEPS + 1 steps, newest first.
  const losses = new Float64Array(GROWTH_STEPS + 1);
  let b3 = start;
  for (let length = 0; length < budget;) {
    let ssr = 0;
    let gradient = 0;
    let finite = true;
    for (let i = 0; i < n; i++) {
      const prediction = hidden[i]! + b3;
      const residual = data[i]!.y - prediction;
      if (!Number.isFinite(prediction)) finite = false;
      ssr += residual * residual;
      gradient += -2 * residual * 1;
    }
    const stepSize = gradient * rate;
    const newB3 = b3 - stepSize;
    if (!(
      finite &&
      Number.isFinite(ssr) &&
      Number.isFinite(gradient) &&
      Number.isFinite(stepSize) &&
      Number.isFinite(newB3)
    )) {
      return { length, outcome: { kind: 'diverging', why: 'nonfinite', rate } };
    }
    length++;
    for (let k = GROWTH_STEPS; k > 0; k--) losses[k] = losses[k - 1]!;
    losses[0] = ssr;
    if (Math.abs(stepSize) < minStep) {
      return {
        length,
        outcome:
          Math.abs(newB3 - optimalB3(problem)) <= tolerance
            ? { kind: 'converged' }
            : { kind: 'stopped', why: 'settled' },
      };
    }
    let growing = length > GROWTH_STEPS;
    for (let k = 0; k < GROWTH_STEPS && growing; k++) growing = losses[k]! > losses[k + 1]!;
    if (growing) return { length, outcome: { kind: 'diverging', why: 'growing', rate } };
    if (length >= budget) return { length, outcome: { kind: 'stopped', why: 'budget' } };
    b3 = newB3;
  }
  return { length: 0, outcome: READY };
}
