import {
  biasProblem,
  biasRunToStop,
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
import { STATQUEST_DATA, STATQUEST_MIN_STEP } from '../../engine/statquestNetwork';
import { distinctPair, fixed4, short } from '../../format/number';
import { DOSAGE_SETS } from '../dosageSets';
import { learningRateSetting, type Column, type CommonSettings, type Scenario } from '../scenario';

export interface BiasSettings extends CommonSettings {
  readonly b3: number;
}

export const BIAS_DATA: Data = STATQUEST_DATA;
export const BIAS_BUDGET = 1000;
/** "Converged" means b3 is this close to the closed-form minimum when StatQuest's rule stops. */
export const BIAS_TOLERANCE = 0.01;

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
    rate: (step) => step.learningRate,
    isFinite: biasStepIsFinite,
    settled: (step) => Math.abs(step.stepSize) < STATQUEST_MIN_STEP,
    atMinimum: (step, settings) => Math.abs(step.newB3 - optimalB3(problemFor(settings.data))) <= BIAS_TOLERANCE,
    budget: () => BIAS_BUDGET,
    onBudgetSpent: 'stopped',
    runToStop: (settings) =>
      biasRunToStop(
        problemFor(settings.data),
        settings.b3,
        settings.learningRate,
        BIAS_BUDGET,
        STATQUEST_MIN_STEP,
        BIAS_TOLERANCE,
      ),
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
    const [from, to] = distinctPair(s.b3, s.newB3);
    return (
      `Step ${s.iteration}: gradient ${short(s.gradient)}, b3 moved from ${from} to ${to}, ` +
      `SSR ${after <= s.ssr ? 'fell' : 'rose'} to ${short(after)}.`
    );
  },
  explainStop: (kind, s, settings) => {
    const best = optimalB3(problemFor(settings.data));
    const distance = Math.abs(s.newB3 - best);
    if (kind === 'converged') {
      return (
        `b3 = ${fixed4(s.newB3)} is within ${BIAS_TOLERANCE} of the minimum b3* = ${fixed4(best)} ` +
        `(the step size fell below ${STATQUEST_MIN_STEP}).`
      );
    }
    return (
      `the step size fell below ${STATQUEST_MIN_STEP} while b3 is still ${short(distance)} from the minimum ` +
      `${fixed4(best)}; a larger learning rate gets there.`
    );
  },
  trainsToEnd: false,
  guessChart: 'SSR chart',
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
    const best = optimalB3(problem);
    return {
      start: [settings.b3],
      loss: ([b3]) => ssrAt(problem, b3!),
      gradient: ([b3]) => [ssrGradientAt(problem, b3!)],
      minimumLoss: ssrAt(problem, best),
      // The main run's rule: the step size (gradient × rate) below StatQuest's 0.001, at the minimum
      // within BIAS_TOLERANCE. Plain descent moves by exactly that step; a lane with momentum must
      // also have stopped moving, or it would stop where it turns round or as it passes the minimum.
      stopRule: {
        settled: ([before], [after], rate) =>
          Math.abs(ssrGradientAt(problem, before!) * rate) < STATQUEST_MIN_STEP &&
          Math.abs(after! - before!) < STATQUEST_MIN_STEP,
        atMinimum: ([b3]) => Math.abs(b3! - best) <= BIAS_TOLERANCE,
      },
    };
  },
  nextValues: (step) => [['b3', step.newB3]],
  bands: (settings) => {
    const curvature = ssrCurvature(problemFor(settings.data));
    return {
      monotoneBelow: 1 / curvature,
      divergesAbove: 2 / curvature,
      basis: `SSR curvature 2n = ${curvature}`,
    };
  },
  dataSets: DOSAGE_SETS,
};
