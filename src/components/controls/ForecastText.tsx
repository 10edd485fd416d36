import { forecastText } from '../../scenarios/forecastText';
import { useActiveRun, useActiveScenario } from '../../store/selectors';
import { useForecast } from '../common/useForecast';
import { useT } from '../common/useT';

/**
 * The forecast for the rate being chosen, in words: a polite live region of its own, so the status
 * region keeps describing the run. Empty (but present, so it is announced) when no rate is chosen.
 */
export function ForecastText() {
  const scenario = useActiveScenario();
  const run = useActiveRun();
  const forecast = useForecast(scenario, run);
  const t = useT();
  return (
    <section className="forecast" aria-label={t('controls.forecast')} aria-live="polite">
      {forecast && <p>{forecastText(scenario, run.settings, forecast)}</p>}
    </section>
  );
}
