import { sweepRow, type SweepRow } from '../../engine/forecast';
import { scenarioOf, type ScenarioId } from '../../scenarios/registry';
import type { CommonSettings } from '../../scenarios/scenario';

/** What the sweep worker is asked: one scenario's settings and the rates to try. */
export interface SweepRequest {
  readonly job: number;
  readonly scenario: ScenarioId;
  readonly settings: CommonSettings;
  readonly rates: readonly number[];
  /**
   * The points as x, y pairs in one array, standing for settings.data: a worker copies an array
   * of 100,000 numbers pairs in a memcpy, 100,000 small objects in some 30 ms of the page's time.
   */
  readonly points?: Float64Array;
}

/** The request with its data packed for the worker. */
export function packed(request: SweepRequest): SweepRequest {
  const { data } = request.settings;
  const points = new Float64Array(2 * data.length);
  data.forEach((p, i) => {
    points[2 * i] = p.x;
    points[2 * i + 1] = p.y;
  });
  return { ...request, settings: { ...request.settings, data: [] }, points };
}

/** The request as the worker runs it: its points back as data. */
export function unpacked(request: SweepRequest): SweepRequest {
  const { points } = request;
  if (!points) return request;
  const data = Array.from({ length: points.length / 2 }, (_, i) => ({ x: points[2 * i]!, y: points[2 * i + 1]! }));
  return { ...request, settings: { ...request.settings, data }, points: undefined };
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
