import { evaluateGraph, lossAt, type Graph } from './graph';
import { evaluateExpression, type GraphExpression } from './graphExpression';
import { surfaceGraph } from './graphLoss';
import type { HyperParameters, OptimizerKind } from './optimizerKinds';
import { optimizerStep, type OptimizerState } from './optimizers';
import { epochSeed, mulberry32 } from './random';

/**
 * A point descending a surface f(x, y) (the loss-surface lab): every surface, ready-made or typed,
 * is a computational graph with parameters [x, y], so one reverse-mode engine gives each gradient.
 */
export type SurfaceId = 'bowl' | 'ravine' | 'rosenbrock' | 'himmelblau' | 'saddle' | 'custom';

const X: GraphExpression = { op: 'variable', name: 'x' };
const Y: GraphExpression = { op: 'variable', name: 'y' };
const c = (value: number): GraphExpression => ({ op: 'constant', value });
const add = (left: GraphExpression, right: GraphExpression): GraphExpression => ({ op: 'add', left, right });
const sub = (left: GraphExpression, right: GraphExpression): GraphExpression => ({ op: 'sub', left, right });
const mul = (left: GraphExpression, right: GraphExpression): GraphExpression => ({ op: 'mul', left, right });
const pow = (base: GraphExpression, exponent = 2): GraphExpression => ({ op: 'pow', base, exponent });

export interface ReadySurface {
  /** As the f(x, y) field shows it: the same tree parses back from it. */
  readonly text: string;
  readonly expression: GraphExpression;
  /** Every minimum, exactly where known (Himmelblau's three irrational ones to 6 decimals). */
  readonly minima: readonly (readonly [number, number])[];
  readonly minimumValue: number;
  readonly start: readonly [number, number];
}

const SQRT2 = Math.SQRT2;
export const READY_SURFACES: Readonly<Record<Exclude<SurfaceId, 'custom'>, ReadySurface>> = {
  bowl: { text: 'x^2 + y^2', expression: add(pow(X), pow(Y)), minima: [[0, 0]], minimumValue: 0, start: [1.5, 1.5] },
  ravine: {
    text: 'x^2 + 25*y^2',
    expression: add(pow(X), mul(c(25), pow(Y))),
    minima: [[0, 0]],
    minimumValue: 0,
    start: [-1.8, 0.4],
  },
  rosenbrock: {
    text: '(1 - x)^2 + 100*(y - x^2)^2',
    expression: add(pow(sub(c(1), X)), mul(c(100), pow(sub(Y, pow(X))))),
    minima: [[1, 1]],
    minimumValue: 0,
    start: [-1.5, 2],
  },
  himmelblau: {
    text: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    expression: add(pow(sub(add(pow(X), Y), c(11))), pow(sub(add(X, pow(Y)), c(7)))),
    minima: [
      [3, 2],
      [-2.805118, 3.131312],
      [-3.77931, -3.283186],
      [3.584428, -1.848126],
    ],
    minimumValue: 0,
    start: [0, 0],
  },
  saddle: {
    text: 'x^2 - y^2 + y^4/4',
    expression: add(sub(pow(X), pow(Y)), { op: 'div', left: pow(Y, 4), right: c(4) }),
    minima: [
      [0, SQRT2],
      [0, -SQRT2],
    ],
    minimumValue: -1,
    start: [1, 0],
  },
};

// One graph per formula tree (the settings keep trees immutable).
const graphs = new WeakMap<GraphExpression, Graph>();
export function surfaceGraphOf(expression: GraphExpression): Graph {
  let graph = graphs.get(expression);
  if (!graph) graphs.set(expression, (graph = surfaceGraph(expression)));
  return graph;
}

export const surfaceValue = (graph: Graph, x: number, y: number): number => lossAt(graph, [x, y]);

export function surfaceGradient(graph: Graph, x: number, y: number): [number, number] {
  const g = evaluateGraph(graph, [x, y]).parameterGradients;
  return [g[0]!, g[1]!];
}

/**
 * The Hessian's eigenvalues at (x, y), smallest first: central differences of the backpropagated
 * gradient (exact to ~1e-9 on these polynomials), symmetrised. Both positive: a minimum; of both
 * signs: a saddle.
 */
export function hessianEigenvalues(graph: Graph, x: number, y: number): [number, number] {
  const h = 1e-5 * Math.max(1, Math.abs(x), Math.abs(y));
  const [ax, ay] = surfaceGradient(graph, x + h, y);
  const [bx, by] = surfaceGradient(graph, x - h, y);
  const [cx, cy] = surfaceGradient(graph, x, y + h);
  const [dx, dy] = surfaceGradient(graph, x, y - h);
  const hxx = (ax - bx) / (2 * h);
  const hyy = (cy - dy) / (2 * h);
  const hxy = ((ay - by) / (2 * h) + (cx - dx) / (2 * h)) / 2;
  const mean = (hxx + hyy) / 2;
  const spread = Math.hypot((hxx - hyy) / 2, hxy);
  return [mean - spread, mean + spread];
}

/** Each step's Gaussian noise (Box–Muller), a function of (seed, step) only, so a replay repeats it. */
export function gradientNoise(sigma: number, seed: number, index: number): [number, number] {
  if (sigma === 0) return [0, 0];
  const random = mulberry32(epochSeed(seed, index));
  const r = Math.sqrt(-2 * Math.log(1 - random()));
  const angle = 2 * Math.PI * random();
  return [sigma * r * Math.cos(angle), sigma * r * Math.sin(angle)];
}

export interface SurfaceMethod {
  readonly optimizer: OptimizerKind;
  readonly hyper: HyperParameters;
  readonly noise: number;
  readonly seed: number;
}

export interface SurfaceStep {
  /** Counts from 1. */
  readonly iteration: number;
  readonly x: number;
  readonly y: number;
  readonly f: number;
  /** ∇f at (x, y), without noise. */
  readonly gradient: readonly [number, number];
  /** The noise this step's gradients got. */
  readonly noise: readonly [number, number];
  /** What the optimizer carried into this step, and out of it. */
  readonly state: OptimizerState;
  readonly after: OptimizerState;
  readonly newX: number;
  readonly newY: number;
  readonly learningRate: number;
}

export function stepSurface(
  graph: Graph,
  method: SurfaceMethod,
  point: readonly [number, number],
  state: OptimizerState,
  learningRate: number,
  index: number,
): SurfaceStep {
  const [x, y] = point;
  const noise = gradientNoise(method.noise, method.seed, index);
  const gradient = surfaceGradient(graph, x, y);
  // Nesterov's look-ahead gradient gets the same draw: one noisy gradient per step.
  const noisy = (p: readonly number[]) => {
    const g = p[0] === x && p[1] === y ? gradient : surfaceGradient(graph, p[0]!, p[1]!);
    return [g[0] + noise[0], g[1] + noise[1]];
  };
  const update = optimizerStep(method.optimizer, learningRate, method.hyper, state, point, noisy);
  return {
    iteration: index + 1,
    x,
    y,
    f: surfaceValue(graph, x, y),
    gradient,
    noise,
    state,
    after: update.state,
    newX: update.params[0]!,
    newY: update.params[1]!,
    learningRate,
  };
}

/** Beyond this the point has left every map: counted as diverged, as an overflow is. */
export const SURFACE_BOUND = 1e6;

export function surfaceStepIsFinite(step: SurfaceStep): boolean {
  return (
    Number.isFinite(step.f) &&
    Number.isFinite(step.gradient[0]) &&
    Number.isFinite(step.gradient[1]) &&
    Math.abs(step.newX) < SURFACE_BOUND &&
    Math.abs(step.newY) < SURFACE_BOUND
  );
}

export const gradientLength = (step: SurfaceStep): number => Math.hypot(step.gradient[0], step.gradient[1]);

/**
 * f on a grid of cell centres, less its lowest value there (plus a hair, so every level is
 * positive for the log-spaced contours): a saddle's negative values draw too.
 */
export function surfaceGrid(
  expression: GraphExpression,
  xDomain: readonly [number, number],
  yDomain: readonly [number, number],
  n: number,
): { values: number[]; lowest: number } {
  const values: number[] = new Array(n * n);
  // A plain walk of the formula with one bindings object: no graph arrays per cell (4,096 cells).
  const at = { x: 0, y: 0 };
  let lowest = Infinity;
  let highest = -Infinity;
  for (let j = 0; j < n; j++) {
    at.y = yDomain[0] + ((j + 0.5) / n) * (yDomain[1] - yDomain[0]);
    for (let i = 0; i < n; i++) {
      at.x = xDomain[0] + ((i + 0.5) / n) * (xDomain[1] - xDomain[0]);
      const v = evaluateExpression(expression, at);
      values[i + j * n] = v;
      if (v < lowest) lowest = v;
      if (v > highest && v < Infinity) highest = v;
    }
  }
  if (!(lowest > -Infinity)) lowest = 0;
  const hair = Math.max(1e-12, (highest - lowest) * 1e-6);
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    // A cell where f is not finite (log of a negative) is left out of every band.
    values[k] = Number.isFinite(v) ? v - lowest + hair : NaN;
  }
  return { values, lowest };
}
