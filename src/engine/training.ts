import { Trail, type StepCodec } from './trail';

/**
 * What the stopping rules say after each step (DESIGN.md, "Stopping rules"). Shared by every
 * scenario: each describes its steps through a Trainer and this module does the judging.
 */
export type Outcome =
  | { readonly kind: 'ready' }
  | { readonly kind: 'converged' }
  /** The step budget is spent without converging. */
  | { readonly kind: 'stopped' }
  /** A scenario that trains for a fixed number of epochs has done them all. */
  | { readonly kind: 'finished' }
  | { readonly kind: 'diverging'; readonly why: 'growing' | 'nonfinite' };

export const READY: Outcome = { kind: 'ready' };

export interface Trainer<Settings, Step> {
  /** The step after `previous` (or the first step, from the settings' start, when undefined). */
  step(settings: Settings, previous: Step | undefined, index: number): Step;
  /** How a step is stored in a Trail and replayed from it, for these settings' data. */
  codec(settings: Settings): StepCodec<Step>;
  loss(step: Step): number;
  isFinite(step: Step): boolean;
  /** True when this step met the convergence rule; scenarios that never converge return false. */
  converged(step: Step): boolean;
  budget(settings: Settings): number;
  /** What spending the whole budget means: "stopped" (bias) or "finished" (linreg). */
  readonly onBudgetSpent: 'stopped' | 'finished';
}

/** Loss grew on this many consecutive steps: diverging. */
export const GROWTH_STEPS = 3;

export function emptyHistory<S, T>(trainer: Trainer<S, T>, settings: S): Trail<T> {
  return Trail.empty(trainer.codec(settings));
}

/**
 * Judges the first `n` steps of a history (all of it by default), which end in a finite step.
 * `recent` may pass the last few records when the caller has them, saving their replay.
 */
export function judge<S, T>(
  trainer: Trainer<S, T>,
  settings: S,
  history: Trail<T>,
  n = history.length,
  recent?: readonly T[],
): Outcome {
  if (n === 0) return READY;
  const at = (i: number) => recent?.[recent.length - (n - i)] ?? history.at(i);
  const last = at(n - 1);
  if (trainer.converged(last)) return { kind: 'converged' };
  if (n > GROWTH_STEPS) {
    let growing = true;
    let later = trainer.loss(last);
    for (let i = n - 2; i >= n - 1 - GROWTH_STEPS && growing; i--) {
      const earlier = trainer.loss(at(i));
      growing = later > earlier;
      later = earlier;
    }
    if (growing) return { kind: 'diverging', why: 'growing' };
  }
  if (n >= trainer.budget(settings)) return { kind: trainer.onBudgetSpent };
  return READY;
}

/** True when the outcome lets another step be taken. */
export function canStep(outcome: Outcome): boolean {
  return outcome.kind === 'ready';
}

export interface Advance<T> {
  readonly history: Trail<T>;
  readonly outcome: Outcome;
}

/**
 * Takes up to `count` steps, stopping early at any rule. The caller decides whether the run may
 * step at all (a run reopened by a new learning rate may end in steps that grew). A step with a
 * non-finite value is not kept: the history ends at the last finite state and the outcome says why.
 */
export function advance<S, T>(trainer: Trainer<S, T>, settings: S, history: Trail<T>, count: number): Advance<T> {
  if (count <= 0) return { history, outcome: judge(trainer, settings, history) };
  let trail = history;
  let outcome: Outcome = READY;
  // The last few records, kept so judging needs no replay.
  const recent: T[] = [];
  for (let back = Math.min(GROWTH_STEPS, trail.length); back > 0; back--) recent.push(trail.at(trail.length - back));
  for (let i = 0; i < count; i++) {
    const step = trainer.step(settings, recent[recent.length - 1], trail.length);
    if (!trainer.isFinite(step)) {
      outcome = { kind: 'diverging', why: 'nonfinite' };
      break;
    }
    trail = trail.append(step);
    recent.push(step);
    if (recent.length > GROWTH_STEPS + 1) recent.shift();
    outcome = judge(trainer, settings, trail, trail.length, recent);
    if (!canStep(outcome)) break;
  }
  return { history: trail, outcome };
}
