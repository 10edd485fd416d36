import type { Outcome } from '../../engine/training';
import { fixed4 } from '../../format/number';
import { explainDivergence, stepUnit, type CommonSettings, type Scenario } from '../../scenarios/scenario';
import { useDescent } from '../../store/descentStore';
import { shownStep, type Run } from '../../store/run';
import { useActiveRun, useActiveScenario, useShownOutcome } from '../../store/selectors';

/** The status in words: what the last step did and where the run stands. */
export function statusText(
  scenario: Scenario<CommonSettings, unknown>,
  run: Run<CommonSettings, unknown>,
  outcome: Outcome,
  playing: boolean,
): string {
  const last = shownStep(run);
  const narration = last === undefined ? '' : ` ${scenario.narrate(last, run.settings)}`;
  const unit = stepUnit(scenario);
  const steps = `${run.cursor} ${unit}${run.cursor === 1 ? '' : 's'}`;
  switch (outcome.kind) {
    case 'converged':
      return `Converged after ${steps}: the step size fell below 0.001.${narration}`;
    case 'stopped':
      return `Stopped after ${steps}: the step budget is spent without converging.${narration}`;
    case 'finished': {
      const final = last as { newW: number; newB: number } | undefined;
      return `Finished ${steps}: w = ${fixed4(final?.newW ?? NaN)}, b = ${fixed4(final?.newB ?? NaN)}.${narration}`;
    }
    case 'diverging':
      return `Diverging: ${explainDivergence(scenario, run.settings, outcome.why)} Lower the learning rate, then Step or Reset.${narration}`;
    case 'ready':
      if (last === undefined) return `Ready: press Step to take the first ${scenario.stepWord.toLowerCase()}.`;
      return `${playing ? 'Running' : 'Paused'} after ${steps}.${narration}`;
  }
}

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
