import { msg, type Msg } from '../../i18n/i18n';
import { MAX_RECORDED_STEPS } from './recordingPlan';

/** Why the typed number of steps cannot be recorded (the run has stopped, or out of range), or null. */
export function stepsProblem(stepsText: string, until: number): Msg | null {
  if (until === 0) return msg('output.record.stopped');
  const steps = Number(stepsText);
  const valid = /^\s*\d+\s*$/.test(stepsText) && steps >= 1 && steps <= MAX_RECORDED_STEPS;
  return valid ? null : msg('output.record.stepsRange', { max: MAX_RECORDED_STEPS });
}

/** Why no chart can be recorded yet (none on the page so far, or none chosen), or null. */
export function chartsProblem(charts: number, chosen: number): Msg | null {
  if (charts === 0) return msg('output.record.chartsLoading');
  return chosen === 0 ? msg('output.record.chooseChart') : null;
}
