import { logistic, softplus } from './softplus';
import { STATQUEST_WEIGHTS } from './statquestNetwork';
import { allFinite, type Data } from './point';
import { mulberry32 } from './random';

/**
 * Backpropagation through the whole StatQuest network: two softplus hidden nodes, seven
 * parameters. ŷ = w3·softplus(w1·x + b1) + w4·softplus(w2·x + b2) + b3.
 */
export const PARAMETERS = ['w1', 'b1', 'w2', 'b2', 'w3', 'w4', 'b3'] as const;
export type Parameter = (typeof PARAMETERS)[number];
export type NetworkParams = Readonly<Record<Parameter, number>>;

/** StatQuest's values, with b3 at 0 as the video starts it. */
export const STATQUEST_PARAMS: NetworkParams = { ...STATQUEST_WEIGHTS, b3: 0 };

/** Everything the forward pass computes for one sample (the diagram's hover values). */
export interface Forward {
  readonly x: number;
  /** Hidden pre-activations and activations. */
  readonly z1: number;
  readonly h1: number;
  readonly z2: number;
  readonly h2: number;
  readonly yHat: number;
}

export function forward(p: NetworkParams, x: number): Forward {
  const z1 = p.w1 * x + p.b1;
  const z2 = p.w2 * x + p.b2;
  const h1 = softplus(z1);
  const h2 = softplus(z2);
  // Same grouping as the bias scenario's hidden sum + b3, so "b3 only" matches it bit for bit.
  return { x, z1, h1, z2, h2, yHat: p.w3 * h1 + p.w4 * h2 + p.b3 };
}

/**
 * The chain rule for each parameter, per sample, with dSSR/dŷᵢ = −2(yᵢ − ŷᵢ):
 *   ∂/∂b3 = dSSR/dŷ · 1            ∂/∂w3 = dSSR/dŷ · h1          ∂/∂w4 = dSSR/dŷ · h2
 *   ∂/∂w1 = dSSR/dŷ · w3 · σ(z1) · x   ∂/∂b1 = dSSR/dŷ · w3 · σ(z1) · 1   (σ = softplus' = logistic)
 *   ∂/∂w2 = dSSR/dŷ · w4 · σ(z2) · x   ∂/∂b2 = dSSR/dŷ · w4 · σ(z2) · 1
 */
export function sampleTerms(p: NetworkParams, f: Forward, y: number): Record<Parameter, number> {
  const outer = -2 * (y - f.yHat);
  const s1 = logistic(f.z1);
  const s2 = logistic(f.z2);
  return {
    w1: outer * p.w3 * s1 * f.x,
    b1: outer * p.w3 * s1 * 1,
    w2: outer * p.w4 * s2 * f.x,
    b2: outer * p.w4 * s2 * 1,
    w3: outer * f.h1,
    w4: outer * f.h2,
    b3: outer * 1,
  };
}

export interface Evaluation {
  readonly forwards: readonly Forward[];
  readonly ssr: number;
  readonly gradient: Record<Parameter, number>;
}

export function evaluate(data: Data, p: NetworkParams): Evaluation {
  const gradient: Record<Parameter, number> = { w1: 0, b1: 0, w2: 0, b2: 0, w3: 0, w4: 0, b3: 0 };
  const forwards: Forward[] = [];
  let ssr = 0;
  for (const { x, y } of data) {
    const f = forward(p, x);
    forwards.push(f);
    const r = y - f.yHat;
    ssr += r * r;
    const terms = sampleTerms(p, f, y);
    for (const name of PARAMETERS) gradient[name] += terms[name];
  }
  return { forwards, ssr, gradient };
}

export function ssrOf(data: Data, p: NetworkParams): number {
  let ssr = 0;
  for (const { x, y } of data) {
    const r = y - forward(p, x).yHat;
    ssr += r * r;
  }
  return ssr;
}

/** One iteration of gradient descent on the trained parameters. */
export interface NetworkStep {
  readonly iteration: number;
  readonly params: NetworkParams;
  readonly ssr: number;
  readonly gradient: NetworkParams;
  readonly learningRate: number;
  /** gradient × learning rate for trained parameters, 0 for the others. */
  readonly stepSizes: NetworkParams;
  readonly newParams: NetworkParams;
}

export function stepNetwork(
  data: Data,
  params: NetworkParams,
  trained: readonly Parameter[],
  learningRate: number,
  iteration: number,
): NetworkStep {
  const { ssr, gradient } = evaluate(data, params);
  const stepSizes: Record<Parameter, number> = { w1: 0, b1: 0, w2: 0, b2: 0, w3: 0, w4: 0, b3: 0 };
  const next: Record<Parameter, number> = { ...params };
  for (const name of trained) {
    stepSizes[name] = gradient[name] * learningRate;
    next[name] = params[name] - stepSizes[name];
  }
  return { iteration, params, ssr, gradient, learningRate, stepSizes, newParams: next };
}

export function networkStepIsFinite(step: NetworkStep): boolean {
  return allFinite([step.ssr, ...PARAMETERS.map((n) => step.newParams[n]), ...PARAMETERS.map((n) => step.gradient[n])]);
}

/**
 * A seeded random start for the trained parameters (weights ~ N(0, 1) by Box–Muller, biases 0);
 * untrained parameters keep StatQuest's values.
 */
export function randomStart(seed: number, trained: readonly Parameter[]): NetworkParams {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const out: Record<Parameter, number> = { ...STATQUEST_PARAMS };
  for (const name of trained) out[name] = name.startsWith('w') ? Number(normal().toFixed(4)) : 0;
  return out;
}
