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

/**
 * One update, named as the article's script prints it: with full batches an update is an epoch;
 * with mini-batches an epoch is `batches` updates, each on the next slice of a shuffled order.
 */
export interface LinregStep {
  /** The update's number in the run, from 0. */
  readonly iteration: number;
  /** Counts from 0, as the script does. */
  readonly epoch: number;
  /** The batch within the epoch, from 1, of `batches` (1 of 1 with full batches). */
  readonly batch: number;
  readonly batches: number;
  /** Samples in this batch (the last batch of an epoch may be smaller). */
  readonly size: number;
  readonly w: number;
  readonly b: number;
  /** MSE over this update's batch before the update (the script prints it that way). */
  readonly loss: number;
  /** MSE over all the data before the update: the same as `loss` with full batches. */
  readonly fullLoss: number;
  /** dL/dw and dL/db of the batch's MSE at (w, b). */
  readonly dw: number;
  readonly db: number;
  /** The rate this update used (it may change between epochs). */
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

/** Scratch arrays for the batch sums, grown as needed: allocating three per epoch cost 90% of a 100,000-point epoch. */
let scratch = { residuals: new Float64Array(0), xResiduals: new Float64Array(0), squares: new Float64Array(0) };
function scratchFor(m: number) {
  if (scratch.residuals.length < m) {
    scratch = { residuals: new Float64Array(m), xResiduals: new Float64Array(m), squares: new Float64Array(m) };
  }
  return scratch;
}

/**
 * Batch gradients of the MSE: dw = −(2/m)Σxᵢ(yᵢ − ŷᵢ), db = −(2/m)Σ(yᵢ − ŷᵢ), and the MSE itself.
 * Each sum is taken over an array with numpy's summation order, exactly as the script's
 * `np.sum(X*(y - y_pred))` and `np.mean((y - y_pred)**2)`, so every printed digit matches.
 */
export function batchGradient(data: Data, params: LinregParams): { dw: number; db: number; loss: number } {
  return sliceGradient(data, params, null, 0, data.length);
}

/**
 * batchGradient over `size` samples: data[order[from]], data[order[from + 1]]… (a mini-batch of a
 * shuffled epoch), or the first `size` points in their own order when `order` is null.
 */
function sliceGradient(
  data: Data,
  params: LinregParams,
  order: Uint32Array | null,
  from: number,
  size: number,
): { dw: number; db: number; loss: number } {
  const { residuals, xResiduals, squares } = scratchFor(size);
  for (let i = 0; i < size; i++) {
    const { x, y } = data[order ? order[from + i]! : i]!;
    const r = y - (params.w * x + params.b);
    residuals[i] = r;
    xResiduals[i] = x * r;
    squares[i] = r * r;
  }
  return {
    dw: -(2 / size) * numpySum(xResiduals, size),
    db: -(2 / size) * numpySum(residuals, size),
    loss: numpySum(squares, size) / size,
  };
}

export interface LinregSchedule {
  readonly learningRate: number;
  /** Samples per update; the data's size or more means full batches (the article's). */
  readonly batchSize: number;
  /** Seeds each epoch's shuffle when the batches are smaller than the data. */
  readonly seed: number;
  /**
   * 'moments': a full batch's sums from the data's centred moments, O(1) instead of one pass; equal
   * to numpy's to rounding. For forecasts and sweeps over a whole table, never for the run itself.
   */
  readonly sums?: 'numpy' | 'moments';
}

/** Updates in an epoch: one with full batches, else ⌈m / batch size⌉. */
export function batchesPerEpoch(m: number, batchSize: number): number {
  return m > 0 && batchSize < m ? Math.ceil(m / Math.max(1, Math.floor(batchSize))) : 1;
}

/**
 * Above this many points the lean runs (a forecast of up to 3000 epochs at each rate a drag
 * passes, a sweep of sixty rates) take a full batch's sums from the data's centred moments, O(1)
 * an epoch: at 100,000 points one numpy-order pass costs about 0.5 ms, which those could not
 * afford. The run itself always sums in numpy's order, so its numbers are numpy's bit for bit.
 */
export const EXACT_SUMS_UP_TO = 200;

const momentsCache = new WeakMap<Data, LineMoments>();
/** The data's moments, once per data array (the store keeps them immutable). */
export function momentsOf(data: Data): LineMoments {
  let moments = momentsCache.get(data);
  if (!moments) momentsCache.set(data, (moments = lineMoments(data)));
  return moments;
}

/** The full batch's gradient and MSE at (w, b) from the moments: Σr = m·c, Σx·r = Sxy − w·Sxx + m·x̄·c. */
export function momentsGradient(s: LineMoments, params: LinregParams): { dw: number; db: number; loss: number } {
  const { w, b } = params;
  const c = s.meanY - w * s.meanX - b;
  return { dw: -(2 / s.m) * (s.sxy - w * s.sxx) - 2 * s.meanX * c, db: -2 * c, loss: momentsMse(s, w, b) };
}

/** The full batch's gradient and loss, cheaply: numpy's sums for the sizes a student edits, the moments above. */
export function fullGradient(data: Data, params: LinregParams): { dw: number; db: number; loss: number } {
  return data.length > EXACT_SUMS_UP_TO ? momentsGradient(momentsOf(data), params) : batchGradient(data, params);
}

/** The last epoch's shuffled order per data array: a mini-batch step replays from it. */
const orders = new WeakMap<Data, { key: string; order: Uint32Array }>();
/** Epoch `epoch`'s order of the samples, drawn from (seed, epoch) alone, so any step replays alike. */
export function epochOrder(data: Data, seed: number, epoch: number): Uint32Array {
  const key = `${seed}:${epoch}`;
  const cached = orders.get(data);
  if (cached?.key === key) return cached.order;
  const order = Uint32Array.from(shuffledIndices(data.length, mulberry32(epochSeed(seed, epoch))));
  orders.set(data, { key, order });
  return order;
}

/**
 * Update `iteration` of a run from (w, b). Full batches (batch size ≥ m): the article's epoch.
 * Mini-batches: epoch e's order is shuffled from (seed, e) and cut into slices of the batch size;
 * the update descends the MSE of its slice, with sums in numpy's order over the slice.
 */
export function stepLinreg(data: Data, params: LinregParams, schedule: LinregSchedule, iteration: number): LinregStep {
  const { w, b } = params;
  const { learningRate } = schedule;
  const m = data.length;
  const batches = batchesPerEpoch(m, schedule.batchSize);
  if (batches === 1) {
    const { dw, db, loss } =
      schedule.sums === 'moments' ? momentsGradient(momentsOf(data), params) : batchGradient(data, params);
    return {
      iteration,
      epoch: iteration,
      batch: 1,
      batches,
      size: m,
      w,
      b,
      loss,
      fullLoss: loss,
      dw,
      db,
      learningRate,
      newW: w - learningRate * dw,
      newB: b - learningRate * db,
    };
  }
  const epoch = Math.floor(iteration / batches);
  const k = iteration - epoch * batches;
  const per = Math.floor(schedule.batchSize);
  const order = epochOrder(data, schedule.seed, epoch);
  const from = k * per;
  const size = Math.min(m, from + per) - from;
  const { dw, db, loss } = sliceGradient(data, params, order, from, size);
  return {
    iteration,
    epoch,
    batch: k + 1,
    batches,
    size,
    w,
    b,
    loss,
    fullLoss: momentsMse(momentsOf(data), w, b),
    dw,
    db,
    learningRate,
    newW: w - learningRate * dw,
    newB: b - learningRate * db,
  };
}

export function linregStepIsFinite(step: LinregStep): boolean {
  return allFinite([step.loss, step.fullLoss, step.dw, step.db, step.newW, step.newB]);
}

/**
 * Where a fresh batch run stops when its rule is "the parameters are at the minimum" (the
 * steps-to-converge sweep's, which runs sixty of these whenever a start changes): its length and
 * outcome, judged as training.ts's stepUntilStopped() judges the same steps (a property test holds
 * the two equal), but with no step records: fullGradient's sums (numpy's in reused arrays, or the
 * moments over a whole table), so a rate that never gets there costs its epochs and nothing more.
 */
export function linregRunToStop(
  data: Data,
  start: LinregParams,
  rate: number,
  epochs: number,
  atMinimum: (w: number, b: number) => boolean,
): { length: number; outcome: Outcome } {
  // The losses of the last GROWTH_STEPS + 1 epochs, newest first.
  const losses = new Float64Array(GROWTH_STEPS + 1);
  let { w, b } = start;
  for (let length = 0; length < epochs;) {
    const { dw, db, loss } = fullGradient(data, { w, b });
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
const eigenvalues = new WeakMap<Data, [number, number]>();
export function hessianEigenvalues(data: Data): [number, number] {
  let found = eigenvalues.get(data);
  if (!found) eigenvalues.set(data, (found = eigenvaluesOf(data)));
  return found;
}

function eigenvaluesOf(data: Data): [number, number] {
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
