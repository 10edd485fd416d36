import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAPER_DEFAULTS, type OptimizerKind } from '../../src/engine/optimizerKinds';
import { initialState, optimizerStep } from '../../src/engine/optimizers';
import { hessianEigenvalues, surfaceGraphOf } from '../../src/engine/surface';
import { advance, emptyHistory } from '../../src/engine/training';
import { parseSurface } from '../../src/scenarios/expression';
import { freshRun, stepRun } from '../../src/scenarios/run';
import { surfaceScenario, type SurfaceSettings } from '../../src/scenarios/surface/surface';
import '../../src/scenarios/surface/surfaceLab';
import { readSurface } from '../../src/scenarios/surface/surfaceReading';
import { formatHash, parseHash } from '../../src/url/hash';

// x, y after 1, 10, 100 and 1000 steps, from test/unit/fixtures/surface_reference.py (numpy,
// hand-written gradients and update rules): Rosenbrock at 0.001 from (−1.5, 2), Himmelblau at
// 0.01 from (0, 0), the own formula (x^2 − 1)^2 + y^2 + 0.3x at 0.05 from (−0.3, 1).
const REFERENCE: Record<string, Record<number, [number, number]>> = {
  'rosenbrock/gd': {
    1: [-1.345, 2.05],
    10: [-1.4222144758375517, 2.0014166383474885],
    100: [-1.3637667861119513, 1.8674987482466738],
    1000: [-0.6602778176922464, 0.4439579666709035],
  },
  'rosenbrock/momentum': {
    1: [-1.345, 2.05],
    10: [-1.3012009895281498, 1.9105674472999667],
    100: [-0.5865491817704147, 0.3510216827878133],
    1000: [0.9924630855421703, 0.9849526775204204],
  },
  'rosenbrock/adam': {
    1: [-1.4990000000000645, 2.0009999999998],
    10: [-1.4900589846076788, 2.0099413105266084],
    100: [-1.437364680536073, 2.0608585186191926],
    1000: [-1.3921739458865312, 1.9442968534034295],
  },
  'himmelblau/gd': {
    1: [0.14, 0.22],
    10: [2.8941497282576396, 2.172385146929446],
    100: [2.9999999999998406, 2.000000000000385],
    1000: [2.9999999999999996, 2.0000000000000004],
  },
  'himmelblau/momentum': {
    1: [0.14, 0.22],
    10: [2.9721223118122673, -0.7877883705039854],
    100: [3.5777610819786614, -1.8512418900872625],
    1000: [3.5844283403304917, -1.8481265269644038],
  },
  'himmelblau/adam': {
    1: [0.009999999992857151, 0.009999999995454555],
    10: [0.100755066027019, 0.10034057121813046],
    100: [1.2027889878617415, 1.0981534087083187],
    1000: [2.999999934120646, 2.000000129464348],
  },
  'own/gd': {
    1: [-0.3696, 0.9],
    10: [-0.9967884944086801, 0.3486784401],
    100: [-1.0355787140888535, 2.656139888758746e-5],
    1000: [-1.0355787140888535, 1.7478712517226428e-46],
  },
  'own/momentum': {
    1: [-0.3696, 0.9],
    10: [-0.6996995711382367, -0.5887893888000001],
    100: [-1.0345798653030212, 0.003738733311297409],
    1000: [-1.035578714088854, 3.4331761763862655e-24],
  },
  'own/adam': {
    1: [-0.34999999964080464, 0.95000000025],
    10: [-0.803913094262428, 0.5122934202364282],
    100: [-1.0350929123118842, -0.00421140038463883],
    1000: [-1.0355787140888537, -1.7364826000185913e-23],
  },
};

const own = parseSurface('(x^2 - 1)^2 + y^2 + 0.3*x');
if (!own.ok) throw new Error('the own formula must parse');
const CASES: Record<string, Partial<SurfaceSettings>> = {
  rosenbrock: { fn: 'rosenbrock', x0: -1.5, y0: 2, learningRate: 0.001 },
  himmelblau: { fn: 'himmelblau', x0: 0, y0: 0, learningRate: 0.01 },
  own: {
    fn: 'custom',
    custom: { text: '(x^2 - 1)^2 + y^2 + 0.3*x', expression: own.expression },
    x0: -0.3,
    y0: 1,
    learningRate: 0.05,
  },
};
const settingsOf = (change: Partial<SurfaceSettings>): SurfaceSettings => ({ ...surfaceScenario.defaults, ...change });

describe('surface: the main run agrees with an independent numpy implementation', () => {
  for (const [key, checkpoints] of Object.entries(REFERENCE)) {
    const [name, optimizer] = key.split('/') as [string, OptimizerKind];
    it(`${name}, ${optimizer}`, () => {
      const settings = settingsOf({ ...CASES[name], optimizer });
      const { trainer } = surfaceScenario;
      // Judging aside (a run may converge before 1000): step the trainer straight through, then
      // replay the stored trail, which is what the page shows.
      let previous;
      let trail = emptyHistory(trainer, settings);
      for (let i = 0; i < 1000; i++) {
        const step = trainer.step(settings, previous, i);
        trail = trail.append(step);
        previous = step;
        const expected = checkpoints[i + 1];
        if (expected) {
          const replayed = trail.at(i);
          expect(Math.abs(replayed.newX - expected[0])).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected[0])));
          expect(Math.abs(replayed.newY - expected[1])).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected[1])));
        }
      }
    });
  }
});

describe('surface: stopping', () => {
  const saddle = settingsOf({ fn: 'saddle', x0: 1, y0: 0, learningRate: 0.1 });

  it('gradient descent from (1, 0) stops at the saddle and says so', () => {
    const run = stepRun(surfaceScenario, freshRun(surfaceScenario, saddle), 10000);
    expect(run.outcome).toEqual({ kind: 'stopped', why: 'settled' });
    const last = run.history.last()!;
    expect(Math.abs(last.x)).toBeLessThan(1e-4);
    expect(last.y).toBe(0);
    expect(surfaceScenario.explainStop('settled', last, saddle)).toMatch(
      /^stopped at a saddle point: the gradient is zero but this is not a minimum/,
    );
    const [low, high] = hessianEigenvalues(surfaceGraphOf(surfaceScenario.defaults.custom.expression), 0, 0);
    expect(low).toBeLessThan(high);
  });

  it('with gradient noise σ = 0.1 it leaves the saddle for a minimum at y = ±√2', () => {
    const noisy = { ...saddle, noise: 0.1, seed: 7 };
    const run = stepRun(surfaceScenario, freshRun(surfaceScenario, noisy), 2000);
    expect(run.outcome.kind === 'stopped' && run.outcome.why === 'settled').toBe(false);
    const last = run.history.last()!;
    expect(Math.abs(Math.abs(last.newY) - Math.SQRT2)).toBeLessThan(0.2);
  });

  it('noise repeats exactly for the same seed (a replayed link shows the same path)', () => {
    const noisy = { ...saddle, noise: 0.1, seed: 3 };
    const a = stepRun(surfaceScenario, freshRun(surfaceScenario, noisy), 50).history.last()!;
    const b = stepRun(surfaceScenario, freshRun(surfaceScenario, noisy), 50).history.last()!;
    expect([a.newX, a.newY]).toEqual([b.newX, b.newY]);
  });

  it('converges at the bowl’s minimum and calls it one', () => {
    const bowl = settingsOf({ fn: 'bowl', x0: 1.5, y0: 1.5, learningRate: 0.1 });
    const run = stepRun(surfaceScenario, freshRun(surfaceScenario, bowl), 10000);
    expect(run.outcome.kind).toBe('converged');
    expect(surfaceScenario.explainStop('converged', run.history.last()!, bowl)).toMatch(/at a minimum/);
  });

  it('Rosenbrock at 0.01 diverges, is explained, and keeps only finite steps', () => {
    const rosen = settingsOf({ learningRate: 0.01 });
    const run = stepRun(surfaceScenario, freshRun(surfaceScenario, rosen), 100);
    expect(run.outcome.kind).toBe('diverging');
    for (const step of run.history.toArray())
      expect([step.x, step.y, step.f, step.newX].every(Number.isFinite)).toBe(true);
    expect(surfaceScenario.divergenceCause(rosen)).toMatch(/λmax ≈ [\d.]+.*2\/λmax ≈ [\d.]+/);
  });

  it('momentum climbing on the way down is not called diverging', () => {
    const ravine = settingsOf({ fn: 'ravine', x0: -1.8, y0: 0.4, learningRate: 0.01, optimizer: 'momentum' });
    const run = stepRun(surfaceScenario, freshRun(surfaceScenario, ravine), 10000);
    expect(run.outcome.kind).toBe('converged');
  });
});

describe('surface: the race', () => {
  it('on the ravine, momentum beats gradient descent at the same learning rate', async () => {
    const { runLane } = await import('../../src/engine/race');
    const ravine = settingsOf({ fn: 'ravine', x0: -1.8, y0: 0.4, learningRate: 0.01 });
    const problem = surfaceScenario.raceProblem!(ravine);
    const gd = runLane(problem, { optimizer: 'gd', learningRate: 0.01 }, PAPER_DEFAULTS, 2000);
    const momentum = runLane(problem, { optimizer: 'momentum', learningRate: 0.01 }, PAPER_DEFAULTS, 2000);
    expect(momentum.converged).not.toBeNull();
    expect(gd.converged).not.toBeNull();
    expect(momentum.converged!).toBeLessThan(gd.converged!);
  });
});

describe('surface: links', () => {
  it('the default state is the issue’s link, and it reads back', () => {
    const hash = formatHash({ scenario: 'surface', settings: surfaceScenario.defaults, iter: 0 });
    expect(hash).toBe('#scenario=surface&fn=rosenbrock&x0=-1.5&y0=2&lr=0.001&opt=gd&noise=0&seed=1&iter=0');
    const parsed = parseHash(hash);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.settings).toEqual(surfaceScenario.defaults);
  });

  it('an own formula travels as fn=custom&f=…, with the optimizer’s hyper-parameters', () => {
    const read = readSurface({ ...surfaceScenario.defaults, optimizer: 'adam' }, 'x^2 + 3*y^2');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const hash = formatHash({ scenario: 'surface', settings: read.value, iter: 4 });
    expect(hash).toBe(
      '#scenario=surface&fn=custom&f=x%5E2%20%2B%203*y%5E2&x0=-1.5&y0=2&lr=0.001&opt=adam&beta1=0.9&beta2=0.999&eps=1e-8&noise=0&seed=1&iter=4',
    );
  });

  it('a bad formula is refused naming where, and f not finite at the start too', () => {
    const bad = readSurface(surfaceScenario.defaults, 'x^2 + z');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error).toMatchObject({ id: 'expression.unknownVariable', values: { position: 7, name: 'z' } });
    const log = readSurface(surfaceScenario.defaults, 'log(x) + y^2');
    expect(log.ok).toBe(false);
  });
});

describe('optimizer invariants (property tests)', () => {
  const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true });
  const point = fc.tuple(finite, finite);
  const rate = fc.double({ min: 1e-3, max: 1, noNaN: true });

  it('with μ = 0, momentum and Nesterov are gradient descent', () => {
    fc.assert(
      fc.property(point, point, rate, ([x, y], [gx, gy], lr) => {
        const hyper = { ...PAPER_DEFAULTS, mu: 0 };
        const gd = optimizerStep('gd', lr, hyper, initialState(2), [x, y], () => [gx, gy]);
        for (const kind of ['momentum', 'nesterov'] as const) {
          const m = optimizerStep(kind, lr, hyper, initialState(2), [x, y], () => [gx, gy]);
          // Compared as numbers: −0 and 0 are the same point.
          expect(m.params.map((v) => v + 0)).toEqual(gd.params.map((v) => v + 0));
        }
      }),
    );
  });

  it('Adam’s first step moves each axis by at most the learning rate, whatever the gradient', () => {
    fc.assert(
      fc.property(point, point, rate, ([x, y], [gx, gy], lr) => {
        const { params } = optimizerStep('adam', lr, PAPER_DEFAULTS, initialState(2), [x, y], () => [gx, gy]);
        expect(Math.abs(params[0]! - x)).toBeLessThanOrEqual(lr * (1 + 1e-12) + 1e-12 * Math.abs(x));
        expect(Math.abs(params[1]! - y)).toBeLessThanOrEqual(lr * (1 + 1e-12) + 1e-12 * Math.abs(y));
      }),
    );
  });

  it('RMSProp’s first step is at most η/√(1 − ρ) per axis; every method stays put where the gradient is zero', () => {
    fc.assert(
      fc.property(point, point, rate, ([x, y], [gx, gy], lr) => {
        const r = optimizerStep('rmsprop', lr, PAPER_DEFAULTS, initialState(2), [x, y], () => [gx, gy]);
        const cap = lr / Math.sqrt(1 - PAPER_DEFAULTS.rho);
        expect(Math.abs(r.params[0]! - x)).toBeLessThanOrEqual(cap * (1 + 1e-9) + 1e-12 * Math.abs(x));
        for (const kind of ['gd', 'momentum', 'nesterov', 'rmsprop', 'adam'] as const) {
          const still = optimizerStep(kind, lr, PAPER_DEFAULTS, initialState(2), [x, y], () => [0, 0]).params;
          expect(still.map((v) => v + 0)).toEqual([x + 0, y + 0]);
        }
      }),
    );
  });

  it('a surface step replayed from its stored trail is the step itself', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<OptimizerKind>('gd', 'momentum', 'nesterov', 'rmsprop', 'adam'),
        fc.integer({ min: 1, max: 30 }),
        (optimizer, n) => {
          const settings = settingsOf({ fn: 'himmelblau', x0: 1, y0: 1, learningRate: 0.005, optimizer, noise: 0.05 });
          const ran = advance(surfaceScenario.trainer, settings, emptyHistory(surfaceScenario.trainer, settings), n);
          let previous;
          for (let i = 0; i < ran.history.length; i++) {
            const direct = surfaceScenario.trainer.step(settings, previous, i);
            expect(ran.history.at(i)).toEqual(direct);
            previous = direct;
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
