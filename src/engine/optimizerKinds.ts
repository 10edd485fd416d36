/**
 * Optimizers as pure functions of (parameters, state, gradient function): each returns the new
 * parameters and state, never changing its inputs. Hyper-parameter defaults are the papers'.
 *   momentum, Nesterov: Sutskever, Martens, Dahl & Hinton (2013), "On the importance of
 *     initialization and momentum in deep learning": v ← μv − η∇f(θ [+ μv]); θ ← θ + v
 *   RMSProp: Hinton, Coursera lecture 6e (2012): s ← ρs + (1−ρ)g²; θ ← θ − ηg/(√s + ε)
 *   Adam: Kingma & Ba (2015): m ← β1m + (1−β1)g; v ← β2v + (1−β2)g²; m̂ = m/(1−β1ᵗ);
 *     v̂ = v/(1−β2ᵗ); θ ← θ − ηm̂/(√v̂ + ε)
 */
export const OPTIMIZERS = ['gd', 'momentum', 'nesterov', 'rmsprop', 'adam'] as const;
export type OptimizerKind = (typeof OPTIMIZERS)[number];

export const OPTIMIZER_NAMES: Record<OptimizerKind, string> = {
  gd: 'gradient descent',
  momentum: 'momentum',
  nesterov: 'Nesterov',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};

export interface HyperParameters {
  /** Momentum and Nesterov: μ. */
  readonly mu: number;
  /** RMSProp: decay ρ. */
  readonly rho: number;
  /** Adam: β1, β2. */
  readonly beta1: number;
  readonly beta2: number;
  /** RMSProp and Adam: ε. */
  readonly epsilon: number;
}

export const PAPER_DEFAULTS: HyperParameters = { mu: 0.9, rho: 0.9, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };
