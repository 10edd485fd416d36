import { useMemo } from 'react';
import { canStep, type Outcome } from '../../engine/training';
import type { CommonSettings, Scenario } from '../../scenarios/scenario';
import { shownOutcome, shownStep, type Run } from '../../scenarios/run';
import { useCalmValue } from './useCalmValue';

/**
 * One moment on screen (DESIGN.md): after k steps every panel describes the current parameters
 * and the step Step takes from them; the last step taken is only the arrow into the dot, the
 * history's newest row and the status.
 */
export interface ShownStep<T> {
  /** The last step taken, if any (at the Iteration slider's position). */
  readonly last: T | null;
  /** The step Step takes next, from the current parameters: what the panels describe. */
  readonly next: T;
  /** `next`, calmed while a run plays faster than anyone can read (for the costly panels). */
  readonly calmNext: T;
  /** Why the next step will not be taken (the run stopped), or null while it can step. */
  readonly halted: Outcome | null;
}

export function useShownStep<S extends CommonSettings, T>(scenario: Scenario<S, T>, run: Run<S, T>): ShownStep<T> {
  const { settings, cursor } = run;
  // Replayed from the compact history once per change of the run.
  const last = useMemo(() => shownStep(run) ?? null, [run]);
  const next = useMemo(
    () => scenario.trainer.step(settings, last ?? undefined, cursor),
    [scenario, settings, last, cursor],
  );
  const outcome = shownOutcome(scenario, run);
  const calmNext = useCalmValue(next);
  return { last, next, calmNext, halted: canStep(outcome) ? null : outcome };
}
