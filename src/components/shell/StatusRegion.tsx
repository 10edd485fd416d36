import type { Outcome } from '../../engine/training';
import type { AnyScenario } from '../../scenarios/registry';
import { explainDivergence, stepUnit, type CommonSettings } from '../../scenarios/scenario';
import { useDescent } from '../../store/descentStore';
import { shownStep, type Run } from '../../store/run';
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
  const unit = stepUnit(scenario);
  const steps = `${run.cursor} ${unit}${run.cursor === 1 ? '' : 's'}`;
  // A stopped run always ends in a step: judging an empty history says "ready".
  const why = (kind: 'converged' | 'settled' | 'finished') =>
    last === undefined ? '' : scenario.explainStop(kind, last, run.settings);
  switch (outcome.kind) {
    case 'converged':
      return `Converged after ${steps}: ${why('converged')}${narration}`;
    case 'stopped':
      return outcome.why === 'settled'
        ? `Stopped after ${steps}: ${why('settled')}${narration}`
        : `Stopped after ${steps}: the step budget is spent without converging.${narration}`;
    case 'finished':
      return `Finished ${steps}: ${why('finished')}${narration}`;
    case 'diverging':
      return `Diverging: ${explainDivergence(scenario, run.settings, outcome)} Lower the learning rate and Step on from here, or Reset.${narration}`;
    case 'ready':
      if (last === undefined) return `Ready: press Step to take the first ${scenario.stepWord.toLowerCase()}.`;
      return `${playing ? 'Running' : `${capitalized(steps)} taken`}${playing ? `: ${steps} so far` : ''}.${narration}`;
  }
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function StatusRegion() {
  const scenario = useActiveScenario();
  const run = useActiveRun();
  const outcome = useShownOutcome();
  const playing = useDescent((s) => s.playing !== null);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={`status status-${outcome.kind}`}>
      {statusText(scenario, run, outcome, playing)}
    </div>
  );
}
