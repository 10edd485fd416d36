import type { GraphExpression } from '../../engine/graphExpression';
import type { HyperParameters, OptimizerKind } from '../../engine/optimizerKinds';
import type { SurfaceId, SurfaceStep } from '../../engine/surface';
import { STATQUEST_DATA } from '../../engine/statquestNetwork';
import { DOSAGE_SETS } from '../dosageSets';
import { PAPER_DEFAULTS } from '../../engine/optimizerKinds';
import { learningRateSetting, numberSettings, type CommonSettings, type Scenario } from '../scenario';
import { loadSurfaceParser } from './surfaceParser';

/**
 * The loss-surface lab as the registry sees it: its settings, defaults and link order, and every
 * function handed on to the scenario itself (surfaceLab.ts), which comes in a chunk of its own
 * with the view, through load(), or whenever surfaceLab.ts is imported. The first load carries
 * only this.
 */
export interface SurfaceFormula {
  readonly text: string;
  readonly expression: GraphExpression;
}

export interface SurfaceSettings extends CommonSettings {
  readonly fn: SurfaceId;
  /** The student's own f(x, y), kept while a ready-made surface is shown. */
  readonly custom: SurfaceFormula;
  readonly x0: number;
  readonly y0: number;
  readonly optimizer: OptimizerKind;
  /** The main run's hyper-parameters (the race has its own, `hyper`). */
  readonly tuning: HyperParameters;
  /** σ of the Gaussian noise added to each step's gradient. */
  readonly noise: number;
  readonly seed: number;
}

const x = { op: 'variable', name: 'x' } as const;
const y = { op: 'variable', name: 'y' } as const;
/** A double well tilted to one side, (x^2 − 1)^2 + y^2 + 0.3x: the start decides which minimum a run ends in. */
const OWN_DEFAULT: SurfaceFormula = {
  text: '(x^2 - 1)^2 + y^2 + 0.3*x',
  expression: {
    op: 'add',
    left: {
      op: 'add',
      left: {
        op: 'pow',
        base: { op: 'sub', left: { op: 'pow', base: x, exponent: 2 }, right: { op: 'constant', value: 1 } },
        exponent: 2,
      },
      right: { op: 'pow', base: y, exponent: 2 },
    },
    right: { op: 'mul', left: { op: 'constant', value: 0.3 }, right: x },
  },
};

export const SURFACE_DEFAULTS: SurfaceSettings = {
  learningRate: 0.001,
  // Carried only so the generic data checks hold: a surface learns from no data, shows none and
  // links none (noData).
  data: STATQUEST_DATA,
  fn: 'rosenbrock',
  custom: OWN_DEFAULT,
  x0: -1.5,
  y0: 2,
  optimizer: 'gd',
  tuning: PAPER_DEFAULTS,
  noise: 0,
  seed: 1,
};

type Lab = Scenario<SurfaceSettings, SurfaceStep>;
let lab: Lab | null = null;
let loading: Promise<unknown> | null = null;

/** Called by surfaceLab.ts as it loads. */
export function registerSurfaceLab(loaded: Lab): void {
  lab = loaded;
}

function loadLab(): Promise<void> {
  loading ??= import('./surfaceLab').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading.then(() => undefined);
}

const the = (): Lab => {
  if (!lab) throw new Error('the surface scenario is used before load() resolved');
  return lab;
};

export const surfaceScenario: Lab = {
  id: 'surface',
  title: 'surface.title',
  choiceLabel: 'surface.choice',
  defaults: SURFACE_DEFAULTS,
  noData: true,
  dataSets: DOSAGE_SETS,
  load: loadLab,
  // A link may carry a typed formula: the parser comes too.
  prepare: () => Promise.all([loadLab(), loadSurfaceParser()]).then(() => undefined),
  trainer: {
    step: (...args) => the().trainer.step(...args),
    // Made before anything loads (the store starts every scenario's run), used only after.
    codec: (s) => {
      let codec: ReturnType<Lab['trainer']['codec']> | null = null;
      const real = () => (codec ??= the().trainer.codec(s));
      return {
        width: 7,
        encode: (step, into, offset) => real().encode(step, into, offset),
        decode: (from, offset, index) => real().decode(from, offset, index),
      };
    },
    loss: (step) => step.f,
    rate: (step) => step.learningRate,
    isFinite: (step) => the().trainer.isFinite(step),
    judgesGrowth: (s) => s.optimizer === 'gd' && s.noise === 0,
    settled: (step) => the().trainer.settled(step),
    atMinimum: (step, s) => the().trainer.atMinimum(step, s),
    budget: () => 10000,
    onBudgetSpent: 'stopped',
  },
  learningRate: learningRateSetting<SurfaceSettings>(),
  settings: (s) => (lab ? numberSettings(lab, s) : []),
  get texts() {
    return lab?.texts;
  },
  get choices() {
    return lab?.choices ?? [];
  },
  linkOrder: ['fn', 'f', 'x0', 'y0', 'lr', 'opt', 'mu', 'rho', 'beta1', 'beta2', 'eps', 'noise', 'seed'],
  columns: (s) => the().columns(s),
  stepWord: 'scenario.stepWord.iteration',
  unit: 'step',
  lossName: 'surface.lossName',
  primary: { name: 'x', before: (s) => s.x, after: (s) => s.newX },
  narrate: (step, s) => the().narrate(step, s),
  explainStop: (kind, step, s) => the().explainStop(kind, step, s),
  trainsToEnd: false,
  divergenceCause: (s) => the().divergenceCause(s),
  // Before the lab has loaded nothing shows a surface; a check run over every scenario gets plain bands.
  bands: (s) => lab?.bands(s) ?? { monotoneBelow: 1, divergesAbove: 1, local: true, basis: '' },
  nextValues: (step, s) => the().nextValues(step, s),
  raceProblem: (s) => the().raceProblem!(s),
  get graph() {
    return lab?.graph;
  },
};
