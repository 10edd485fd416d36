import {
  evaluate,
  networkStepIsFinite,
  PARAMETERS,
  randomStart,
  STATQUEST_PARAMS,
  stepNetwork,
  type NetworkParams,
  type NetworkStep,
  type Parameter,
} from '../../engine/backprop';
import { STATQUEST_DATA, STATQUEST_MIN_STEP } from '../../engine/statquestNetwork';
import { fixed4, precise, short } from '../../format/number';
import { DOSAGE_SETS } from '../dosageSets';
import { msg, t } from '../../i18n/i18n';
import {
  learningRateSetting,
  seedSetting,
  symbolHeader,
  type Column,
  type CommonSettings,
  type Scenario,
} from '../scenario';
import { moveText } from '../moveText';
import { networkGraph } from '../../engine/networkGraph';
import { graphPerData } from '../graphCache';

export type TrainedSet = 'b3' | 'w3w4b3' | 'all';

export interface NetworkSettings extends CommonSettings {
  /** Which parameters gradient descent updates; the others keep their starting values. */
  readonly train: TrainedSet;
  /** StatQuest's values, or a seeded random start for the trained weights. */
  readonly init: 'statquest' | 'random';
  readonly seed: number;
}

const TRAINED: Record<TrainedSet, readonly Parameter[]> = {
  b3: ['b3'],
  w3w4b3: ['w3', 'w4', 'b3'],
  all: PARAMETERS,
};

export const NETWORK_BUDGET = 10000;
/**
 * "Converged to a minimum" means the gradient's norm over the trained parameters is below this
 * when StatQuest's rule stops the run (it may be a local minimum: the network's SSR is not convex).
 */
export const NETWORK_TOLERANCE = 0.005;

/** The gradient's length over the parameters that train. */
export function trainedGradientNorm(step: NetworkStep, settings: NetworkSettings): number {
  return Math.hypot(...trainedOf(settings).map((name) => step.gradient[name]));
}

export function trainedOf(settings: NetworkSettings): readonly Parameter[] {
  return TRAINED[settings.train];
}

export function startOf(settings: NetworkSettings): NetworkParams {
  return settings.init === 'random' ? randomStart(settings.seed, trainedOf(settings)) : STATQUEST_PARAMS;
}

/**
 * The largest curvature of the SSR over the trained parameters at the start (power iteration on
 * finite-difference Hessian–vector products): gradient descent diverges for rates above 2/λmax.
 */
export function startCurvature(settings: NetworkSettings): number {
  // Asked for on every render of the learning-rate control, the sweep panel and the view (a drag
  // renders them per input event): kept per data array (immutable in the store) and start.
  const key = `${settings.train}|${settings.init}|${settings.seed}`;
  let byStart = curvatures.get(settings.data);
  if (!byStart) curvatures.set(settings.data, (byStart = new Map()));
  let lambda = byStart.get(key);
  if (lambda === undefined) {
    lambda = computeStartCurvature(settings);
    byStart.set(key, lambda);
  }
  return lambda;
}

const curvatures = new WeakMap<object, Map<string, number>>();

function computeStartCurvature(settings: NetworkSettings): number {
  const trained = trainedOf(settings);
  const start = startOf(settings);
  const grad = (p: NetworkParams) => evaluate(settings.data, p).gradient;
  const g0 = grad(start);
  let v = trained.map(() => 1 / Math.sqrt(trained.length));
  let lambda = 0;
  for (let k = 0; k < 30; k++) {
    const h = 1e-5;
    const moved: Record<Parameter, number> = { ...start };
    trained.forEach((name, i) => (moved[name] += h * v[i]!));
    const g1 = grad(moved);
    const hv = trained.map((name) => (g1[name] - g0[name]) / h);
    const norm = Math.hypot(...hv);
    if (!(norm > 0)) return 0;
    lambda = hv.reduce((sum, x, i) => sum + x * v[i]!, 0);
    v = hv.map((x) => x / norm);
  }
  return Math.abs(lambda);
}

const columnsCache = new Map<TrainedSet, readonly Column<NetworkStep>[]>();
function columnsFor(train: TrainedSet): readonly Column<NetworkStep>[] {
  let columns = columnsCache.get(train);
  if (!columns) {
    columns = [
      { header: msg('scenario.column.iteration'), csv: 'iteration', value: (s) => s.iteration },
      { header: symbolHeader('SSR'), csv: 'ssr', value: (s) => s.ssr },
      ...TRAINED[train].flatMap((name): Column<NetworkStep>[] => [
        { header: symbolHeader(name), csv: name, value: (s) => s.params[name] },
        { header: symbolHeader(`dSSR/d${name}`), csv: `d_${name}`, value: (s) => s.gradient[name] },
      ]),
    ];
    columnsCache.set(train, columns);
  }
  return columns;
}

const networkGraphOf = graphPerData((data, sample) => networkGraph(data, sample));

export const networkScenario: Scenario<NetworkSettings, NetworkStep> = {
  id: 'network',
  title: 'network.title',
  choiceLabel: 'network.choice',
  defaults: { learningRate: 0.1, data: STATQUEST_DATA, train: 'b3', init: 'statquest', seed: 1 },
  trainer: {
    step: (settings, previous, index) =>
      stepNetwork(
        settings.data,
        previous ? previous.newParams : startOf(settings),
        trainedOf(settings),
        settings.learningRate,
        index + 1,
      ),
    // A step is stored as its seven parameters and its rate; the record is replayed from them.
    codec: (settings) => {
      const trained = trainedOf(settings);
      return {
        width: PARAMETERS.length + 1,
        encode: (step, into, offset) => {
          PARAMETERS.forEach((name, i) => (into[offset + i] = step.params[name]));
          into[offset + PARAMETERS.length] = step.learningRate;
        },
        decode: (from, offset, index) => {
          const params = Object.fromEntries(PARAMETERS.map((name, i) => [name, from[offset + i]!])) as NetworkParams;
          return stepNetwork(settings.data, params, trained, from[offset + PARAMETERS.length]!, index + 1);
        },
      };
    },
    loss: (step) => step.ssr,
    rate: (step) => step.learningRate,
    isFinite: networkStepIsFinite,
    // StatQuest's rule, for every trained parameter at once.
    settled: (step) => PARAMETERS.every((name) => Math.abs(step.stepSizes[name]) < STATQUEST_MIN_STEP),
    atMinimum: (step, settings) => trainedGradientNorm(step, settings) < NETWORK_TOLERANCE,
    budget: () => NETWORK_BUDGET,
    onBudgetSpent: 'stopped',
  },
  learningRate: learningRateSetting<NetworkSettings>(),
  settings: [seedSetting('network.setting.seed', (s) => s.init === 'random')],
  choices: [
    {
      key: 'train',
      label: 'network.setting.train',
      options: [
        { value: 'b3', label: 'network.train.b3' },
        { value: 'w3w4b3', label: 'network.train.w3w4b3' },
        { value: 'all', label: 'network.train.all' },
      ],
      fallback: 'b3',
      read: (s) => s.train,
      write: (s, train) => ({ ...s, train: train as TrainedSet }),
    },
    {
      key: 'init',
      label: 'network.setting.init',
      options: [
        { value: 'statquest', label: 'network.init.statquest' },
        { value: 'random', label: 'network.init.random' },
      ],
      fallback: 'statquest',
      read: (s) => s.init,
      write: (s, init) => ({ ...s, init: init as NetworkSettings['init'] }),
    },
  ],
  columns: (settings) => columnsFor(settings.train),
  stepWord: 'scenario.stepWord.iteration',
  unit: 'step',
  lossName: 'scenario.loss.ssr',
  primary: { name: 'b3', before: (s) => s.params.b3, after: (s) => s.newParams.b3 },
  narrate: (s) => {
    const largest = PARAMETERS.reduce((a, b) => (Math.abs(s.stepSizes[b]) > Math.abs(s.stepSizes[a]) ? b : a));
    return t('network.narrate', {
      iteration: s.iteration,
      ssr: short(s.ssr),
      name: largest,
      move: moveText(s.params[largest], s.newParams[largest]),
      gradient: short(s.gradient[largest]),
    });
  },
  explainStop: (kind, s, settings) => {
    const values = {
      minStep: STATQUEST_MIN_STEP,
      norm: fixed4(trainedGradientNorm(s, settings)),
      tolerance: NETWORK_TOLERANCE,
      ssr: fixed4(s.ssr),
    };
    return kind === 'converged' ? t('network.stop.converged', values) : t('network.stop.settled', values);
  },
  trainsToEnd: false,
  divergenceCause: (settings) => {
    const lambda = startCurvature(settings);
    return t('network.divergenceCause', {
      lambda: short(lambda),
      limit: lambda > 0 ? precise(2 / lambda, 3) : '∞',
    });
  },
  nextValues: (step, settings) => {
    const trained = new Set(trainedOf(settings));
    return PARAMETERS.filter((p) => trained.has(p)).map((p) => [p, step.newParams[p]] as const);
  },
  bands: (settings) => {
    const lambda = startCurvature(settings);
    return {
      monotoneBelow: lambda > 0 ? 1 / lambda : 1,
      divergesAbove: lambda > 0 ? 2 / lambda : 1,
      local: true,
      basis: t('network.bands.basis', { lambda: short(lambda) }),
    };
  },
  dataSets: DOSAGE_SETS,
  // Every parameter is a node, trained or not: the untrained keep their starting values.
  graph: {
    build: (settings, sample) => networkGraphOf(settings.data, sample),
    values: (settings, last) => (last ? last.newParams : startOf(settings)),
  },
};
