import { allFinite, type Data } from './point';
import { numpySum } from './numpySum';
import { epochSeed, mulberry32, shuffledIndices } from './random';
import { GROWTH_STEPS, type Outcome } from './training';

/**
 * Simple linear regression ŷ = w·x + b trained with MSE, as in the seed article
 * "Backpropagation in Simple Linear Regression".
 */
export interface LinregParams {
  readonly w: number;
  readonly b: number;
}

export type LinregMode = 'batch' | 'stochastic';

/** One epoch of training, named as the article's script prints it. */
export interface LinregStep {
  /** Counts from 0, as the script does. */
  readonly epoch: number;
  readonly w: number;
  readonly b: number;
  /** MSE of the predictions made before this epoch's update (the script prints it that way). */
  readonly loss: number;
  /** Batch: dL/dw at (w, b). Stochastic: the mean of the per-sample gradients applied this epoch. */
  readonly dw: number;
  readonly db: number;
  /** The rate this epoch used (it may change between epochs). */
  readonly learningRate: number;
  readonly newW: number;
  readonly newB: number;
}

export function mse(data: Data, params: LinregParams): number {
  return batchGradient(data, params).loss;
}

/** Per-sample chain rule for L = (y − ŷ)²: ∂L/∂ŷ = −2(y − ŷ), ∂ŷ/∂w = x, ∂ŷ/∂b = 1. */
export interface SampleGradient {
  readonly prediction: number;
  readonly residual: number;
  readonly loss: number;
  readonly dLdyhat: number;
  readonly dw: number;
  readonly db: number;
}

export function sampleGradient(params: LinregParams, x: number, y: number): SampleGradient {
  const prediction = params.w * x + params.b;
  const residual = y - prediction;
  const dLdyhat = -2 * residual;
  return { prediction, residual, loss: residual * residual, dLdyhat, dw: dLdyhat * x, db: dLdyhat };
}

/**
 * Batch gradients of the MSE: dw = −(2/m)Σxᵢ(yᵢ − ŷᵢ), db = −(2/m)Σ(yᵢ − ŷᵢ), and the MSE itself.
 * Each sum is taken over an array with numpy's summation order, exactly as the script's
 * `np.sum(X*(y - y_pred))` and `np.mean((y - y_pred)**2)`, so every printed digit matches.
 */
export function batchGradient(data: Data, params: LinregParams): { dw: number; db: number; loss: number } {
  const m = data.length;
  const residuals = new Float64Array(m);
  const xResiduals = new Float64Array(m);
  const squares = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const { x, y } = data[i]!;
    const r = y - (params.w * x + params.b);
    residuals[i] = r;
    xResiduals[i] = x * r;
    squares[i] = r * r;
  }
  return { dw: -(2 / m) * numpySum(xResiduals), db: -(2 / m) * numpySum(residuals), loss: numpySum(squares) / m };
}

export interface LinregSchedule {
  readonly learningRate: number;
  readonly mode: LinregMode;
  readonly seed: number;
}

export function stepLinreg(data: Data, params: LinregParams, schedule: LinregSchedule, epoch: number): LinregStep {
  const { w, b } = params;
  if (schedule.mode === 'batch') {
    const { dw, db, loss } = batchGradient(data, params);
    const { learningRate } = schedule;
    return { epoch, w, b, loss, dw, db, learningRate, newW: w - learningRate * dw, newB: b - learningRate * db };
  }
  const loss = mse(data, params);
  // Stochastic: one update per sample, in an order drawn from (seed, epoch).
  const order = shuffledIndices(data.length, mulberry32(epochSeed(schedule.seed, epoch)));
  let current: LinregParams = params;
  let sumDw = 0;
  let sumDb = 0;
  for (const i of order) {
    const { x, y } = data[i]!;
    const g = sampleGradient(current, x, y);
    sumDw += g.dw;
    sumDb += g.db;
    current = { w: current.w - schedule.learningRate * g.dw, b: current.b - schedule.learningRate * g.db };
  }
  const { learningRate } = schedule;
  return {
    epoch,
    w,
    b,
    loss,
    dw: sumDw / data.length,
    db: sumDb / data.length,
    learningRate,
    newW: current.w,
    newB: current.b,
  };
}

export function linregStepIsFinite(step: LinregStep): boolean {
  return allFinite([step.loss, step.dw, step.db, step.newW, step.newB]);
}

/**
 * Where a fresh batch run stops when its rule is "the parameters are at the minimum" (the
 * steps-to-converge sweep's, which runs sixty of these whenever a start changes): its length and
 * outcome, judged as training.ts's stepUntilStopped() judges the same steps (a property test holds
 * the two equal), but with no step records: the same arithmetic in arrays reused from epoch to
 * epoch, so a rate that never gets there costs its epochs and nothing more.
 */
export function linregRunToStop(
  data: Data,
  start: LinregParams,
  rate: number,
  epochs: number,
  atMinimum: (w: number, b: number) => boolean,
): { length: number; outcome: Outcome } {
  const m = data.length;
  const residuals = new Float64Array(m);
  const xResiduals = new Float64Array(m);
  const squares = new Float64Array(m);
  // The losses of the last GROWTH_STEPS + 1 epochs, newest first.
  const losses = new Float64Array(GROWTH_STEPS + 1);
  let { w, b } = start;
  for (let length = 0; length < epochs;) {
    for (let i = 0; i < m; i++) {
      const { x, y } = data[i]!;
      const r = y - (w * x + b);
      residuals[i] = r;
      xResiduals[i] = x * r;
      squares[i] = r * r;
    }
    const dw = -(2 / m) * numpySum(xResiduals);
    const db = -(2 / m) * numpySum(residuals);
    const loss = numpySum(squares) / m;
    const newW = w - rate * dw;
    const newB = b - rate * db;
    if (!allFinite([loss, dw, db, newW, newB]))
      return { length, outcome: { kind: 'diverging', why: 'nonfinite', rate } };
    length++;
    for (let k = GROWTH_STEPS; k > 0; k--) losses[k] = losses[k - 1]!;
    losses[0] = loss;
    if (atMinimum(newW, newB)) return { length, outcome: { kind: 'converged' } };
    if (length > GROWTH_STEPS) {
      let growing = true;
      for (let k = 0; k < GROWTH_STEPS && growing; k++) growing = losses[k]! > losses[k + 1]!;
      if (growing) return { length, outcome: { kind: 'diverging', why: 'growing', rate } };
    }
    w = newW;
    b = newB;
  }
  return { length: epochs, outcome: { kind: 'finished' } };
}

/** The minimum of the MSE (ordinary least squares); null when every x is the same (no unique line). */
export function leastSquares(data: Data): LinregParams | null {
  if (data.length === 0) return null;
  const { meanX, meanY, sxx, sxy } = lineMoments(data);
  if (sxx === 0) return null;
  const w = sxy / sxx;
  return { w, b: meanY - w * meanX };
}

/**
 * What the MSE of a line needs from the data, centred on the means so the sums stay exact for
 * data far from the origin: m, x̄, ȳ, Sxx = Σ(x − x̄)², Sxy = Σ(x − x̄)(y − ȳ), Syy = Σ(y − ȳ)².
 */
export interface LineMoments {
  readonly m: number;
  readonly meanX: number;
  readonly meanY: number;
  readonly sxx: number;
  readonly sxy: number;
  readonly syy: number;
}

export function lineMoments(data: Data): LineMoments {
  const m = data.length;
  let sumX = 0;
  let sumY = 0;
  for (const { x, y } of data) {
    sumX += x;
    sumY += y;
  }
  const meanX = m ? sumX / m : 0;
  const meanY = m ? sumY / m : 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const { x, y } of data) {
    const dx = x - meanX;
    const dy = y - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  return { m, meanX, meanY, sxx, sxy, syy };
}

/**
 * MSE(w, b) from the moments in O(1): the residual is (y − ȳ) − w(x − x̄) + c with c = ȳ − w·x̄ − b,
 * and the centred sums' cross terms vanish, so Σr² = Syy − 2w·Sxy + w²·Sxx + m·c².
 */
export function momentsMse(s: LineMoments, w: number, b: number): number {
  if (s.m === 0) return 0;
  const c = s.meanY - w * s.meanX - b;
  // Rounding can take a perfect fit a hair below zero; a loss is never negative.
  return Math.max(0, (s.syy - 2 * w * s.sxy + w * w * s.sxx) / s.m + c * c);
}

/**
 * Eigenvalues [λmin, λmax] of the MSE's Hessian (2/m)·[[Σx², Σx], [Σx, m]]: the curvatures of
 * the loss along its valley and across it. Batch gradient descent converges for learning rates
 * below 2/λmax and diverges above; λmax/λmin is how narrow the valley is.
 */
export function hessianEigenvalues(data: Data): [number, number] {
  const m = data.length;
  let sx = 0;
  let sxx = 0;
  for (const { x } of data) {
    sx += x;
    sxx += x * x;
  }
  const a = (2 / m) * sxx;
  const c = 2;
  const off = (2 / m) * sx;
  const mean = (a + c) / 2;
  const radius = Math.sqrt(((a - c) / 2) ** 2 + off * off);
  return [mean - radius, mean + radius];
}

export function hessianMaxEigenvalue(data: Data): number {
  return hessianEigenvalues(data)[1];
}
