import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { biasProblem, optimalB3, ssrAt, ssrGradientAt, stepBias } from '../../src/engine/bias';
import { advance, emptyHistory } from '../../src/engine/training';
import { BIAS_DATA, biasScenario, type BiasSettings } from '../../src/scenarios/bias/bias';

const problem = biasProblem(BIAS_DATA);
const settings = (overrides: Partial<BiasSettings> = {}): BiasSettings => ({ ...biasScenario.defaults, ...overrides });
const run = (s: BiasSettings, count = 2000) => {
  const { history, outcome } = advance(biasScenario.trainer, s, emptyHistory(biasScenario.trainer, s), count);
  return { history: history.toArray(), outcome };
};

// ../shared/reference/seed-numbers.md, bias scenario, learning rate 0.1 from b3 = 0.
const REFERENCE = [
  {
    b3: 0,
    predictions: [-2.603665238, -1.609019318, -2.614869634],
    ssr: 20.423597678,
    gradient: -15.655108381,
    step: -1.565510838,
    newB3: 1.565510838,
  },
  {
    b3: 1.565510838,
    predictions: [-1.0381544, -0.04350848, -1.049358796],
    ssr: 3.267828389,
    gradient: -6.262043352,
    step: -0.626204335,
    newB3: 2.191715173,
  },
  {
    b3: 2.191715173,
    predictions: [-0.411950065, 0.582695855, -0.423154461],
    ssr: 0.522905303,
    gradient: -2.504817341,
    step: -0.250481734,
    newB3: 2.442196907,
  },
];

describe('bias engine against the reference numbers', () => {
  const { history } = run(settings(), 3);

  it.each(REFERENCE.map((r, i) => [i + 1, r] as const))('iteration %i matches to 1e-9', (iteration, ref) => {
    const step = history[iteration - 1]!;
    expect(step.iteration).toBe(iteration);
    expect(step.b3).toBeCloseTo(ref.b3, 9);
    step.predictions.forEach((p, i) => expect(p).toBeCloseTo(ref.predictions[i]!, 9));
    step.residuals.forEach((r, i) => expect(r).toBeCloseTo(BIAS_DATA[i]!.y - ref.predictions[i]!, 9));
    expect(step.ssr).toBeCloseTo(ref.ssr, 9);
    expect(step.gradient).toBeCloseTo(ref.gradient, 9);
    expect(step.stepSize).toBeCloseTo(ref.step, 9);
    expect(step.newB3).toBeCloseTo(ref.newB3, 9);
  });

  it('has its minimum at b3* = 2.609185 where the gradient is zero', () => {
    const best = optimalB3(problem);
    expect(best).toBeCloseTo(2.609185, 6);
    expect(Math.abs(ssrGradientAt(problem, best))).toBeLessThan(1e-12);
  });

  it('converges at rate 0.1 with |step| < 0.001 within a few dozen steps, near b3*', () => {
    const { history: h, outcome } = run(settings());
    expect(outcome.kind).toBe('converged');
    expect(h.length).toBeLessThan(36);
    const last = h[h.length - 1]!;
    expect(Math.abs(last.stepSize)).toBeLessThan(0.001);
    expect(Math.abs(h[h.length - 2]!.stepSize)).toBeGreaterThanOrEqual(0.001);
    expect(last.newB3).toBeCloseTo(2.61, 2);
  });

  it('lands on b3* in one step at learning rate 1/6 (= 1/curvature)', () => {
    const { history: h, outcome } = run(settings({ learningRate: 1 / 6 }));
    expect(h[0]!.newB3).toBeCloseTo(optimalB3(problem), 12);
    expect(outcome.kind).toBe('converged');
    expect(h).toHaveLength(2);
  });

  it('diverges at learning rate 0.34 after the SSR grows on 3 steps in a row', () => {
    const { history: h, outcome } = run(settings({ learningRate: 0.34 }));
    expect(outcome).toEqual({ kind: 'diverging', why: 'growing', rate: 0.34 });
    expect(h).toHaveLength(4);
    expect(h[3]!.ssr).toBeGreaterThan(h[2]!.ssr);
    expect(h[2]!.ssr).toBeGreaterThan(h[1]!.ssr);
    expect(h[1]!.ssr).toBeGreaterThan(h[0]!.ssr);
  });

  it('stops after the 1000-step budget when the step never gets small enough', () => {
    // Exactly 1/3 flips b3 across the minimum with the same SSR each time: neither converging nor growing.
    const flip = 1 / 3;
    const { history: h, outcome } = run(settings({ learningRate: flip, b3: optimalB3(problem) + 0.5 }));
    expect(['stopped', 'diverging']).toContain(outcome.kind);
    if (outcome.kind === 'stopped') expect(h).toHaveLength(1000);
  });

  it('keeps no non-finite step: a huge start overflows and the history ends at the last finite state', () => {
    const { history: h, outcome } = run(settings({ learningRate: 1, b3: 1e308 }));
    expect(outcome).toEqual({ kind: 'diverging', why: 'nonfinite', rate: 1 });
    for (const step of h) expect(Number.isFinite(step.newB3)).toBe(true);
  });
});

describe('bias engine properties', () => {
  const b3 = fc.double({ min: -50, max: 50, noNaN: true });
  const rate = fc.double({ min: 0.001, max: 0.333, noNaN: true });

  it('the gradient equals a central finite difference of the SSR within 1e-6', () => {
    fc.assert(
      fc.property(b3, (value) => {
        const h = 1e-4;
        const numeric = (ssrAt(problem, value + h) - ssrAt(problem, value - h)) / (2 * h);
        expect(Math.abs(numeric - ssrGradientAt(problem, value))).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      }),
    );
  });

  it('for learning rates below 1/3 the SSR never increases', () => {
    fc.assert(
      fc.property(b3, rate, (start, learningRate) => {
        const { history } = run(settings({ b3: start, learningRate }), 60);
        for (let i = 1; i < history.length; i++) {
          expect(history[i]!.ssr).toBeLessThanOrEqual(history[i - 1]!.ssr * (1 + 1e-12) + 1e-12);
        }
      }),
    );
  });

  it('a step is deterministic and moves b3 against the gradient by exactly the step size', () => {
    fc.assert(
      fc.property(b3, rate, (start, learningRate) => {
        const a = stepBias(problem, start, learningRate, 1);
        expect(stepBias(problem, start, learningRate, 1)).toEqual(a);
        expect(a.stepSize).toBe(a.gradient * learningRate);
        expect(a.newB3).toBe(start - a.stepSize);
        expect(Math.sign(a.newB3 - start)).toBe(-Math.sign(a.gradient) || 0);
      }),
    );
  });
});
