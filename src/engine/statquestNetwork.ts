import type { Data } from './point';
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

/** StatQuest's data: dosage 0, 0.5, 1 → efficacy 0, 1, 0. */
export const STATQUEST_DATA: Data = [
  { x: 0, y: 0 },
  { x: 0.5, y: 1 },
  { x: 1, y: 0 },
];

/** StatQuest's stopping rule: gradient descent stops once the step size is below this. */
export const STATQUEST_MIN_STEP = 0.001;

/** The network's output without its final bias: ŷ(x) = hiddenSum(x) + b3. */
export function hiddenSum(weights: NetworkWeights, x: number): number {
  const { w1, b1, w2, b2, w3, w4 } = weights;
  return w3 * softplus(w1 * x + b1) + w4 * softplus(w2 * x + b2);
}

export function networkOutput(weights: NetworkWeights, b3: number, x: number): number {
  return hiddenSum(weights, x) + b3;
}
