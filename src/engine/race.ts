import type { HyperParameters, OptimizerKind } from './optimizerKinds';
import { initialState, optimizerStep, type Gradient } from './optimizers';

/** A problem a race runs on: where it starts, its loss and gradient, and its minimum loss. */
export interface RaceProblem {
  readonly start: readonly number[];
  loss(params: readonly number[]): number;
  readonly gradient: Gradient;
  readonly minimumLoss: number;
  /**
   * The scenario's own stopping rule, so a lane stops where the main run would: whether the move
   * from `before` to `after` at this rate settles the run, and whether the parameters are then at
   * the minimum. Without one, a lane finishes when its loss is within RACE_TOLERANCE of the minimum.
   */
  readonly stopRule?: {
    settled(before: readonly number[], after: readonly number[], learningRate: number): boolean;
    atMinimum(params: readonly number[]): boolean;
  };
}

export interface Lane {
  readonly optimizer: OptimizerKind;
  readonly learningRate: number;
}

export interface LaneRun {
  /** Parameters before each step and after the last: steps + 1 entries. */
  readonly path: readonly (readonly number[])[];
  /** Loss at each entry of the path. */
  readonly losses: readonly number[];
  /** The step count at which the lane reached the minimum by the stopping rule, if it did. */
  readonly converged: number | null;
  /** The step count at which the stopping rule fired away from the minimum, if it did. */
  readonly stopped: number | null;
  /** The step count at which it left every sensible bound (non-finite, or 1000× its start), if it did. */
  readonly diverged: number | null;
}

export const RACE_TOLERANCE = 1e-6;

/** Runs one lane to convergence, divergence or the step budget. */
export function runLane(problem: RaceProblem, lane: Lane, hyper: HyperParameters, budget: number): LaneRun {
  let params = problem.start;
  let state = initialState(params.length);
  const first = problem.loss(params);
  const path = [params];
  const losses = [first];
  const rule = problem.stopRule;
  let converged: number | null = !rule && first - problem.minimumLoss < RACE_TOLERANCE ? 0 : null;
  let stopped: number | null = null;
  let diverged: number | null = null;
  for (let step = 1; step <= budget && converged === null && stopped === null; step++) {
    const update = optimizerStep(lane.optimizer, lane.learningRate, hyper, state, params, problem.gradient);
    const loss = problem.loss(update.params);
    if (!Number.isFinite(loss) || !update.params.every(Number.isFinite) || loss > 1000 * Math.max(first, 1e-12)) {
      diverged = step;
      break;
    }
    const before = params;
    params = update.params;
    state = update.state;
    path.push(params);
    losses.push(loss);
    if (!rule) {
      if (loss - problem.minimumLoss < RACE_TOLERANCE) converged = step;
    } else if (rule.settled(before, params, lane.learningRate)) {
      if (rule.atMinimum(params)) converged = step;
      else stopped = step;
    }
  }
  return { path, losses, converged, stopped, diverged };
}
