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
  /** The step taken from the state the history ends in (the first step when it is empty). */
  step(settings: Settings, history: readonly Step[]): Step;
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

/** Judges the first `n` steps of a history (all of it by default), which end in a finite step. */
export function judge<S, T>(trainer: Trainer<S, T>, settings: S, history: readonly T[], n = history.length): Outcome {
  if (n === 0) return READY;
  const last = history[n - 1]!;
  if (trainer.converged(last)) return { kind: 'converged' };
  if (n > GROWTH_STEPS) {
    let growing = true;
    for (let i = n - GROWTH_STEPS; i < n && growing; i++) {
      growing = trainer.loss(history[i]!) > trainer.loss(history[i - 1]!);
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
  readonly history: readonly T[];
  readonly outcome: Outcome;
}

/**
 * Takes up to `count` steps, stopping early at any rule. The caller decides whether the run may
 * step at all (a run reopened by a new learning rate may end in steps that grew). A step with a
 * non-finite value is not kept: the history ends at the last finite state and the outcome says why.
 */
export function advance<S, T>(trainer: Trainer<S, T>, settings: S, history: readonly T[], count: number): Advance<T> {
  if (count <= 0) return { history, outcome: judge(trainer, settings, history) };
  const next = history.slice();
  let outcome: Outcome = READY;
  for (let i = 0; i < count; i++) {
    const step = trainer.step(settings, next);
    if (!trainer.isFinite(step)) {
      outcome = { kind: 'diverging', why: 'nonfinite' };
      break;
    }
    next.push(step);
    outcome = judge(trainer, settings, next);
    if (!canStep(outcome)) break;
  }
  return { history: next, outcome };
}
