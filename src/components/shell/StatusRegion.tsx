import type { Outcome } from '../../engine/training';
import { t } from '../../i18n/i18n';
import type { AnyScenario } from '../../scenarios/registry';
import { explainDivergence, unitOf, type CommonSettings } from '../../scenarios/scenario';
import { useDescent } from '../../store/descentStore';
import { shownStep, type Run } from '../../scenarios/run';
import { useT } from '../common/useT';
import { useActiveRun, useActiveScenario, useShownOutcome } from '../../store/selectors';

/** The status in words: what the last step did and where the run stands. */
export function statusText(
  scenario: AnyScenario,
  run: Run<CommonSettings, unknown>,
  outcome: Outcome,
  playing: boolean,
): string {
  const last = shownStep(run);
  const narration = last === undefined ? '' : ` ${scenario.narrate(last, run.settings)}`;
  const counted = { count: run.cursor, unit: unitOf(scenario, run.settings) };
  // A stopped run always ends in a step: judging an empty history says "ready".
  const why = (kind: 'converged' | 'settled' | 'finished') =>
    last === undefined ? '' : scenario.explainStop(kind, last, run.settings);
  switch (outcome.kind) {
    case 'converged':
      return t('status.converged', { ...counted, why: why('converged') }) + narration;
    case 'stopped':
      return outcome.why === 'settled'
        ? t('status.settled', { ...counted, why: why('settled') }) + narration
        : t('status.budget', counted) + narration;
    case 'finished':
      return t('status.finished', { ...counted, why: why('finished') }) + narration;
    case 'diverging':
      return t('status.diverging', { why: explainDivergence(scenario, run.settings, outcome) }) + narration;
    case 'ready':
      if (last === undefined) return t('status.ready', { unit: counted.unit });
      return t(playing ? 'status.running' : 'status.taken', counted) + narration;
  }
}

export function StatusRegion() {
  const scenario = useActiveScenario();
  const run = useActiveRun();
  const outcome = useShownOutcome();
  const playing = useDescent((s) => s.playing !== null);
  // Subscribes to the language: the narration is put into words again on a switch.
  useT();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={`status status-${outcome.kind}`}>
      {statusText(scenario, run, outcome, playing)}
    </div>
  );
}
