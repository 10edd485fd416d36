import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, PARAMETERS, STATQUEST_PARAMS, type NetworkParams } from '../../src/engine/backprop';
import { numericGradient, relativeError } from '../../src/engine/gradientCheck';
import { advance, emptyHistory } from '../../src/engine/training';
import { biasScenario } from '../../src/scenarios/bias/bias';
import { networkScenario, startCurvature, type NetworkSettings } from '../../src/scenarios/network/network';

const train = (overrides: Partial<NetworkSettings>, count = 20000) => {
  const settings = { ...networkScenario.defaults, ...overrides };
  const { history, outcome } = advance(
    networkScenario.trainer,
    settings,
    emptyHistory(networkScenario.trainer, settings),
    count,
  );
  return { history: history.toArray(), outcome };
};

describe('network scenario: backpropagation through the seven parameters', () => {
  it('"b3 only" reproduces the bias scenario bit for bit', () => {
    const network = train({ train: 'b3' });
    const settings = biasScenario.defaults;
    const bias = advance(biasScenario.trainer, settings, emptyHistory(biasScenario.trainer, settings), 2000);
    expect(network.history).toHaveLength(bias.history.length);
    expect(network.outcome).toEqual(bias.outcome);
    network.history.forEach((step, i) => {
      const b = bias.history.at(i);
      expect(step.ssr).toBe(b.ssr);
      expect(step.gradient.b3).toBe(b.gradient);
      expect(step.stepSizes.b3).toBe(b.stepSize);
      expect(step.newParams.b3).toBe(b.newB3);
    });
    expect(network.history[0]!.gradient.b3).toBeCloseTo(-15.655108381, 9);
  });

  it('leaves untrained parameters where they started', () => {
    const { history } = train({ train: 'w3w4b3' }, 50);
    const last = history.at(-1)!;
    for (const name of ['w1', 'b1', 'w2', 'b2'] as const) expect(last.newParams[name]).toBe(STATQUEST_PARAMS[name]);
    expect(last.newParams.w3).not.toBe(STATQUEST_PARAMS.w3);
  });

  it('training all 7 from a seeded random start lowers the SSR, and repeats for the seed', () => {
    const a = train({ train: 'all', init: 'random', seed: 5, learningRate: 0.05 }, 3000);
    const b = train({ train: 'all', init: 'random', seed: 5, learningRate: 0.05 }, 3000);
    expect(a.history.map((s) => s.ssr)).toEqual(b.history.map((s) => s.ssr));
    expect(a.history.at(-1)!.ssr).toBeLessThan(a.history[0]!.ssr / 2);
  });

  it('knows the curvature of the b3-only parabola: λmax = 2n = 6', () => {
    expect(startCurvature(networkScenario.defaults)).toBeCloseTo(6, 4);
  });

  const value = fc.double({ min: -3, max: 3, noNaN: true });
  const params: fc.Arbitrary<NetworkParams> = fc.record({
    w1: value,
    b1: value,
    w2: value,
    b2: value,
    w3: value,
    w4: value,
    b3: value,
  });
  const data = fc.array(fc.record({ x: value, y: value }), { minLength: 1, maxLength: 6 });

  it('every analytic gradient matches a central finite difference (relative error < 1e-6)', () => {
    fc.assert(
      fc.property(params, data, (p, points) => {
        const { gradient } = evaluate(points, p);
        for (const name of PARAMETERS) {
          expect(relativeError(gradient[name], numericGradient(points, p, name))).toBeLessThan(1e-6);
        }
      }),
    );
  });
});
