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
import { fixed4, short } from '../../format/number';
import { msg, t } from '../../i18n/i18n';
import { DOSAGE_SETS } from '../dosageSets';
import { learningRateSetting, symbolHeader, type Column, type CommonSettings, type Scenario } from '../scenario';
import { moveText } from '../moveText';
import { biasGraph } from '../../engine/biasGraph';
import { graphPerData } from '../graphCache';

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
  { header: msg('scenario.column.iteration'), csv: 'iteration', value: (s) => s.iteration },
  { header: symbolHeader('b3'), csv: 'b3', value: (s) => s.b3 },
  { header: symbolHeader('SSR'), csv: 'ssr', value: (s) => s.ssr },
  { header: msg('bias.column.gradient'), csv: 'gradient', value: (s) => s.gradient },
  { header: msg('bias.column.stepSize'), csv: 'step', value: (s) => s.stepSize },
  { header: msg('bias.column.newB3'), csv: 'new_b3', value: (s) => s.newB3 },
];

const biasGraphOf = graphPerData((data, sample) => biasGraph(data, sample));

export const biasScenario: Scenario<BiasSettings, BiasStep> = {
  id: 'bias',
  title: 'bias.title',
  choiceLabel: 'bias.choice',
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
      label: 'bias.setting.b3',
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
  stepWord: 'scenario.stepWord.iteration',
  unit: 'step',
  primary: { name: 'b3', before: (s) => s.b3, after: (s) => s.newB3 },
  lossName: 'scenario.loss.ssr',
  narrate: (s, settings) => {
    const after = ssrAt(problemFor(settings.data), s.newB3);
    return t('bias.narrate', {
      iteration: s.iteration,
      gradient: short(s.gradient),
      move: moveText(s.b3, s.newB3),
      direction: after <= s.ssr ? 'fell' : 'rose',
      ssr: short(after),
    });
  },
  explainStop: (kind, s, settings) => {
    const best = optimalB3(problemFor(settings.data));
    const distance = Math.abs(s.newB3 - best);
    if (kind === 'converged') {
      return t('bias.stop.converged', {
        b3: fixed4(s.newB3),
        tolerance: BIAS_TOLERANCE,
        best: fixed4(best),
        minStep: STATQUEST_MIN_STEP,
      });
    }
    return t('bias.stop.settled', { minStep: STATQUEST_MIN_STEP, distance: short(distance), best: fixed4(best) });
  },
  trainsToEnd: false,
  guessChart: 'bias.guessChart',
  divergenceCause: (settings) =>
    t('bias.divergenceCause', {
      curvature: ssrCurvature(problemFor(settings.data)),
      limit: short(1 / settings.data.length),
    }),
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
      basis: t('bias.bands.basis', { curvature }),
    };
  },
  dataSets: DOSAGE_SETS,
  graph: {
    build: (settings, sample) => biasGraphOf(settings.data, sample),
    values: (settings, last) => ({ b3: last ? last.newB3 : settings.b3 }),
  },
};
