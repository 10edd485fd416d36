import type { HyperParameters, OptimizerKind } from './optimizerKinds';

export interface OptimizerState {
  /** Updates taken (Adam's t). */
  readonly t: number;
  /** Momentum's v, RMSProp's s, Adam's m: one per parameter. */
  readonly first: readonly number[];
  /** Adam's v. */
  readonly second: readonly number[];
}

export function initialState(size: number): OptimizerState {
  const zeros = new Array<number>(size).fill(0);
  return { t: 0, first: zeros, second: zeros };
}

export type Gradient = (params: readonly number[]) => readonly number[];

export interface Update {
  readonly params: readonly number[];
  readonly state: OptimizerState;
  /** The gradient at the current parameters (Nesterov steps with the look-ahead one). */
  readonly gradient: readonly number[];
}

export function optimizerStep(
  kind: OptimizerKind,
  learningRate: number,
  hyper: HyperParameters,
  state: OptimizerState,
  params: readonly number[],
  gradientAt: Gradient,
): Update {
  const g = gradientAt(params);
  const t = state.t + 1;
  switch (kind) {
    case 'gd':
      return { params: params.map((p, i) => p - learningRate * g[i]!), state: { ...state, t }, gradient: g };
    case 'momentum': {
      const v = state.first.map((vi, i) => hyper.mu * vi - learningRate * g[i]!);
      return { params: params.map((p, i) => p + v[i]!), state: { ...state, t, first: v }, gradient: g };
    }
    case 'nesterov': {
      const ahead = gradientAt(params.map((p, i) => p + hyper.mu * state.first[i]!));
      const v = state.first.map((vi, i) => hyper.mu * vi - learningRate * ahead[i]!);
      return { params: params.map((p, i) => p + v[i]!), state: { ...state, t, first: v }, gradient: g };
    }
    case 'rmsprop': {
      const s = state.first.map((si, i) => hyper.rho * si + (1 - hyper.rho) * g[i]! * g[i]!);
      return {
        params: params.map((p, i) => p - (learningRate * g[i]!) / (Math.sqrt(s[i]!) + hyper.epsilon)),
        state: { ...state, t, first: s },
        gradient: g,
      };
    }
    case 'adam': {
      const m = state.first.map((mi, i) => hyper.beta1 * mi + (1 - hyper.beta1) * g[i]!);
      const v = state.second.map((vi, i) => hyper.beta2 * vi + (1 - hyper.beta2) * g[i]! * g[i]!);
      const c1 = 1 - Math.pow(hyper.beta1, t);
      const c2 = 1 - Math.pow(hyper.beta2, t);
      return {
        params: params.map((p, i) => p - (learningRate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + hyper.epsilon)),
        state: { t, first: m, second: v },
        gradient: g,
      };
    }
  }
}
