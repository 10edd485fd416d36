import type { PointEditing } from '../../charts/pointEditing';
import type { CommonSettings, Scenario } from '../../scenarios/scenario';
import { useDescent } from '../../store/descentStore';
import type { Run } from '../../scenarios/run';
import { usePointEditing } from './usePointEditing';
import { MAX_POINTS } from '../../scenarios/data';
import { useDecimal } from './useDecimal';
import { useShownStep, type ShownStep } from './useShownStep';
import { useT, type Translate } from './useT';
import { useWhatIf, type WhatIfStart } from './useWhatIf';

export interface ScenarioView<T> extends ShownStep<T> {
  readonly t: Translate;
  /** The language's decimal sign, for the charts' ticks. */
  readonly decimal: string;
  /** The data chart's editing callbacks; none above MAX_POINTS, where points are not edited one by one. */
  readonly editing: PointEditing | undefined;
  /** The prediction form is open: a click on the loss chart places the guess. */
  readonly asking: boolean;
  /**
   * Predict mode is on: the views hide the answer of the step Step takes next (its step size, the
   * new values, an arrow to them) until it is revealed. From the moment the mode is ticked, not from
   * the first question, and again right after each reveal: the panels then explain the next step,
   * which the class has not guessed yet.
   */
  readonly hideAnswer: boolean;
  /** The what-if path of a learning rate being chosen, or null. */
  readonly whatIf: WhatIfStart<T> | null;
}

/**
 * What every scenario's view starts from: its words, the step on screen (one moment: the last
 * step taken and the one Step takes next), the data's editing, predict mode and the what-if path.
 */
export function useScenarioView<S extends CommonSettings, T>(
  scenario: Scenario<S, T>,
  run: Run<S, T>,
): ScenarioView<T> {
  const t = useT();
  const decimal = useDecimal();
  const pointEditing = usePointEditing(run.settings.data);
  const editing = run.settings.data.length > MAX_POINTS ? undefined : pointEditing;
  const asking = useDescent((s) => s.asking);
  const hideAnswer = useDescent((s) => s.predictMode);
  const shown = useShownStep(scenario, run);
  const whatIf = useWhatIf(scenario, run);
  return { ...shown, t, decimal, editing, asking, hideAnswer, whatIf };
}
