import { summarise, whatIfSteps, type ForecastSummary } from '../engine/forecast';
import type { CommonSettings, Scenario } from './scenario';
import { changeSetting, stepRun, type Run } from './run';

/**
 * Steps a forecast runs at most, so a drag stays smooth with a long budget (linreg allows 100,000
 * epochs); within it the forecast is exact, beyond it it says that no rule fired yet.
 */
export const FORECAST_LIMIT = 3000;

/** What a candidate learning rate does from the shown state of a run. */
export interface RunForecast<T> {
  readonly rate: number;
  /** The step Step would take next at this rate (undefined when the run cannot step). */
  readonly next: T | undefined;
  /** The what-if path: up to WHAT_IF_STEPS steps from here at this rate. */
  readonly path: readonly T[];
  readonly summary: ForecastSummary;
  /** The iteration the forecast starts from (the shown one). */
  readonly from: number;
}

/**
 * Exactly what the store does when the rate is set and Run pressed: changeSetting() reopens the
 * run at the new rate, then stepRun() runs it to its stopping rule. The forecast is that run, so
 * Step lands on its first step and Run stops after its count of steps, by construction.
 */
export function forecastRun<S extends CommonSettings, T>(
  scenario: Scenario<S, T>,
  run: Run<S, T>,
  rate: number,
  limit = FORECAST_LIMIT,
): RunForecast<T> {
  const lean = scenario.leanTrainer?.(run.settings);
  if (lean) scenario = { ...scenario, trainer: lean };
  const reopened = changeSetting(scenario, run, scenario.learningRate, rate);
  const base = reopened.history.slice(reopened.cursor);
  const after = stepRun(scenario, reopened, Math.min(limit, scenario.trainer.budget(reopened.settings)));
  const continuation = { history: after.history, outcome: after.outcome };
  const path = whatIfSteps(scenario.trainer, reopened.settings, base, continuation);
  const move = (step: T) => scenario.primary.after(step) - scenario.primary.before(step);
  const summary = summarise(scenario.trainer, base, continuation, move, path);
  return { rate, next: path[0], path, summary, from: reopened.cursor };
}

// Forecasts are asked for by the control (its text) and by each chart (its marks) in one render:
// one computation serves them all, per run and rate.
const cache = new WeakMap<object, Map<number, RunForecast<unknown>>>();

export function cachedForecast<S extends CommonSettings, T>(
  scenario: Scenario<S, T>,
  run: Run<S, T>,
  rate: number,
): RunForecast<T> {
  let byRate = cache.get(run);
  if (!byRate) cache.set(run, (byRate = new Map()));
  let forecast = byRate.get(rate) as RunForecast<T> | undefined;
  if (!forecast) {
    forecast = forecastRun(scenario, run, rate);
    if (byRate.size > 64) byRate.clear();
    byRate.set(rate, forecast as RunForecast<unknown>);
  }
  return forecast;
}
