import type { ForecastSummary } from '../engine/forecast';
import { fixed4 } from '../format/number';
import { stepUnit, type CommonSettings, type Scenario } from './scenario';

/** A rate as a reader typed or picked it ("0.1", "0.0123"), without binary noise. */
export function rateText(rate: number): string {
  return String(Number(rate.toPrecision(6)));
}

const plural = (n: number, unit: string) => `${n} more ${unit}${n === 1 ? '' : 's'}`;

/** The outcome part of the forecast: what the scenario's own stopping rule will say, and when. */
export function outcomeText<S extends CommonSettings, T>(scenario: Scenario<S, T>, summary: ForecastSummary): string {
  const unit = stepUnit(scenario);
  const { steps, outcome } = summary;
  switch (outcome.kind) {
    case 'converged':
      return `${summary.overshoots ? 'overshoots the minimum, ' : ''}converges after ${plural(steps, unit)}`;
    case 'diverging':
      if (outcome.why === 'nonfinite' || summary.growth === null) return 'diverges: the numbers overflow';
      return `diverges: ${scenario.lossName} grows ×${summary.growth < 10 ? summary.growth.toFixed(1) : Math.round(summary.growth)} ${unit === 'epoch' ? 'an' : 'a'} ${unit}`;
    case 'finished':
      return `${summary.overshoots ? 'overshoots the minimum, ' : ''}finishes after ${plural(steps, unit)}`;
    case 'stopped':
      return outcome.why === 'budget'
        ? 'not within the step budget'
        : `stops after ${plural(steps, unit)}, short of the minimum`;
    case 'ready':
      // The forecast's step limit came first (FORECAST_LIMIT): the run goes on past it.
      return `no stopping rule fires within the next ${steps} ${unit}s`;
  }
}

/** The whole forecast sentence: "At 0.1: next b3 = 1.5655; converges after 9 more steps." */
export function forecastText<S extends CommonSettings, T>(
  scenario: Scenario<S, T>,
  settings: S,
  forecast: {
    readonly rate: number;
    readonly next: T | undefined;
    readonly summary: ForecastSummary;
    readonly from: number;
  },
): string {
  const next = forecast.next
    ? 'next ' +
      scenario
        .nextValues(forecast.next, settings)
        .map(([name, value]) => `${name} = ${fixed4(value)}`)
        .join(', ') +
      '; '
    : `Step cannot go on from this ${stepUnit(scenario) === 'epoch' ? 'epoch' : 'iteration'}: `;
  return `At ${rateText(forecast.rate)}: ${next}${outcomeText(scenario, forecast.summary)}.`;
}
