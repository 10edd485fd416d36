import { advance, budgetSpent, emptyHistory, judge, READY, type Outcome } from '../engine/training';
import type { Trail } from '../engine/trail';
import type { CommonSettings, NumberSetting, Scenario } from './scenario';

/**
 * One scenario's training run: its settings, the steps taken and how far the view is scrubbed.
 * Pure functions over it keep the store's actions one line each and testable without React.
 */
export interface Run<S, T> {
  readonly settings: S;
  /** Every step taken, oldest first, stored compactly; each action makes a new Trail. */
  readonly history: Trail<T>;
  /** How many steps of the history are shown (the "Iteration" slider); history.length at the tip. */
  readonly cursor: number;
  /** What the stopping rules said at the tip of the history. */
  readonly outcome: Outcome;
}

export function freshRun<S extends CommonSettings, T>(scenario: Scenario<S, T>, settings: S): Run<S, T> {
  return { settings, history: emptyHistory(scenario.trainer, settings), cursor: 0, outcome: READY };
}

/** The outcome for the shown part of the history (an earlier iteration when scrubbed back). */
export function shownOutcome<S extends CommonSettings, T>(scenario: Scenario<S, T>, run: Run<S, T>): Outcome {
  if (run.cursor === run.history.length) return run.outcome;
  return judge(scenario.trainer, run.settings, run.history, run.cursor);
}

/** The last step shown, if any. */
export function shownStep<S, T>(run: Run<S, T>): T | undefined {
  return run.cursor > 0 ? run.history.at(run.cursor - 1) : undefined;
}

/** Takes `count` steps from the shown state; steps after a scrubbed-back cursor are replaced. */
export function stepRun<S extends CommonSettings, T>(
  scenario: Scenario<S, T>,
  run: Run<S, T>,
  count: number,
): Run<S, T> {
  const outcome = shownOutcome(scenario, run);
  const base = run.history.slice(run.cursor);
  if (outcome.kind !== 'ready') return { ...run, history: base, outcome };
  const next = advance(scenario.trainer, run.settings, base, count);
  return { ...run, history: next.history, cursor: next.history.length, outcome: next.outcome };
}

export function seekRun<S, T>(run: Run<S, T>, cursor: number): Run<S, T> {
  const clamped = Math.max(0, Math.min(run.history.length, Math.round(cursor)));
  return clamped === run.cursor ? run : { ...run, cursor: clamped };
}

export function resetRun<S extends CommonSettings, T>(scenario: Scenario<S, T>, run: Run<S, T>): Run<S, T> {
  return freshRun(scenario, run.settings);
}

/**
 * A new value for a setting. Start values restart the run; anything else applies from the next
 * step on, and reopens a run that had stopped, so a teacher can slow a diverging rate and go on.
 */
export function changeSetting<S extends CommonSettings, T>(
  scenario: Scenario<S, T>,
  run: Run<S, T>,
  setting: NumberSetting<S>,
  value: number,
): Run<S, T> {
  const settings = setting.write(run.settings, value);
  if (setting.restarts) return freshRun(scenario, settings);
  const budget = scenario.trainer.budget(settings);
  const history = run.history.slice(budget);
  const cursor = Math.min(run.cursor, history.length);
  const spent = history.length >= budget;
  return { settings, history, cursor, outcome: spent ? budgetSpent(scenario.trainer) : READY };
}
