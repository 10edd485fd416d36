import { Trail, type StepCodec } from './trail';

/**
 * What the stopping rules say after each step (DESIGN.md, "Stopping rules"). Shared by every
 * scenario: each describes its steps through a Trainer and this module does the judging.
 */
export type Outcome =
  | { readonly kind: 'ready' }
  /** The scenario's stopping rule fired with the parameters at its minimum (within its tolerance). */
  | { readonly kind: 'converged' }
  /**
   * Stopped short of the minimum: the stopping rule fired elsewhere (a tiny learning rate makes
   * tiny steps), or the step budget is spent.
   */
  | { readonly kind: 'stopped'; readonly why: 'settled' | 'budget' }
  /** A scenario that trains for a fixed number of epochs has done them all. */
  | { readonly kind: 'finished' }
  /** The loss grew on GROWTH_STEPS steps in a row at one rate, or a value overflowed; `rate` did it. */
  | { readonly kind: 'diverging'; readonly why: 'growing' | 'nonfinite'; readonly rate: number };

export const READY: Outcome = { kind: 'ready' };

export interface Trainer<Settings, Step> {
  /** The step after `previous` (or the first step, from the settings' start, when undefined). */
  step(settings: Settings, previous: Step | undefined, index: number): Step;
  /** How a step is stored in a Trail and replayed from it, for these settings' data. */
  codec(settings: Settings): StepCodec<Step>;
  loss(step: Step): number;
  /** The learning rate the step was taken with (a run may change it between steps). */
  rate(step: Step): number;
  isFinite(step: Step): boolean;
  /**
   * The scenario's stopping rule fired at this step (StatQuest's: the step size fell below 0.001);
   * scenarios that train a fixed number of epochs return false.
   */
  settled(step: Step): boolean;
  /** Whether the parameters after a settled step are at the minimum, within the stated tolerance. */
  atMinimum(step: Step, settings: Settings): boolean;
  budget(settings: Settings): number;
  /**
   * Optional: whether a loss growing on GROWTH_STEPS steps in a row means divergence for these
   * settings (true when left out). Not for a method whose loss climbs on the way down (momentum's
   * spiral, a noisy gradient): it diverges by a step that is not finite.
   */
  judgesGrowth?(settings: Settings): boolean;
  /** What spending the whole budget means: "stopped" (bias) or "finished" (linreg). */
  readonly onBudgetSpent: 'stopped' | 'finished';
  /**
   * Optional: where a fresh run from the settings' start stops by these rules (its length and
   * outcome), worked out without building step records. It must equal stepUntilStopped() from an
   * empty history (a property test says so): the steps-to-converge sweep runs sixty of these each
   * time a start changes.
   */
  runToStop?(settings: Settings): { readonly length: number; readonly outcome: Outcome };
}

/** Loss grew on this many consecutive steps: diverging. */
export const GROWTH_STEPS = 3;

export function emptyHistory<S, T>(trainer: Trainer<S, T>, settings: S): Trail<T> {
  return Trail.empty(trainer.codec(settings));
}

/** Judges the first `n` steps of a history (all of it by default), which end in a finite step. */
export function judge<S, T>(trainer: Trainer<S, T>, settings: S, history: Trail<T>, n = history.length): Outcome {
  if (n === 0) return READY;
  const kept = Math.min(n, GROWTH_STEPS + 1);
  const recent = Array.from({ length: kept }, (_, k) => history.at(n - kept + k));
  return judgeRecent(trainer, settings, n, recent);
}

/**
 * Judges a run of `n` steps from its last few records, oldest first: GROWTH_STEPS + 1 of them
 * once n exceeds GROWTH_STEPS (all of them before). The one body of the rules, shared by judge()
 * and the stepping loop, which keeps those records as it goes and so replays nothing.
 */
function judgeRecent<S, T>(trainer: Trainer<S, T>, settings: S, n: number, recent: readonly T[]): Outcome {
  const k = recent.length;
  const last = recent[k - 1]!;
  if (trainer.settled(last)) {
    return trainer.atMinimum(last, settings) ? { kind: 'converged' } : { kind: 'stopped', why: 'settled' };
  }
  // Divergence is judged at one rate: steps taken before the rate last changed do not count, so a
  // run that diverged at 0.9 goes on at 0.05 from where it is.
  const rate = trainer.rate(last);
  if (n > GROWTH_STEPS && (trainer.judgesGrowth?.(settings) ?? true)) {
    let growing = true;
    let later = trainer.loss(last);
    for (let j = k - 2; j >= k - 1 - GROWTH_STEPS && growing; j--) {
      const earlier = recent[j]!;
      growing = trainer.rate(earlier) === rate && later > trainer.loss(earlier);
      later = trainer.loss(earlier);
    }
    if (growing) return { kind: 'diverging', why: 'growing', rate };
  }
  if (n >= trainer.budget(settings)) return budgetSpent(trainer);
  return READY;
}

/** What spending the whole budget means for this trainer. */
export function budgetSpent(trainer: Pick<Trainer<unknown, unknown>, 'onBudgetSpent'>): Outcome {
  return trainer.onBudgetSpent === 'finished' ? { kind: 'finished' } : { kind: 'stopped', why: 'budget' };
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
export function advance<S extends { readonly learningRate: number }, T>(
  trainer: Trainer<S, T>,
  settings: S,
  history: Trail<T>,
  count: number,
): Advance<T> {
  if (count <= 0) return { history, outcome: judge(trainer, settings, history) };
  let trail = history;
  // The last few records, kept so judging needs no replay.
  const recent: T[] = [];
  for (let back = Math.min(GROWTH_STEPS, trail.length); back > 0; back--) recent.push(trail.at(trail.length - back));
  const { outcome } = stepUntilStopped(trainer, settings, recent, trail.length, count, (step) => {
    trail = trail.append(step);
  });
  return { history: trail, outcome };
}

/**
 * advance()'s loop, for a caller that needs only where a run stops (the steps-to-converge sweep:
 * sixty fresh runs, no history kept): up to `count` steps after the `length` steps whose last
 * records (up to GROWTH_STEPS, oldest first) are in `recent`, which it extends as it goes; `keep`
 * is given each finite step. Returns the run's length and outcome.
 */
export function stepUntilStopped<S extends { readonly learningRate: number }, T>(
  trainer: Trainer<S, T>,
  settings: S,
  recent: T[],
  length: number,
  count: number,
  keep?: (step: T) => void,
): { readonly length: number; readonly outcome: Outcome } {
  let n = length;
  let outcome: Outcome = READY;
  for (let i = 0; i < count; i++) {
    const step = trainer.step(settings, recent[recent.length - 1], n);
    if (!trainer.isFinite(step)) {
      outcome = { kind: 'diverging', why: 'nonfinite', rate: settings.learningRate };
      break;
    }
    keep?.(step);
    n++;
    recent.push(step);
    if (recent.length > GROWTH_STEPS + 1) recent.shift();
    outcome = judgeRecent(trainer, settings, n, recent);
    if (!canStep(outcome)) break;
  }
  return { length: n, outcome };
}
