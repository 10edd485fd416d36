import type { GraphExpression } from '../../engine/graphExpression';
import { OPTIMIZERS, type HyperParameters, type OptimizerKind } from '../../engine/optimizerKinds';
import { initialState } from '../../engine/optimizers';
import {
  gradientLength,
  hessianEigenvalues,
  READY_SURFACES,
  stepSurface,
  surfaceGradient,
  surfaceGraphOf,
  surfaceStepIsFinite,
  surfaceValue,
  type SurfaceId,
  type SurfaceStep,
} from '../../engine/surface';
import { fixed4, precise, short } from '../../format/number';
import { msg, t, type MessageKey } from '../../i18n/i18n';
import { moveText } from '../moveText';
import {
  learningRateSetting,
  seedSetting,
  symbolHeader,
  type Column,
  type NumberSetting,
  type Scenario,
  type TextSetting,
} from '../scenario';
import { loadedSurfaceReader } from './surfaceParser';
import { registerSurfaceLab, SURFACE_DEFAULTS, type SurfaceSettings } from './surface';

/** Converged once the gradient is this short, at a point the Hessian says is a minimum. */
export const SURFACE_TOLERANCE = 1e-4;
export const SURFACE_BUDGET = 10000;

const OWN_START: readonly [number, number] = [-0.3, 1];

export const expressionOf = (s: Pick<SurfaceSettings, 'fn' | 'custom'>): GraphExpression =>
  s.fn === 'custom' ? s.custom.expression : READY_SURFACES[s.fn].expression;
export const formulaText = (s: Pick<SurfaceSettings, 'fn' | 'custom'>): string =>
  s.fn === 'custom' ? s.custom.text : READY_SURFACES[s.fn].text;
export const graphOf = (s: Pick<SurfaceSettings, 'fn' | 'custom'>) => surfaceGraphOf(expressionOf(s));
export const startOf = (fn: SurfaceId): readonly [number, number] =>
  fn === 'custom' ? OWN_START : READY_SURFACES[fn].start;

const methodOf = (s: SurfaceSettings) => ({
  optimizer: s.optimizer,
  hyper: s.tuning,
  noise: s.noise,
  seed: s.seed,
});

/** A point is a minimum when no direction curves down (a flat one, as x⁴'s, counts). */
export const isMinimum = ([low]: readonly [number, number]): boolean => low > -1e-6;

const eigenAt = (s: SurfaceSettings, x: number, y: number) => hessianEigenvalues(graphOf(s), x, y);

/** The Hessian's eigenvalues at the start, kept per surface and start (the rate control asks on every render). */
const startEigen = new WeakMap<GraphExpression, Map<string, [number, number]>>();
export function startEigenvalues(s: SurfaceSettings): [number, number] {
  const expression = expressionOf(s);
  let byStart = startEigen.get(expression);
  if (!byStart) startEigen.set(expression, (byStart = new Map()));
  const key = `${s.x0},${s.y0}`;
  let found = byStart.get(key);
  if (!found)
    byStart.set(key, (found = eigenAt(s, s.x0, s.y0).map((v) => (Number.isFinite(v) ? v : 0)) as [number, number]));
  return found;
}
const steepest = (s: SurfaceSettings) => Math.max(...startEigenvalues(s).map(Math.abs));

const fText: TextSetting<SurfaceSettings> = {
  key: 'f',
  label: 'surface.setting.f',
  read: formulaText,
  visible: (s) => s.fn === 'custom',
  write: (settings, text) => {
    const read = loadedSurfaceReader();
    return read ? read(settings, text) : { ok: false, error: msg('surface.error.loading') };
  },
};

const start = (key: 'x0' | 'y0', label: MessageKey): NumberSetting<SurfaceSettings> => ({
  key,
  label,
  min: -1000,
  max: 1000,
  step: 0.1,
  read: (s) => s[key],
  write: (s, value) => ({ ...s, [key]: value }),
  restarts: true,
});

const tuning = (
  key: string,
  field: keyof HyperParameters,
  label: MessageKey,
  max: number,
  uses: readonly OptimizerKind[],
): NumberSetting<SurfaceSettings> => ({
  key,
  label,
  min: field === 'epsilon' ? 1e-12 : 0,
  max,
  step: field === 'epsilon' ? 1e-8 : 0.01,
  read: (s) => s.tuning[field],
  write: (s, value) => ({ ...s, tuning: { ...s.tuning, [field]: value } }),
  restarts: true,
  visible: (s) => uses.includes(s.optimizer),
});

const SETTINGS: readonly NumberSetting<SurfaceSettings>[] = [
  start('x0', 'surface.setting.x0'),
  start('y0', 'surface.setting.y0'),
  tuning('mu', 'mu', 'surface.setting.mu', 0.999, ['momentum', 'nesterov']),
  tuning('rho', 'rho', 'surface.setting.rho', 0.9999, ['rmsprop']),
  tuning('beta1', 'beta1', 'surface.setting.beta1', 0.999, ['adam']),
  tuning('beta2', 'beta2', 'surface.setting.beta2', 0.99999, ['adam']),
  tuning('eps', 'epsilon', 'surface.setting.epsilon', 1, ['rmsprop', 'adam']),
  {
    key: 'noise',
    label: 'surface.setting.noise',
    min: 0,
    max: 100,
    step: 0.01,
    read: (s) => s.noise,
    write: (s, noise) => ({ ...s, noise }),
    restarts: true,
  },
  // Written even without noise, so a link names the seed its noise would use.
  seedSetting<SurfaceSettings>('surface.setting.seed', () => true),
];

const COLUMNS: readonly Column<SurfaceStep>[] = [
  { header: msg('scenario.column.iteration'), csv: 'iteration', value: (s) => s.iteration },
  { header: symbolHeader('x'), csv: 'x', value: (s) => s.x },
  { header: symbolHeader('y'), csv: 'y', value: (s) => s.y },
  { header: symbolHeader('f'), csv: 'f', value: (s) => s.f },
  { header: symbolHeader('∂f/∂x'), csv: 'dfdx', value: (s) => s.gradient[0] },
  { header: symbolHeader('∂f/∂y'), csv: 'dfdy', value: (s) => s.gradient[1] },
  { header: msg('surface.column.newX'), csv: 'new_x', value: (s) => s.newX },
  { header: msg('surface.column.newY'), csv: 'new_y', value: (s) => s.newY },
];

const eigenWords = ([low, high]: readonly [number, number]) => ({ low: fixed4(low), high: fixed4(high) });

/**
 * The scenario itself, loaded with its view or by the shell's load() (surface.ts): the part the
 * first load would otherwise carry for a scenario most sessions never open.
 */
export const surfaceLab: Scenario<SurfaceSettings, SurfaceStep> = {
  id: 'surface',
  title: 'surface.title',
  choiceLabel: 'surface.choice',
  defaults: SURFACE_DEFAULTS,
  noData: true,
  trainer: {
    step: (s, previous, index) =>
      stepSurface(
        graphOf(s),
        methodOf(s),
        previous ? [previous.newX, previous.newY] : [s.x0, s.y0],
        previous ? previous.after : initialState(2),
        s.learningRate,
        index,
      ),
    // A step is stored as its point, what the optimizer carries into it and its rate (t is its index).
    codec: (s) => {
      const graph = graphOf(s);
      const method = methodOf(s);
      return {
        width: 7,
        encode: (step, into, offset) => {
          into.set([step.x, step.y, ...step.state.first, ...step.state.second, step.learningRate], offset);
        },
        decode: (from, offset, index) =>
          stepSurface(
            graph,
            method,
            [from[offset]!, from[offset + 1]!],
            { t: index, first: [from[offset + 2]!, from[offset + 3]!], second: [from[offset + 4]!, from[offset + 5]!] },
            from[offset + 6]!,
            index,
          ),
      };
    },
    loss: (step) => step.f,
    rate: (step) => step.learningRate,
    isFinite: surfaceStepIsFinite,
    // Momentum and noise climb on the way down (a spiral, a random kick): only plain descent's
    // growth means divergence; the others diverge by leaving every bound.
    judgesGrowth: (s) => s.optimizer === 'gd' && s.noise === 0,
    settled: (step) => gradientLength(step) < SURFACE_TOLERANCE,
    atMinimum: (step, s) => isMinimum(eigenAt(s, step.x, step.y)),
    budget: () => SURFACE_BUDGET,
    onBudgetSpent: 'stopped',
  },
  learningRate: learningRateSetting<SurfaceSettings>(),
  settings: SETTINGS,
  texts: [fText],
  choices: [
    {
      key: 'fn',
      label: 'surface.setting.surface',
      options: [
        { value: 'bowl', label: 'surface.fn.bowl' },
        { value: 'ravine', label: 'surface.fn.ravine' },
        { value: 'rosenbrock', label: 'surface.fn.rosenbrock' },
        { value: 'himmelblau', label: 'surface.fn.himmelblau' },
        { value: 'saddle', label: 'surface.fn.saddle' },
        { value: 'custom', label: 'surface.fn.custom' },
      ],
      // Always spelled out: a link says which surface it is on.
      fallback: '',
      read: (s) => s.fn,
      write: (s, value) => {
        const fn = value as SurfaceId;
        // A start still at the old surface's own moves to the new one's; a start chosen is kept.
        const [ox, oy] = startOf(s.fn);
        const [x0, y0] = s.x0 === ox && s.y0 === oy ? startOf(fn) : [s.x0, s.y0];
        return { ...s, fn, x0, y0 };
      },
    },
    {
      key: 'opt',
      label: 'surface.setting.optimizer',
      options: OPTIMIZERS.map((value) => ({ value, label: `race.optimizer.${value}` as MessageKey })),
      fallback: '',
      read: (s) => s.optimizer,
      write: (s, value) => ({ ...s, optimizer: value as OptimizerKind }),
    },
  ],
  columns: () => COLUMNS,
  stepWord: 'scenario.stepWord.iteration',
  unit: 'step',
  lossName: 'surface.lossName',
  primary: { name: 'x', before: (s) => s.x, after: (s) => s.newX },
  narrate: (s) =>
    t('surface.narrate', {
      iteration: s.iteration,
      f: short(s.f),
      x: moveText(s.x, s.newX),
      y: moveText(s.y, s.newY),
      gx: short(s.gradient[0]),
      gy: short(s.gradient[1]),
    }),
  explainStop: (kind, s, settings) => {
    const eigen = eigenAt(settings, s.x, s.y);
    const where = { norm: precise(gradientLength(s), 2), x: fixed4(s.x), y: fixed4(s.y), f: fixed4(s.f) };
    if (kind === 'converged') return t('surface.stop.minimum', { ...where, ...eigenWords(eigen) });
    return t(eigen[1] < 0 ? 'surface.stop.maximum' : 'surface.stop.saddle', { ...where, ...eigenWords(eigen) });
  },
  trainsToEnd: false,
  divergenceCause: (s) => {
    const lambda = steepest(s);
    return t('surface.divergenceCause', { lambda: short(lambda), limit: lambda > 0 ? precise(2 / lambda, 3) : '∞' });
  },
  bands: (s) => {
    const lambda = steepest(s);
    return {
      monotoneBelow: lambda > 0 ? Math.min(1, 1 / lambda) : 1,
      divergesAbove: lambda > 0 ? Math.min(1, 2 / lambda) : 1,
      local: s.fn !== 'bowl' && s.fn !== 'ravine',
      basis: t('surface.bands.basis', eigenWords(startEigenvalues(s))),
    };
  },
  nextValues: (step) => [
    ['x', step.newX],
    ['y', step.newY],
  ],
  raceProblem: (s) => {
    const graph = graphOf(s);
    return {
      start: [s.x0, s.y0],
      loss: ([x, y]) => surfaceValue(graph, x!, y!),
      gradient: ([x, y]) => surfaceGradient(graph, x!, y!),
      minimumLoss: s.fn === 'custom' ? lowestNear(s) : READY_SURFACES[s.fn].minimumValue,
      // A lane stops where the main run would: a short gradient, judged a minimum or not.
      stopRule: {
        settled: (_, [x, y]) => Math.hypot(...surfaceGradient(graph, x!, y!)) < SURFACE_TOLERANCE,
        atMinimum: ([x, y]) => isMinimum(hessianEigenvalues(graph, x!, y!)),
      },
    };
  },
  graph: {
    build: (s) => graphOf(s),
    values: (s, last) => (last ? { x: last.newX, y: last.newY } : { x: s.x0, y: s.y0 }),
  },
};

/** For an own formula, whose minimum is unknown: the lowest f on a coarse grid around the start. */
function lowestNear(s: SurfaceSettings): number {
  const graph = graphOf(s);
  let lowest = surfaceValue(graph, s.x0, s.y0);
  for (let i = -20; i <= 20; i++)
    for (let j = -20; j <= 20; j++) {
      const v = surfaceValue(graph, s.x0 + i * 0.25, s.y0 + j * 0.25);
      if (v < lowest) lowest = v;
    }
  return lowest;
}

registerSurfaceLab(surfaceLab);
