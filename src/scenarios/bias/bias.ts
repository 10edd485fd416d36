import {
  biasProblem,
  biasStepIsFinite,
  optimalB3,
  ssrAt,
  ssrCurvature,
  ssrGradientAt,
  stepBias,
  type BiasProblem,
  type BiasStep,
} from '../../engine/bias';
import type { Data } from '../../engine/point';
import { short } from '../../format/number';
import { learningRateSetting, type Column, type CommonSettings, type Scenario } from '../scenario';

export interface BiasSettings extends CommonSettings {
  readonly b3: number;
}

/** StatQuest's data: dosage 0, 0.5, 1 → efficacy 0, 1, 0. */
export const BIAS_DATA: Data = [
  { x: 0, y: 0 },
  { x: 0.5, y: 1 },
  { x: 1, y: 0 },
];

/** StatQuest's rule: stop when the step size is this small. */
export const CONVERGED_STEP = 0.001;
export const BIAS_BUDGET = 1000;

// One problem per data array: the store keeps data arrays immutable, so identity is a safe key.
const problems = new WeakMap<Data, BiasProblem>();
export function problemFor(data: Data): BiasProblem {
  let problem = problems.get(data);
  if (!problem) {
    problem = biasProblem(data);
    problems.set(data, problem);
  }
  return problem;
}

const BIAS_COLUMNS: readonly Column<BiasStep>[] = [
  { header: 'Iteration', csv: 'iteration', value: (s) => s.iteration },
  { header: 'b3', csv: 'b3', value: (s) => s.b3 },
  { header: 'SSR', csv: 'ssr', value: (s) => s.ssr },
  { header: 'Gradient', csv: 'gradient', value: (s) => s.gradient },
  { header: 'Step size', csv: 'step', value: (s) => s.stepSize },
  { header: 'New b3', csv: 'new_b3', value: (s) => s.newB3 },
];

export const biasScenario: Scenario<BiasSettings, BiasStep> = {
  id: 'bias',
  title: 'Final bias b3 of a tiny neural network',
  choiceLabel: 'bias: train b3 of the StatQuest network',
  defaults: { learningRate: 0.1, b3: 0, data: BIAS_DATA },
  trainer: {
    step: (settings, previous, index) =>
      stepBias(problemFor(settings.data), previous ? previous.newB3 : settings.b3, settings.learningRate, index + 1),
    // A step is stored as its b3 and rate; its record is replayed from them.
    codec: (settings) => {
      const problem = problemFor(settings.data);
      return {
        width: 2,
        encode: (step, into, offset) => {
          into[offset] = step.b3;
          into[offset + 1] = step.learningRate;
        },
        decode: (from, offset, index) => stepBias(problem, from[offset]!, from[offset + 1]!, index + 1),
      };
    },
    loss: (step) => step.ssr,
    isFinite: biasStepIsFinite,
    converged: (step) => Math.abs(step.stepSize) < CONVERGED_STEP,
    budget: () => BIAS_BUDGET,
    onBudgetSpent: 'stopped',
  },
  learningRate: learningRateSetting<BiasSettings>(),
  settings: [
    {
      key: 'b3',
      label: 'Starting b3',
      min: -100,
      max: 100,
      step: 0.1,
      read: (s) => s.b3,
      write: (s, b3) => ({ ...s, b3 }),
      restarts: true,
    },
  ],
  choices: [],
  columns: () => BIAS_COLUMNS,
  stepWord: 'Iteration',
  primary: { name: 'b3', before: (s) => s.b3, after: (s) => s.newB3 },
  lossName: 'SSR',
  narrate: (s, settings) => {
    const after = ssrAt(problemFor(settings.data), s.newB3);
    return (
      `Step ${s.iteration}: gradient ${short(s.gradient)}, b3 moved from ${short(s.b3)} to ${short(s.newB3)}, ` +
      `SSR ${after <= s.ssr ? 'fell' : 'rose'} to ${short(after)}.`
    );
  },
  divergenceCause: (settings) => {
    const n = settings.data.length;
    const limit = 1 / n;
    return (
      `SSR is a parabola in b3 with curvature 2n = ${ssrCurvature(problemFor(settings.data))}, so any ` +
      `learning rate above 1/n = ${short(limit)} overshoots further each step`
    );
  },
  raceProblem: (settings) => {
    const problem = problemFor(settings.data);
    return {
      start: [settings.b3],
      loss: ([b3]) => ssrAt(problem, b3!),
      gradient: ([b3]) => [ssrGradientAt(problem, b3!)],
      minimumLoss: ssrAt(problem, optimalB3(problem)),
    };
  },
  bands: (settings) => {
    const curvature = ssrCurvature(problemFor(settings.data));
    return {
      monotoneBelow: 1 / curvature,
      divergesAbove: 2 / curvature,
      basis: `SSR curvature 2n = ${curvature}`,
    };
  },
};
