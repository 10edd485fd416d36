import { useMemo } from 'react';
import type { CommonSettings, Scenario } from '../../scenarios/scenario';
import { useDescent } from '../../store/descentStore';
import { cachedForecast, type RunForecast } from '../../scenarios/runForecast';
import type { Run } from '../../scenarios/run';

/**
 * The forecast for the rate being chosen, from the run's shown state, or null when no rate is
 * being chosen. The control and every chart ask for it in one render; one computation serves all.
 */
export function useForecast<S extends CommonSettings, T>(
  scenario: Scenario<S, T>,
  run: Run<S, T>,
): RunForecast<T> | null {
  const rate = useDescent((s) => (s.scenario === scenario.id ? s.candidateRate : null));
  return useMemo(() => (rate === null ? null : cachedForecast(scenario, run, rate)), [scenario, run, rate]);
}
