import { softplus } from './softplus';

/**
 * StatQuest's "Neural Networks Pt. 2" network: one input, two softplus hidden nodes, one output.
 * ŷ(x) = w3·softplus(w1·x + b1) + w4·softplus(w2·x + b2) + b3
 */
export interface NetworkWeights {
  readonly w1: number;
  readonly b1: number;
  readonly w2: number;
  readonly b2: number;
  readonly w3: number;
  readonly w4: number;
}

/** The weights the video fixes (already trained) while it optimises b3 alone. */
export const STATQUEST_WEIGHTS: NetworkWeights = {
  w1: 3.34,
  b1: -1.43,
  w2: -3.53,
  b2: 0.57,
  w3: -1.22,
  w4: -2.3,
};

/** The network's output without its final bias: ŷ(x) = hiddenSum(x) + b3. */
export function hiddenSum(weights: NetworkWeights, x: number): number {
  const { w1, b1, w2, b2, w3, w4 } = weights;
  return w3 * softplus(w1 * x + b1) + w4 * softplus(w2 * x + b2);
}

export function networkOutput(weights: NetworkWeights, b3: number, x: number): number {
  return hiddenSum(weights, x) + b3;
}
