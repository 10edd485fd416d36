import type { Msg } from '../../i18n/i18n';
import { expressionErrorMsg } from '../expressionError';
import { MODEL_FUNCTIONS, nonFinitePoint, type ModelSettings } from './model';

/** What is wrong with the model at its starting values on the data, if anything (a point's edit may do it). */
export function startProblem(settings: ModelSettings): Msg | null {
  const bad = nonFinitePoint(settings.model, settings.start, settings.data);
  return bad === null
    ? null
    : expressionErrorMsg({ kind: 'notFinite', point: bad }, MODEL_FUNCTIONS, (i) => settings.data[i]?.x ?? NaN);
}
