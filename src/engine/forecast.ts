import { stepUntilStopped, type Advance, type Outcome, type Trainer } from './training';
import type { Trail } from './trail';

/**
 * What a candidate learning rate will do, told before it is used: the continuation a run takes
 * from its current state, judged by the scenario's own stopping rule. Everything here is built on
 * advance(), the function Step and Run call, so the forecast is what they will do.
 */

/** Steps of the what-if path drawn on the charts. */
export const WHAT_IF_STEPS = 20;

export interface ForecastSummary {
  /** Steps Run takes from the current state before a rule stops it. */
  readonly steps: number;
  readonly outcome: Outcome;
  /** The trained parameter passed the minimum on some step (its move changed sign). */
  readonly overshoots: boolean;
  /** When diverging: the loss's growth factor per step near the end (null if it overflowed first). */
  readonly growth: number | null;
}

/**
 * Judges a continuation: `base` is the history Run starts from, `after` what advance() made of it.
 * `move` is a step's signed change of the trained parameter (b3, or w), for overshooting.
 */
export function summarise<T>(
  trainer: Trainer<never, T>,
  base: Trail<T>,
  after: Advance<T>,
  move: (step: T) => number,
  path: readonly T[] = [],
): ForecastSummary {
  const first = base.length;
  const steps = after.history.length - first;
  let overshoots = false;
  let previous = 0;
  for (let i = first; i < after.history.length && !overshoots; i++) {
    const m = move(after.history.at(i));
    // A move a billionth the size of the one before is rounding noise at the minimum, not a pass.
    overshoots = previous !== 0 && Math.sign(m) === -Math.sign(previous) && Math.abs(m) > 1e-9 * Math.abs(previous);
    if (m !== 0) previous = m;
  }
  let growth: number | null = null;
  if (after.outcome.kind === 'diverging') {
    // The longest finite stretch we have: the drawn path reaches further than the rule's stop.
    const losses = (path.length > steps ? path : after.history.toArray().slice(first)).map((s) => trainer.loss(s));
    for (let i = losses.length - 1; i > 0 && growth === null; i--) {
      const ratio = losses[i]! / losses[i - 1]!;
      if (Number.isFinite(ratio) && ratio > 0) growth = ratio;
    }
  }
  return { steps, outcome: after.outcome, overshoots, growth };
}

/**
 * The what-if path: the first `count` steps of the continuation, and, when the rule stopped it for
 * diverging, the steps after that too while they stay finite (a chart clips them), so the path
 * shows where the rate leads.
 */
export function whatIfSteps<S, T>(
  trainer: Trainer<S, T>,
  settings: S,
  base: Trail<T>,
  after: Advance<T>,
  count = WHAT_IF_STEPS,
): T[] {
  const taken = Math.min(count, after.history.length - base.length);
  const steps: T[] = [];
  for (let i = 0; i < taken; i++) steps.push(after.history.at(base.length + i));
  if (after.outcome.kind === 'diverging') {
    let previous = steps[steps.length - 1] ?? (base.length > 0 ? base.at(base.length - 1) : undefined);
    for (let index = base.length + steps.length; steps.length < count; index++) {
      const step = trainer.step(settings, previous, index);
      if (!trainer.isFinite(step)) break;
      steps.push(step);
      previous = step;
    }
  }
  return steps;
}

/** One learning rate of the sweep: how a fresh run at that rate ends. */
export interface SweepRow {
  readonly rate: number;
  /** Steps until the rule stopped the run, counted from iteration 0 (capped at the budget). */
  readonly steps: number;
  readonly outcome: Outcome;
}

/**
 * A fresh run at `rate` from the settings' start, to its stopping rule. `rule` replaces the
 * trainer's stopping rule (settled) for a scenario that never converges by its own (linreg runs its
 * whole budget; the sweep then counts the epochs until its parameters reach the minimum).
 */
export function sweepRow<S extends { readonly learningRate: number }, T>(
  trainer: Trainer<S, T>,
  settings: S,
  rate: number,
  rule?: (step: T, settings: S) => boolean,
  ruleRunToStop?: (settings: S) => { readonly length: number; readonly outcome: Outcome } | null,
): SweepRow {
  const at = { ...settings, learningRate: rate };
  // A lean run without step records, where the trainer (for its own rule) or the rule has one.
  const lean = rule ? ruleRunToStop?.(at) : trainer.runToStop?.(at);
  if (lean) return { rate, steps: lean.length, outcome: lean.outcome };
  const judged = rule ? { ...trainer, settled: (step: T) => rule(step, at) } : trainer;
  // advance()'s own loop, without the history it would keep: the same steps, judged the same way.
  const run = stepUntilStopped(judged, at, [], 0, judged.budget(at));
  return { rate, steps: run.length, outcome: run.outcome };
}

export function sweep<S extends { readonly learningRate: number }, T>(
  trainer: Trainer<S, T>,
  settings: S,
  rates: readonly number[],
  rule?: (step: T, settings: S) => boolean,
  ruleRunToStop?: (settings: S) => { readonly length: number; readonly outcome: Outcome } | null,
): SweepRow[] {
  return rates.map((rate) => sweepRow(trainer, settings, rate, rule, ruleRunToStop));
}

/** The rule fired: at the minimum (converged) or short of it (settled). */
export function stoppedByRule(row: SweepRow): boolean {
  return row.outcome.kind === 'converged' || (row.outcome.kind === 'stopped' && row.outcome.why === 'settled');
}

/**
 * The rate that stops soonest by converging (the smallest such, on a tie), or null when none does.
 * Only a run that reaches the minimum, by the tolerance the status's "Converged" uses, counts: a
 * rate whose run stops short (its steps fell below the rule's size far from the minimum) would be
 * a fast way to the wrong place.
 */
export function fastest(rows: readonly SweepRow[]): SweepRow | null {
  let best: SweepRow | null = null;
  for (const row of rows) if (row.outcome.kind === 'converged' && (!best || row.steps < best.steps)) best = row;
  return best;
}
