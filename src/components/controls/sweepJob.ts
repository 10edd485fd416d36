import { sweepRow, type SweepRow } from '../../engine/forecast';
import { scenarioOf, type ScenarioId } from '../../scenarios/registry';
import type { CommonSettings } from '../../scenarios/scenario';

/** What the sweep worker is asked: one scenario's settings and the rates to try. */
export interface SweepRequest {
  readonly job: number;
  readonly scenario: ScenarioId;
  readonly settings: CommonSettings;
  readonly rates: readonly number[];
}

/** Rows `from`, `from + 1`, … of a sweep, done in one slice of the worker's time. */
export interface SweepReply {
  readonly job: number;
  readonly from: number;
  readonly rows: readonly SweepRow[];
}

/** One rate of a sweep request: a fresh run to the scenario's rule (or its settle rule). */
export function sweepOne(request: SweepRequest, index: number): SweepRow {
  const scenario = scenarioOf(request.scenario);
  const rule = scenario.sweepRule;
  return sweepRow(scenario.trainer, request.settings, request.rates[index]!, rule?.settled, rule?.runToStop);
}
