import { scenarioOf, type AnyScenario } from '../scenarios/registry';
import type { CommonSettings } from '../scenarios/scenario';
import { useDescent, type DescentState } from './descentStore';
import { shownOutcome, type Run } from '../scenarios/run';

/** Selectors return values already in the store (or primitives), so zustand v5 never loops. */
export const selectActiveRun = (s: DescentState) => s.runs[s.scenario] as Run<CommonSettings, unknown>;

export function useActiveScenario(): AnyScenario {
  return scenarioOf(useDescent((s) => s.scenario));
}

export function useActiveRun(): Run<CommonSettings, unknown> {
  return useDescent(selectActiveRun);
}

/** The active settings alone: panels that show settings do not re-render on every step. */
export function useActiveSettings(): CommonSettings {
  return useDescent((s) => s.runs[s.scenario].settings);
}

export function useShownOutcome() {
  const scenario = useActiveScenario();
  const run = useActiveRun();
  return shownOutcome(scenario, run);
}
