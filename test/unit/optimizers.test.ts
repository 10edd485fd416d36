import { describe, expect, it } from 'vitest';
import { PAPER_DEFAULTS } from '../../src/engine/optimizerKinds';
import { initialState, optimizerStep, type Gradient } from '../../src/engine/optimizers';
import { runLane } from '../../src/engine/race';
import { biasScenario } from '../../src/scenarios/bias/bias';
import { linregScenario } from '../../src/scenarios/linreg/linreg';
import { formatHyper, formatRace, parseHyper, parseRace } from '../../src/scenarios/race';

// f(θ) = θ², ∇f = 2θ, from θ = 1 with η = 0.1: each paper's update rule by hand.
const gradient: Gradient = ([t]) => [2 * t!];
const two = (kind: Parameters<typeof optimizerStep>[0]) => {
  const a = optimizerStep(kind, 0.1, PAPER_DEFAULTS, initialState(1), [1], gradient);
  const b = optimizerStep(kind, 0.1, PAPER_DEFAULTS, a.state, a.params, gradient);
  return [a.params[0]!, b.params[0]!] as const;
};

describe('optimizers: the first two updates match the papers’ rules', () => {
  it('gradient descent: θ ← θ − ηg', () => {
    const [t1, t2] = two('gd');
    expect(t1).toBeCloseTo(0.8, 15); // 1 − 0.1·2
    expect(t2).toBeCloseTo(0.64, 15); // 0.8 − 0.1·1.6
  });

  it('momentum: v ← μv − ηg, θ ← θ + v', () => {
    const [t1, t2] = two('momentum');
    expect(t1).toBeCloseTo(0.8, 15); // v = −0.2
    expect(t2).toBeCloseTo(0.8 + (0.9 * -0.2 - 0.1 * 1.6), 15); // v = −0.34 → 0.46
  });

  it('Nesterov: the gradient is taken at the look-ahead θ + μv', () => {
    const [t1, t2] = two('nesterov');
    expect(t1).toBeCloseTo(0.8, 15); // v = 0 at first: same as momentum
    const ahead = 0.8 + 0.9 * -0.2; // 0.62
    expect(t2).toBeCloseTo(0.8 + (0.9 * -0.2 - 0.1 * 2 * ahead), 15); // 0.496
  });

  it('RMSProp: s ← ρs + (1−ρ)g², θ ← θ − ηg/(√s + ε)', () => {
    const [t1, t2] = two('rmsprop');
    const s1 = 0.1 * 4;
    expect(t1).toBeCloseTo(1 - (0.1 * 2) / (Math.sqrt(s1) + 1e-8), 12);
    const g2 = 2 * t1;
    const s2 = 0.9 * s1 + 0.1 * g2 * g2;
    expect(t2).toBeCloseTo(t1 - (0.1 * g2) / (Math.sqrt(s2) + 1e-8), 12);
  });

  it('Adam: bias-corrected moments, the first step is η·sign(g)', () => {
    const [t1, t2] = two('adam');
    expect(t1).toBeCloseTo(1 - 0.1, 7); // m̂ = g, v̂ = g² → step η
    const g2 = 2 * t1;
    const m = 0.9 * 0.2 + 0.1 * g2;
    const v = 0.999 * 0.004 + 0.001 * g2 * g2;
    const mHat = m / (1 - 0.9 ** 2);
    const vHat = v / (1 - 0.999 ** 2);
    expect(t2).toBeCloseTo(t1 - (0.1 * mHat) / (Math.sqrt(vHat) + 1e-8), 12);
  });

  it('returns new state without changing the old', () => {
    const state = initialState(2);
    optimizerStep('adam', 0.1, PAPER_DEFAULTS, state, [1, 2], ([a, b]) => [a!, b!]);
    expect(state).toEqual(initialState(2));
  });
});

describe('race lanes', () => {
  it('plain descent at 0.1 on the bias SSR converges in a handful of steps; at 0.34 it diverges', () => {
    const problem = biasScenario.raceProblem!(biasScenario.defaults);
    const good = runLane(problem, { optimizer: 'gd', learningRate: 0.1 }, PAPER_DEFAULTS, 2000);
    expect(good.converged).toBeGreaterThan(5);
    expect(good.converged).toBeLessThan(30);
    const bad = runLane(problem, { optimizer: 'gd', learningRate: 0.34 }, PAPER_DEFAULTS, 2000);
    expect(bad.converged).toBeNull();
    expect(bad.diverged).not.toBeNull();
  });

  it('momentum beats plain descent down the narrow linreg valley', () => {
    const problem = linregScenario.raceProblem!(linregScenario.defaults);
    const gd = runLane(problem, { optimizer: 'gd', learningRate: 0.01 }, PAPER_DEFAULTS, 5000);
    const momentum = runLane(problem, { optimizer: 'momentum', learningRate: 0.01 }, PAPER_DEFAULTS, 5000);
    expect(momentum.converged).not.toBeNull();
    expect(momentum.converged!).toBeLessThan(gd.converged ?? Infinity);
  });

  it('race and hyper-parameter fields round-trip through their link text', () => {
    const lanes = [
      { optimizer: 'adam' as const, learningRate: 0.05 },
      { optimizer: 'nesterov' as const, learningRate: 0.002 },
    ];
    expect(parseRace(formatRace(lanes))).toEqual({ ok: true, value: lanes });
    expect(parseRace('sgd:0.1').ok).toBe(false);
    expect(parseRace('adam:5').ok).toBe(false);
    expect(parseRace('gd:0.1,gd:0.1,gd:0.1,gd:0.1,gd:0.1').ok).toBe(false);
    const hyper = { ...PAPER_DEFAULTS, mu: 0.5 };
    expect(formatHyper(PAPER_DEFAULTS)).toBeNull();
    expect(parseHyper(formatHyper(hyper)!)).toEqual({ ok: true, value: hyper });
  });
});
