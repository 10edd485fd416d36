import { parameterValues, UNARY_OPS, type Graph } from '../../engine/graph';
import { evaluateExpression } from '../../engine/graphExpression';
import { modelLossGraph, type SquaredLoss } from '../../engine/graphLoss';
import { curvatureAt, gradientNorm, modelStepIsFinite, stepModel, type ModelStep } from '../../engine/model';
import type { Data } from '../../engine/point';
import { STATQUEST_DATA } from '../../engine/statquestNetwork';
import { fixed4, precise, short } from '../../format/number';
import { msg, t } from '../../i18n/i18n';
import { DOSAGE_SETS } from '../dosageSets';
import { moveText } from '../moveText';
import {
  learningRateSetting,
  symbolHeader,
  type Column,
  type CommonSettings,
  type NumberSetting,
  type Scenario,
  type TextSetting,
} from '../scenario';
import { loadedReader, loadModelParser } from './modelParser';
import { DEFAULT_READY, type ModelFormula } from './readyModels';

export interface ModelSettings extends CommonSettings {
  /** ŷ = f(x, parameters), as typed and as a tree. */
  readonly model: ModelFormula;
  /** Where each parameter starts, by name (exactly the model's parameters). */
  readonly start: Readonly<Record<string, number>>;
  /** SSR = Σ(yᵢ − ŷᵢ)² or MSE = SSR / n. */
  readonly loss: SquaredLoss;
}

/** The functions a formula may call (the graph's unary operations but negation, a minus sign). */
export const MODEL_FUNCTIONS: readonly string[] = UNARY_OPS.filter((op) => op !== 'neg');

/**
 * A parameter named like a link's field would be read as that field (a parameter `lr` and the
 * learning rate), so those names are refused, as is y, the data's target.
 */
export const RESERVED_NAMES: readonly string[] = [
  'y',
  'scenario',
  'model',
  'loss',
  'lr',
  'iter',
  'data',
  'embed',
  'lang',
  'race',
  'hyper',
  'lesson',
  'card',
  'hide',
];

export const MODEL_BUDGET = 10000;
/** The run stops, converged, once the gradient's length is below this (a minimum, maybe a local one). */
export const MODEL_TOLERANCE = 0.005;

// One graph per formula, data and loss (the store keeps all three immutable): a step evaluates it.
const graphs = new WeakMap<ModelFormula, WeakMap<Data, Map<SquaredLoss, Graph>>>();

/** The loss of all points as a computational graph, its parameters named as the model names them. */
export function lossGraphOf(settings: Pick<ModelSettings, 'model' | 'data' | 'loss'>): Graph {
  let byData = graphs.get(settings.model);
  if (!byData) graphs.set(settings.model, (byData = new WeakMap()));
  let byLoss = byData.get(settings.data);
  if (!byLoss) byData.set(settings.data, (byLoss = new Map()));
  let graph = byLoss.get(settings.loss);
  if (!graph) {
    graph = modelLossGraph(settings.model.expression, settings.data, settings.loss);
    byLoss.set(settings.loss, graph);
  }
  return graph;
}

/** The starting values in the graph's parameter order. */
export const startValues = (settings: ModelSettings): Float64Array =>
  parameterValues(lossGraphOf(settings), settings.start);

/** ŷ at x for parameter values by name. */
export const predict = (model: ModelFormula, values: Readonly<Record<string, number>>, x: number): number =>
  evaluateExpression(model.expression, { ...values, x });

/** The parameters by name from values in the model's order. */
export function namedValues(model: ModelFormula, values: ArrayLike<number>): Record<string, number> {
  return Object.fromEntries(model.parameters.map((name, i) => [name, values[i]!]));
}

/** Where the model's value is not finite on the data at these parameter values, or null. */
export function nonFinitePoint(model: ModelFormula, values: Readonly<Record<string, number>>, data: Data) {
  const index = data.findIndex((point) => !Number.isFinite(predict(model, values, point.x)));
  return index < 0 ? null : index;
}

const lossSymbol = (loss: SquaredLoss) => (loss === 'ssr' ? 'SSR' : 'MSE');

const modelText: TextSetting<ModelSettings> = {
  key: 'model',
  label: 'model.setting.model',
  read: (s) => s.model.text,
  write: (settings, text) => {
    const read = loadedReader();
    return read ? read(settings, text) : { ok: false, error: msg('model.error.loading') };
  },
};

// The "Starting …" fields of a model, made once per formula.
const startSettings = new WeakMap<ModelFormula, readonly NumberSetting<ModelSettings>[]>();
function startSettingsOf(model: ModelFormula): readonly NumberSetting<ModelSettings>[] {
  let settings = startSettings.get(model);
  if (!settings) {
    settings = model.parameters.map((name): NumberSetting<ModelSettings> => ({
      key: name,
      label: msg('model.setting.start', { name }),
      min: -1000,
      max: 1000,
      step: 0.1,
      read: (s) => s.start[name] ?? 0,
      write: (s, value) => ({ ...s, start: { ...s.start, [name]: value } }),
      restarts: true,
    }));
    startSettings.set(model, settings);
  }
  return settings;
}

// The history's columns per formula and loss.
const columnCache = new WeakMap<ModelFormula, Map<SquaredLoss, readonly Column<ModelStep>[]>>();
function columnsOf(model: ModelFormula, loss: SquaredLoss): readonly Column<ModelStep>[] {
  let byLoss = columnCache.get(model);
  if (!byLoss) columnCache.set(model, (byLoss = new Map()));
  let columns = byLoss.get(loss);
  if (!columns) {
    const symbol = lossSymbol(loss);
    const names = model.parameters;
    columns = [
      { header: msg('scenario.column.iteration'), csv: 'iteration', value: (s) => s.iteration },
      ...names.map((name, i): Column<ModelStep> => ({
        header: symbolHeader(name),
        csv: name,
        value: (s) => s.params[i]!,
      })),
      { header: symbolHeader(symbol), csv: loss, value: (s) => s.loss },
      ...names.map((name, i): Column<ModelStep> => ({
        header: symbolHeader(`∂${symbol}/∂${name}`),
        csv: `d_${name}`,
        value: (s) => s.gradient[i]!,
      })),
      ...names.map((name, i): Column<ModelStep> => ({
        header: msg('model.column.new', { name }),
        csv: `new_${name}`,
        value: (s) => s.newParams[i]!,
      })),
    ];
    byLoss.set(loss, columns);
  }
  return columns;
}

/**
 * The largest curvature of the loss at the start (a finite-difference Hessian of the graph's
 * gradient): kept per formula, data, loss and start, since the learning-rate control asks on every render.
 */
export function startCurvature(settings: ModelSettings): number {
  const graph = lossGraphOf(settings);
  const key = graph.parameters.map(({ name }) => settings.start[name]).join(',');
  let byStart = curvatures.get(graph);
  if (!byStart) curvatures.set(graph, (byStart = new Map()));
  let lambda = byStart.get(key);
  if (lambda === undefined) {
    lambda = curvatureAt(graph, startValues(settings));
    if (!Number.isFinite(lambda)) lambda = 0;
    byStart.set(key, lambda);
  }
  return lambda;
}
const curvatures = new WeakMap<Graph, Map<string, number>>();

const largestMove = (step: ModelStep): number => {
  let k = 0;
  for (let i = 1; i < step.stepSizes.length; i++)
    if (Math.abs(step.stepSizes[i]!) > Math.abs(step.stepSizes[k]!)) k = i;
  return k;
};

export const modelScenario: Scenario<ModelSettings, ModelStep> = {
  id: 'model',
  title: 'model.title',
  choiceLabel: 'model.choice',
  defaults: {
    learningRate: 0.1,
    data: STATQUEST_DATA,
    model: DEFAULT_READY.formula,
    start: DEFAULT_READY.start,
    loss: 'ssr',
  },
  trainer: {
    step: (settings, previous, index) =>
      stepModel(
        lossGraphOf(settings),
        previous ? previous.newParams : startValues(settings),
        settings.learningRate,
        index + 1,
      ),
    // A step is stored as its parameters and its rate; the record is replayed from them.
    codec: (settings) => {
      const graph = lossGraphOf(settings);
      const n = graph.parameters.length;
      return {
        width: n + 1,
        encode: (step, into, offset) => {
          for (let i = 0; i < n; i++) into[offset + i] = step.params[i]!;
          into[offset + n] = step.learningRate;
        },
        decode: (from, offset, index) =>
          stepModel(graph, from.subarray(offset, offset + n), from[offset + n]!, index + 1),
      };
    },
    loss: (step) => step.loss,
    rate: (step) => step.learningRate,
    isFinite: modelStepIsFinite,
    // The gradient's length, not StatQuest's step-size rule: along a flat direction (the
    // parabola's smallest curvature on the dosage data is 0.04) every step falls below 0.001 far
    // from the minimum (step 691 at rate 0.1, where the gradient's length is still 0.014).
    settled: (step) => gradientNorm(step) < MODEL_TOLERANCE,
    atMinimum: (step) => gradientNorm(step) < MODEL_TOLERANCE,
    budget: () => MODEL_BUDGET,
    onBudgetSpent: 'stopped',
  },
  learningRate: learningRateSetting<ModelSettings>(),
  settings: (settings) => startSettingsOf(settings.model),
  texts: [modelText],
  prepare: loadModelParser,
  choices: [
    {
      key: 'loss',
      label: 'model.setting.loss',
      options: [
        { value: 'ssr', label: 'model.loss.ssr' },
        { value: 'mse', label: 'model.loss.mse' },
      ],
      fallback: 'ssr',
      read: (s) => s.loss,
      write: (s, loss) => ({ ...s, loss: loss as SquaredLoss }),
    },
  ],
  columns: (settings) => columnsOf(settings.model, settings.loss),
  stepWord: 'scenario.stepWord.iteration',
  unit: 'step',
  lossName: 'scenario.loss.loss',
  primary: {
    // The model's first parameter: whichever the formula names first.
    name: (settings) => settings.model.parameters[0] ?? '',
    before: (s) => s.params[0]!,
    after: (s) => s.newParams[0]!,
  },
  narrate: (s, settings) => {
    const k = largestMove(s);
    const name = settings.model.parameters[k] ?? '';
    return t('model.narrate', {
      iteration: s.iteration,
      loss: lossSymbol(settings.loss),
      value: short(s.loss),
      name,
      move: moveText(s.params[k]!, s.newParams[k]!),
      gradient: short(s.gradient[k]!),
    });
  },
  // The stopping rule and the minimum test are the same one: a stopped run is at a stationary point.
  explainStop: (_, s, settings) =>
    t('model.stop.converged', {
      norm: fixed4(gradientNorm(s)),
      tolerance: MODEL_TOLERANCE,
      loss: lossSymbol(settings.loss),
      value: fixed4(s.loss),
    }),
  trainsToEnd: false,
  divergenceCause: (settings) => {
    const lambda = startCurvature(settings);
    return t('model.divergenceCause', {
      loss: lossSymbol(settings.loss),
      lambda: short(lambda),
      limit: lambda > 0 ? precise(2 / lambda, 3) : '∞',
    });
  },
  nextValues: (step, settings) => settings.model.parameters.map((name, i) => [name, step.newParams[i]!] as const),
  bands: (settings) => {
    const lambda = startCurvature(settings);
    return {
      monotoneBelow: lambda > 0 ? Math.min(1, 1 / lambda) : 1,
      divergesAbove: lambda > 0 ? Math.min(1, 2 / lambda) : 1,
      local: true,
      basis: t('model.bands.basis', { loss: lossSymbol(settings.loss), lambda: short(lambda) }),
    };
  },
  graph: {
    build: (settings, sample) =>
      sample === 'all'
        ? lossGraphOf(settings)
        : modelLossGraph(settings.model.expression, settings.data, settings.loss, sample),
    values: (settings, last) => (last ? namedValues(settings.model, last.newParams) : { ...settings.start }),
  },
  dataSets: DOSAGE_SETS,
};
