import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { batchGradient, hessianMaxEigenvalue, leastSquares, mse, stepLinreg } from '../../src/engine/linreg';
import { advance, emptyHistory } from '../../src/engine/training';
import { LINREG_DATA, linregScenario, type LinregSettings } from '../../src/scenarios/linreg/linreg';
import { trainingLog } from '../../src/scenarios/linreg/trainingLog';

const settings = (overrides: Partial<LinregSettings> = {}): LinregSettings => ({
  ...linregScenario.defaults,
  ...overrides,
});
const train = (s: LinregSettings) => {
  const { trainer } = linregScenario;
  const { history, outcome } = advance(trainer, s, emptyHistory(trainer, s), trainer.budget(s));
  return { history: history.toArray(), outcome, trail: history };
};
const referenceLog = readFileSync(new URL('./fixtures/linreg_reference.txt', import.meta.url), 'utf8')
  .trimEnd()
  .split('\n');

describe('linreg engine against the reference script', () => {
  const { history, outcome, trail } = train(settings());

  it('runs the whole epoch budget and finishes', () => {
    expect(history).toHaveLength(1000);
    expect(outcome.kind).toBe('finished');
  });

  it('epoch 0 prints the loss before the update and the parameters after it', () => {
    expect(history[0]).toMatchObject({ epoch: 0, w: 0, b: 0, loss: 11, dw: -22, db: -6 });
    expect(history[0]!.newW).toBeCloseTo(0.22, 15);
    expect(history[0]!.newB).toBeCloseTo(0.06, 15);
  });

  it('reproduces the full training log character for character (21 lines, blank line, final line)', () => {
    const log = trainingLog(trail, trail.length, settings()).lines;
    expect(referenceLog).toHaveLength(23);
    expect(log).toEqual(referenceLog);
  });

  it('ends at the reference final parameters within 1e-12', () => {
    const last = history[history.length - 1]!;
    expect(Math.abs(last.newW - 0.9975901753359889)).toBeLessThan(1e-12);
    expect(Math.abs(last.newB - 0.008700231670305317)).toBeLessThan(1e-12);
  });

  it('matches numpy bit for bit with 1000 samples, where numpy sums pairwise', () => {
    // Fixture computed with numpy 2.x: 25 epochs on this data at learning rate 0.01.
    const data = Array.from({ length: 1000 }, (_, i) => {
      const x = ((i * 7919) % 1000) / 100;
      return { x, y: 0.5 * x + ((i * 104729) % 997) / 997 - 0.5 };
    });
    const { history: h } = train(settings({ data, epochs: 25 }));
    const last = h[24]!;
    expect(last.loss).toBe(0.08472888139469402);
    expect(last.newW).toBe(0.48963111248978314);
    expect(last.newB).toBe(0.0655195700686335);
  });

  it('logs only the epochs run so far, and no footer until the budget is spent', () => {
    const log = trainingLog(trail, 101, settings()).lines;
    expect(log).toEqual(referenceLog.slice(0, 3));
  });
});

describe('linreg maths', () => {
  it('knows the narrow valley: λmax ≈ 23.66, so rates above ≈ 0.0845 diverge', () => {
    expect(hessianMaxEigenvalue(LINREG_DATA)).toBeCloseTo(12 + Math.sqrt(136), 12);
    expect(2 / hessianMaxEigenvalue(LINREG_DATA)).toBeCloseTo(0.0845, 4);
    expect(train(settings({ learningRate: 0.09 })).outcome.kind).toBe('diverging');
    expect(train(settings({ learningRate: 0.08 })).outcome.kind).toBe('finished');
  });

  it('finds the least-squares line, and none when every x is equal', () => {
    expect(leastSquares(LINREG_DATA)).toEqual({ w: 1, b: 0 });
    expect(
      leastSquares([
        { x: 2, y: 1 },
        { x: 2, y: 3 },
      ]),
    ).toBeNull();
  });

  it('batch size 1 repeats exactly for a seed and differs for another', () => {
    const a = train(settings({ batchSize: 1, epochs: 20, seed: 7 })).history;
    const b = train(settings({ batchSize: 1, epochs: 20, seed: 7 })).history;
    const c = train(settings({ batchSize: 1, epochs: 20, seed: 8 })).history;
    expect(a).toHaveLength(100);
    expect(a).toEqual(b);
    expect(c[99]!.newW).not.toBe(a[99]!.newW);
    expect(a[99]!.fullLoss).toBeLessThan(a[0]!.fullLoss);
  });

  const coordinate = fc.double({ min: -10, max: 10, noNaN: true });
  const points = fc.array(fc.record({ x: coordinate, y: coordinate }), { minLength: 1, maxLength: 12 });

  it('the batch gradient equals central finite differences of the MSE', () => {
    fc.assert(
      fc.property(points, coordinate, coordinate, (data, w, b) => {
        const h = 1e-5;
        const g = batchGradient(data, { w, b });
        const dw = (mse(data, { w: w + h, b }) - mse(data, { w: w - h, b })) / (2 * h);
        const db = (mse(data, { w, b: b + h }) - mse(data, { w, b: b - h })) / (2 * h);
        expect(Math.abs(g.dw - dw)).toBeLessThan(1e-5 * Math.max(1, Math.abs(dw)));
        expect(Math.abs(g.db - db)).toBeLessThan(1e-5 * Math.max(1, Math.abs(db)));
      }),
    );
  });

  it('the loss never increases for learning rates below 2/λmax of the data', () => {
    fc.assert(
      fc.property(
        points,
        coordinate,
        coordinate,
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (data, w, b, fraction) => {
          const learningRate = (fraction * 2) / hessianMaxEigenvalue(data);
          let params = { w, b };
          let previous = Infinity;
          for (let epoch = 0; epoch < 40; epoch++) {
            const step = stepLinreg(data, params, { learningRate, batchSize: data.length, seed: 0 }, epoch);
            expect(step.loss).toBeLessThanOrEqual(previous * (1 + 1e-9) + 1e-12);
            previous = step.loss;
            params = { w: step.newW, b: step.newB };
          }
        },
      ),
    );
  });
});
