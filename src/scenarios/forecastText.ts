import type { ForecastSummary } from '../engine/forecast';
import { fixed, fixed4, plain } from '../format/number';
import { t, type MessageKey } from '../i18n/i18n';
import { unitOf, type CommonSettings, type Scenario } from './scenario';

/** A rate as a reader typed or picked it ("0.1", "0.0123"; "0,1" in Spanish), without binary noise. */
export function rateText(rate: number): string {
  return plain(Number(rate.toPrecision(6)));
}

/** The outcome part of the forecast: what the scenario's own stopping rule will say, and when. */
export function outcomeText<S extends CommonSettings, T>(scenario: Scenario<S, T>, summary: ForecastSummary): string {
  const { unit } = scenario;
  const { steps: count, outcome } = summary;
  const after = (plainKey: MessageKey, overshootKey: MessageKey) =>
    t(summary.overshoots ? overshootKey : plainKey, { count, unit });
  switch (outcome.kind) {
    case 'converged':
      return after('forecast.converges', 'forecast.overshootsConverges');
    case 'diverging':
      if (outcome.why === 'nonfinite' || summary.growth === null) return t('forecast.overflows');
      return t('forecast.grows', {
        loss: t(scenario.lossName),
        growth: summary.growth < 10 ? fixed(summary.growth, 1) : fixed(summary.growth, 0),
        unit,
      });
    case 'finished':
      return after('forecast.finishes', 'forecast.overshootsFinishes');
    case 'stopped':
      return outcome.why === 'budget' ? t('forecast.budget') : t('forecast.stops', { count, unit });
    case 'ready':
      // The forecast's step limit came first (FORECAST_LIMIT): the run goes on past it.
      return t('forecast.noRule', { count, unit });
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
  const rate = rateText(forecast.rate);
  const outcome = outcomeText(scenario, forecast.summary);
  if (!forecast.next) return t('forecast.cannotStep', { rate, unit: unitOf(scenario, settings), outcome });
  const values = scenario
    .nextValues(forecast.next, settings)
    .map(([name, value]) => `${name} = ${fixed4(value)}`)
    .join(', ');
  return t('forecast.sentence', { rate, values, outcome });
}
