import type { Lane, LaneRun } from '../../engine/race';
import { msg, type Msg } from '../../i18n/i18n';
import { RACE_BUDGET } from '../../scenarios/race';

/** A lane's result in words, once the race has shown it. */
export function verdict(run: LaneRun): Msg {
  if (run.converged !== null) return msg('race.verdict.converged', { count: run.converged });
  if (run.stopped !== null) return msg('race.verdict.stopped', { count: run.stopped });
  if (run.diverged !== null) return msg('race.verdict.diverged', { step: run.diverged });
  return msg('race.verdict.budget', { budget: RACE_BUDGET });
}

/** The step at which a lane's result is known (the budget for a lane that never stops). */
export const endOf = (run: LaneRun) => run.converged ?? run.stopped ?? run.diverged ?? RACE_BUDGET;

/** The step a lane converged at, if the race has shown it by step `shown` (else Infinity). */
export const arrivedBy = (run: LaneRun, shown: number) =>
  run.converged !== null && run.converged <= shown ? run.converged : Infinity;

export interface BoardEntry {
  readonly run: LaneRun;
  /** The lane's index in the race setup. */
  readonly i: number;
  readonly lane: Lane;
}

/**
 * Ranked only by what the race has shown so far: a lane that converged by the shown step, in
 * the order they got there; the others keep their lane order until their result is shown.
 */
export function rankLanes(runs: readonly LaneRun[], lanes: readonly Lane[], shown: number): BoardEntry[] {
  return runs
    .map((run, i) => ({ run, i, lane: lanes[i]! }))
    .sort((a, b) => arrivedBy(a.run, shown) - arrivedBy(b.run, shown) || a.i - b.i);
}
