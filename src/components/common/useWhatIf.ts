import { useMemo } from 'react';
import type { CommonSettings, Scenario } from '../../scenarios/scenario';
import { rateText } from '../../scenarios/forecastText';
import type { Run } from '../../scenarios/run';
import { useForecast } from './useForecast';

/** Where a learning rate being chosen goes from the shown state: what every view's what-if marks start from. */
export interface WhatIfStart<T> {
  /** Its next step, its last forecast step, and every step between (the first included). */
  readonly first: T;
  readonly end: T;
  readonly path: readonly T[];
  /** Steps in the path, and the rate as the reader chose it ("0.1"; "0,1" in Spanish). */
  readonly count: number;
  readonly rate: string;
}

/** The what-if path while a learning rate is being chosen (slider focused or dragged), else null. */
export function useWhatIf<S extends CommonSettings, T>(
  scenario: Scenario<S, T>,
  run: Run<S, T>,
): WhatIfStart<T> | null {
  const forecast = useForecast(scenario, run);
  return useMemo(() => {
    const first = forecast?.path[0];
    if (!forecast || first === undefined) return null;
    const { path } = forecast;
    return { first, end: path[path.length - 1]!, path, count: path.length, rate: rateText(forecast.rate) };
  }, [forecast]);
}
