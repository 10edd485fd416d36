import { evaluateGraph, type Graph, type ReadonlyNumbers } from './graph';

/**
 * One gradient-descent step of a typed model ŷ = f(x, parameters) on its squared-error loss: the
 * gradient comes from the loss's computational graph (reverse-mode, graph.ts), every parameter
 * moves together. Parameters are in graph.parameters order.
 */
export interface ModelStep {
  /** Counts from 1, as the bias and network scenarios' iterations do. */
  readonly iteration: number;
  readonly params: ReadonlyNumbers;
  /** The loss (SSR or MSE) at params, before the update. */
  readonly loss: number;
  /** ∂loss/∂parameter at params. */
  readonly gradient: ReadonlyNumbers;
  /** gradient × learning rate, for each parameter. */
  readonly stepSizes: ReadonlyNumbers;
  readonly newParams: ReadonlyNumbers;
  readonly learningRate: number;
}

export function stepModel(graph: Graph, params: ArrayLike<number>, learningRate: number, iteration: number): ModelStep {
  const evaluation = evaluateGraph(graph, params);
  const gradient = evaluation.parameterGradients;
  const n = graph.parameters.length;
  const stepSizes = new Float64Array(n);
  const newParams = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    stepSizes[i] = gradient[i]! * learningRate;
    newParams[i] = params[i]! - stepSizes[i]!;
  }
  return {
    iteration,
    params: Float64Array.from(params),
    loss: evaluation.loss,
    gradient,
    stepSizes,
    newParams,
    learningRate,
  };
}

export function modelStepIsFinite(step: ModelStep): boolean {
  if (!Number.isFinite(step.loss)) return false;
  for (let i = 0; i < step.newParams.length; i++) {
    if (!Number.isFinite(step.newParams[i]!) || !Number.isFinite(step.gradient[i]!)) return false;
  }
  return true;
}

/** The gradient's length. */
export function gradientNorm(step: ModelStep): number {
  let sum = 0;
  for (let i = 0; i < step.gradient.length; i++) sum += step.gradient[i]! ** 2;
  return Math.sqrt(sum);
}

/**
 * The largest curvature (|eigenvalue| of the Hessian) of the loss at `params`: the Hessian by
 * central differences of the backpropagated gradient, symmetrised, then power iteration. Gradient
 * descent on a quadratic diverges for rates above 2/λmax; for a model that is not linear in its
 * parameters this holds only near `params`.
 */
export function curvatureAt(graph: Graph, params: ArrayLike<number>): number {
  const n = graph.parameters.length;
  if (n === 0) return 0;
  const hessian = Array.from({ length: n }, () => new Float64Array(n));
  const moved = Float64Array.from(params);
  for (let i = 0; i < n; i++) {
    const h = 1e-5 * Math.max(1, Math.abs(params[i]!));
    moved[i] = params[i]! + h;
    const plus = evaluateGraph(graph, moved).parameterGradients;
    moved[i] = params[i]! - h;
    const minus = evaluateGraph(graph, moved).parameterGradients;
    moved[i] = params[i]!;
    for (let j = 0; j < n; j++) hessian[i]![j] = (plus[j]! - minus[j]!) / (2 * h);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) hessian[i]![j] = hessian[j]![i] = (hessian[i]![j]! + hessian[j]![i]!) / 2;
  }
  // Power iteration from a unit vector with a share of every direction.
  let v = Float64Array.from({ length: n }, (_, i) => 1 + i / (2 * n));
  v = v.map((x) => x / Math.hypot(...v));
  let lambda = 0;
  for (let k = 0; k < 200; k++) {
    const hv = new Float64Array(n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) hv[i]! += hessian[i]![j]! * v[j]!;
    const norm = Math.hypot(...hv);
    if (!Number.isFinite(norm)) return Infinity;
    if (!(norm > 0)) return 0;
    // The Rayleigh quotient vᵀHv of the unit vector v.
    const rayleigh = hv.reduce((sum, x, i) => sum + x * v[i]!, 0);
    v = hv.map((x) => x / norm);
    const settled = Math.abs(Math.abs(rayleigh) - Math.abs(lambda)) <= 1e-12 * Math.abs(rayleigh);
    lambda = rayleigh;
    if (settled) break;
  }
  return Math.abs(lambda);
}
