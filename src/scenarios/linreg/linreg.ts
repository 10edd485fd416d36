import {
  hessianMaxEigenvalue,
  leastSquares,
  linregRunToStop,
  linregStepIsFinite,
  stepLinreg,
  batchesPerEpoch,
  EXACT_SUMS_UP_TO,
  fullGradient,
  type LinregStep,
} from '../../engine/linreg';
import type { Data } from '../../engine/point';
import { fixed4, precise, short } from '../../format/number';
import { msg, t } from '../../i18n/i18n';
import {
  learningRateSetting,
  seedSetting,
  symbolHeader,
  type Column,
  type CommonSettings,
  type Scenario,
} from '../scenario';
import { linregDataSets } from './dataSets';
import { loadNamedSets } from './realSets/realSets';
import { moveText } from '../moveText';
import { linregGraph } from '../../engine/linregGraph';
import { graphPerData } from '../graphCache';
import { MAX_TABLE_ROWS } from '../data';
import type { Trainer } from '../../engine/training';

export interface LinregSettings extends CommonSettings {
  readonly w: number;
  readonly b: number;
  readonly epochs: number;
  /** Print a log line every this many epochs, as the script's `if epoch % 50 == 0`. */
  readonly every: number;
  /** Samples per update: 1 is stochastic, the data's size or more is full batches (the article's). */
  readonly batchSize: number;
  /** Seeds the mini-batches' shuffles. */
  readonly seed: number;
}

/** Updates a run takes at most, whatever its epochs: with batch size 1 on 100,000 points an epoch alone is that many. */
export const MAX_UPDATES = 100_000;

/** Updates per epoch for these settings (1 with full batches). */
export const batchesOf = (settings: LinregSettings): number =>
  batchesPerEpoch(settings.data.length, settings.batchSize);

export const LINREG_DATA: Data = [1, 2, 3, 4, 5].map((v) => ({ x: v, y: v }));

/**
 * "At the minimum": w and b each within this of the least-squares line, the tolerance the bias
 * scenario's status states for "Converged" on its one parameter.
 */
export const LINREG_TOLERANCE = 0.01;

/** The least-squares line of a data array (immutable in the store), or where all x share one value. */
type Minimum = { readonly best: { w: number; b: number } } | { readonly best: null; x: number; meanY: number };
const minima = new WeakMap<Data, Minimum>();
function minimumOf(data: Data): Minimum {
  let found = minima.get(data);
  if (!found) {
    const best = leastSquares(data);
    found = best
      ? { best }
      : { best: null, x: data[0]?.x ?? 0, meanY: data.reduce((s, p) => s + p.y, 0) / Math.max(1, data.length) };
    minima.set(data, found);
  }
  return found;
}

/**
 * Whether the parameters after an epoch are at the minimum within LINREG_TOLERANCE. With every x
 * equal the minima form a line (any w, with b through the mean of y): there, the prediction at
 * that x is within the tolerance of the mean.
 */
export function linregAtMinimum(step: LinregStep, settings: LinregSettings): boolean {
  return atMinimumOf(settings.data, step.newW, step.newB);
}

function atMinimumOf(data: Data, w: number, b: number): boolean {
  const minimum = minimumOf(data);
  if (minimum.best === null) return Math.abs(w * minimum.x + b - minimum.meanY) <= LINREG_TOLERANCE;
  return Math.abs(w - minimum.best.w) <= LINREG_TOLERANCE && Math.abs(b - minimum.best.b) <= LINREG_TOLERANCE;
}

const EPOCH_COLUMN: Column<LinregStep> = { header: msg('scenario.column.epoch'), csv: 'epoch', value: (s) => s.epoch };
const BATCH_COLUMN: Column<LinregStep> = {
  header: msg('linreg.column.batch'),
  csv: 'batch',
  value: (s) => s.batch,
  count: true,
};
const LINREG_COLUMNS: readonly Column<LinregStep>[] = [
  EPOCH_COLUMN,
  { header: symbolHeader('w'), csv: 'w', value: (s) => s.w },
  { header: symbolHeader('b'), csv: 'b', value: (s) => s.b },
  { header: msg('linreg.column.loss'), csv: 'loss', value: (s) => s.loss },
  { header: symbolHeader('dL/dw'), csv: 'dw', value: (s) => s.dw },
  { header: symbolHeader('dL/db'), csv: 'db', value: (s) => s.db },
  { header: msg('linreg.column.newW'), csv: 'new_w', value: (s) => s.newW },
  { header: msg('linreg.column.newB'), csv: 'new_b', value: (s) => s.newB },
];
// With mini-batches a row is one batch's update: its epoch, then which batch of it.
const BATCH_COLUMNS: readonly Column<LinregStep>[] = [EPOCH_COLUMN, BATCH_COLUMN, ...LINREG_COLUMNS.slice(1)];

const linregGraphOf = graphPerData((data, sample) => linregGraph(data, sample));

/** The trainer, with the full batches' sums in numpy's order (the run's) or from the moments (lean runs'). */
function linregTrainer(sums: 'numpy' | 'moments'): Trainer<LinregSettings, LinregStep> {
  return {
    step: (settings, previous, index) =>
      stepLinreg(
        settings.data,
        previous ? { w: previous.newW, b: previous.newB } : { w: settings.w, b: settings.b },
        { ...settings, sums },
        index,
      ),
    // An epoch is stored as its w, b and rate; its record is replayed from them.
    codec: (settings) => {
      const { data, batchSize, seed } = settings;
      return {
        width: 3,
        encode: (step, into, offset) => {
          into[offset] = step.w;
          into[offset + 1] = step.b;
          into[offset + 2] = step.learningRate;
        },
        decode: (from, offset, index) =>
          stepLinreg(
            data,
            { w: from[offset]!, b: from[offset + 1]! },
            { learningRate: from[offset + 2]!, batchSize, seed, sums },
            index,
          ),
      };
    },
    // The whole data's loss: a mini-batch's own loss is noisy by design, so it judges nothing.
    loss: (step) => step.fullLoss,
    rate: (step) => step.learningRate,
    isFinite: linregStepIsFinite,
    // The reference script trains its whole epoch budget: no rule stops it earlier.
    settled: () => false,
    atMinimum: linregAtMinimum,
    budget: (settings) => Math.min(settings.epochs * batchesOf(settings), MAX_UPDATES),
    // A mini-batch path climbs now and then on its way down: it diverges by overflowing.
    judgesGrowth: (settings) => batchesOf(settings) === 1,
    onBudgetSpent: 'finished',
  };
}

const LEAN_TRAINER = linregTrainer('moments');

export const linregScenario: Scenario<LinregSettings, LinregStep> = {
  id: 'linreg',
  title: 'linreg.title',
  choiceLabel: 'linreg.choice',
  defaults: {
    learningRate: 0.01,
    w: 0,
    b: 0,
    epochs: 1000,
    every: 50,
    batchSize: MAX_TABLE_ROWS,
    seed: 1,
    data: LINREG_DATA,
  },
  trainer: linregTrainer('numpy'),
  // Over a whole table a forecast or a what-if path takes its epochs' sums from the moments.
  leanTrainer: (settings) => (settings.data.length > EXACT_SUMS_UP_TO ? LEAN_TRAINER : null),
  learningRate: learningRateSetting<LinregSettings>(),
  settings: [
    {
      key: 'w',
      label: 'linreg.setting.w',
      min: -1000,
      max: 1000,
      step: 0.1,
      read: (s) => s.w,
      write: (s, w) => ({ ...s, w }),
      restarts: true,
    },
    {
      key: 'b',
      label: 'linreg.setting.b',
      min: -1000,
      max: 1000,
      step: 0.1,
      read: (s) => s.b,
      write: (s, b) => ({ ...s, b }),
      restarts: true,
    },
    {
      key: 'epochs',
      label: 'linreg.setting.epochs',
      min: 1,
      max: 100000,
      integer: true,
      step: 100,
      read: (s) => s.epochs,
      write: (s, epochs) => ({ ...s, epochs }),
      restarts: false,
    },
    {
      key: 'every',
      label: 'linreg.setting.every',
      min: 1,
      max: 10000,
      integer: true,
      step: 10,
      read: (s) => s.every,
      write: (s, every) => ({ ...s, every }),
      restarts: false,
    },
    {
      key: 'batch',
      label: 'linreg.setting.batch',
      min: 1,
      max: MAX_TABLE_ROWS,
      integer: true,
      step: 1,
      // Any size from m up is the full batch: the field shows m, and a link leaves it out.
      read: (s) => Math.min(s.batchSize, s.data.length),
      write: (s, batchSize) => ({ ...s, batchSize: batchSize >= s.data.length ? MAX_TABLE_ROWS : batchSize }),
      inLink: (s) => batchesOf(s) > 1,
      describe: (s) => {
        const batches = batchesOf(s);
        return batches === 1
          ? msg('linreg.batch.full', { count: s.data.length })
          : msg('linreg.batch.mini', {
              count: s.data.length,
              batches,
              capped: s.epochs * batches > MAX_UPDATES ? 'yes' : 'no',
              max: MAX_UPDATES,
            });
      },
      restarts: true,
    },
    seedSetting('linreg.setting.seed', (s) => batchesOf(s) > 1),
  ],
  choices: [],
  columns: (settings) => (batchesOf(settings) > 1 ? BATCH_COLUMNS : LINREG_COLUMNS),
  stepWord: 'scenario.stepWord.epoch',
  unit: 'epoch',
  unitFor: (settings) => (batchesOf(settings) > 1 ? 'step' : 'epoch'),
  primary: { name: 'w', before: (s) => s.w, after: (s) => s.newW },
  lossName: 'scenario.loss.loss',
  narrate: (s) => {
    return t(s.batches > 1 ? 'linreg.narrateBatch' : 'linreg.narrate', {
      epoch: s.epoch,
      batch: s.batch,
      batches: s.batches,
      loss: short(s.loss),
      dw: short(s.dw),
      db: short(s.db),
      w: moveText(s.w, s.newW),
      b: moveText(s.b, s.newB),
    });
  },
  explainStop: (_, s) => t('linreg.stop', { w: fixed4(s.newW), b: fixed4(s.newB) }),
  trainsToEnd: true,
  divergenceCause: (settings) => {
    const lambda = hessianMaxEigenvalue(settings.data);
    return t('linreg.divergenceCause', { lambda: short(lambda), limit: precise(2 / lambda, 3) });
  },
  raceProblem: (settings) => {
    const { data } = settings;
    // With every x equal there is a line of minima; w = 0 through the mean is one of them.
    const best = leastSquares(data) ?? { w: 0, b: data.reduce((s, p) => s + p.y, 0) / data.length };
    return {
      start: [settings.w, settings.b],
      loss: ([w, b]) => fullGradient(data, { w: w!, b: b! }).loss,
      gradient: ([w, b]) => {
        const g = fullGradient(data, { w: w!, b: b! });
        return [g.dw, g.db];
      },
      minimumLoss: fullGradient(data, best).loss,
    };
  },
  nextValues: (step) => [
    ['w', step.newW],
    ['b', step.newB],
  ],
  // Epochs until the line is the least-squares one (within LINREG_TOLERANCE). A step-size rule
  // (StatQuest's, each parameter moving less than 0.001) fires far from it here: along the MSE's
  // flat direction (λmin ≈ 0.34 for the article's data) the steps shrink long before the minimum,
  // and at 0.0139 it stopped at w = 0.933, b = 0.237 after 17 epochs.
  sweepRule: {
    settled: linregAtMinimum,
    // Full batches only: mini-batches' shuffles are left to the trainer's own steps.
    runToStop: (settings) =>
      batchesOf(settings) === 1
        ? linregRunToStop(settings.data, settings, settings.learningRate, settings.epochs, (w, b) =>
            atMinimumOf(settings.data, w, b),
          )
        : null,
    words: 'linreg.sweepRule',
  },
  bands: (settings) => {
    const lambda = hessianMaxEigenvalue(settings.data);
    return {
      monotoneBelow: 1 / lambda,
      divergesAbove: 2 / lambda,
      basis: t('linreg.bands.basis', { lambda: short(lambda) }),
    };
  },
  dataSets: linregDataSets(LINREG_DATA),
  prepare: loadNamedSets,
  // A line needs two points to be pinned down.
  minPoints: 2,
  // A whole table: an epoch's gradients are one pass over the points, the contour O(1) a cell.
  maxPoints: MAX_TABLE_ROWS,
  graph: {
    build: (settings, sample) => linregGraphOf(settings.data, sample),
    values: (settings, last) => (last ? { w: last.newW, b: last.newB } : { w: settings.w, b: settings.b }),
  },
};
