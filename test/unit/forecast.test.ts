import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fastest, stoppedByRule, sweep } from '../../src/engine/forecast';
import { stepUntilStopped } from '../../src/engine/training';
import type { LinregStep } from '../../src/engine/linreg';
import {
  fractionOf,
  logSpaced,
  niceCeil,
  niceFloor,
  positionOf,
  positions,
  rateAt,
  rateRange,
} from '../../src/engine/rateScale';
import { biasScenario } from '../../src/scenarios/bias/bias';
import { linregScenario } from '../../src/scenarios/linreg/linreg';
import { resetDescent, useDescent } from '../../src/store/descentStore';
import { forecastRun } from '../../src/scenarios/runForecast';
import { scenarioOf, type ScenarioId } from '../../src/scenarios/registry';
import { selectActiveRun } from '../../src/store/selectors';

const store = () => useDescent.getState();

describe('the log-scaled learning-rate slider', () => {
  it('rounds to 1-2-5 values', () => {
    expect([niceFloor(0.000333), niceFloor(0.0085), niceFloor(1), niceFloor(0.19)]).toEqual([0.0002, 0.005, 1, 0.1]);
    expect([niceCeil(1), niceCeil(0.255), niceCeil(0.11), niceCeil(0.0012)]).toEqual([1, 0.5, 0.2, 0.002]);
  });

  it('takes each scenario’s range from its curvature, clipped to 0.001–1', () => {
    expect(rateRange(biasScenario.bands(biasScenario.defaults).divergesAbove)).toEqual({ min: 0.001, max: 1 });
    expect(rateRange(linregScenario.bands(linregScenario.defaults).divergesAbove)).toEqual({ min: 0.001, max: 0.5 });
    expect(rateRange(0.02)).toEqual({ min: 0.001, max: 0.1 });
    expect(rateRange(Number.NaN)).toEqual({ min: 0.001, max: 1 });
  });

  it('widens its range to hold a typed rate rather than clamping it', () => {
    expect(rateRange(0.02, 0.7)).toEqual({ min: 0.001, max: 1 });
    expect(rateRange(0.02, 0.15)).toEqual({ min: 0.001, max: 0.2 });
    expect(rateRange(2e-5, 0.5)).toEqual({ min: 0.001, max: 0.5 });
  });

  it('position → rate → position is the identity, for any range', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 10, noNaN: true }), fc.nat(), (d, p) => {
        const range = rateRange(d);
        const last = positions(range);
        const position = p % (last + 1);
        const rate = rateAt(range, position);
        expect(positionOf(range, rate)).toBe(position);
        expect(rate).toBeGreaterThanOrEqual(range.min);
        expect(rate).toBeLessThanOrEqual(range.max);
      }),
    );
  });

  it('rate → position → rate stays within half a position and the 3-digit rounding', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1, noNaN: true }), (rate) => {
        const range = rateRange(1 / 3);
        const back = rateAt(range, positionOf(range, rate));
        expect(Math.abs(Math.log(back / rate))).toBeLessThan(0.016);
        expect(fractionOf(range, rate)).toBeCloseTo(positionOf(range, rate) / positions(range), 2);
      }),
    );
  });
});

/** A few steps at the default rate, then a forecast at `rate`: Step and Run must do what it says. */
function checkForecast(id: ScenarioId, start: Record<string, number>, before: number, rate: number) {
  resetDescent();
  store().setScenario(id);
  for (const [key, value] of Object.entries(start)) store().setSetting(key, value);
  store().step(before);
  checkForecastFromStore(rate, forecastRun(scenarioOf(id), selectActiveRun(store()), rate));
}

describe('the forecast', () => {
  beforeEach(resetDescent);

  it('says what the bias scenario’s defaults do, in its numbers', () => {
    const run = store().runs.bias;
    const forecast = forecastRun(biasScenario, run, 0.1);
    expect(biasScenario.nextValues(forecast.next!, run.settings)[0]![1].toFixed(4)).toBe('1.5655');
    expect(forecast.summary).toMatchObject({ steps: 10, outcome: { kind: 'converged' } });
    // The path ends where the run stops.
    expect(forecast.path).toHaveLength(10);
    const diverging = forecastRun(biasScenario, run, 0.9);
    expect(diverging.summary.outcome.kind).toBe('diverging');
    // |1 − 2n·rate|² = 4.4² per step, far from the minimum.
    expect(diverging.summary.growth).toBeGreaterThan(15);
    expect(diverging.path).toHaveLength(20);
    const overshooting = forecastRun(biasScenario, run, 0.25);
    expect(overshooting.summary.overshoots).toBe(true);
    expect(forecast.summary.overshoots).toBe(false);
  });

  it('says what linreg’s defaults do: next w = 0.2200, b = 0.0600', () => {
    store().setScenario('linreg');
    const run = store().runs.linreg;
    const forecast = forecastRun(linregScenario, run, 0.01);
    expect(linregScenario.nextValues(forecast.next!, run.settings).map(([, v]) => v.toFixed(4))).toEqual([
      '0.2200',
      '0.0600',
    ]);
    expect(forecast.summary).toMatchObject({ steps: 1000, outcome: { kind: 'finished' } });
  });

  it('equals a real run: Step lands on its next value, Run stops after its steps (bias)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.nat({ max: 6 }),
        (rate, b3, before) => checkForecast('bias', { b3 }, before, rate),
      ),
      { numRuns: 150 },
    );
  });

  it('equals a real run on random data (bias)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.double({ min: -3, max: 3, noNaN: true }), y: fc.double({ min: -3, max: 3, noNaN: true }) }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.nat({ max: 4 }),
        (data, rate, before) => {
          resetDescent();
          store().setData(data);
          const run = store().runs.bias;
          const forecast = forecastRun(biasScenario, run, rate);
          store().step(before);
          checkForecastFromStore(rate, forecastRun(biasScenario, store().runs.bias, rate));
          expect(forecast.from).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('equals a real run (linreg, random start, data and rate)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.double({ min: -5, max: 5, noNaN: true }), y: fc.double({ min: -5, max: 5, noNaN: true }) }),
          { minLength: 2, maxLength: 6 },
        ),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.nat({ max: 5 }),
        (data, rate, w, before) => {
          resetDescent();
          store().setScenario('linreg');
          store().setData(data);
          store().setSetting('w', w);
          store().setSetting('epochs', 300);
          store().step(before);
          checkForecastFromStore(rate, forecastRun(linregScenario, store().runs.linreg, rate));
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** Sets the rate as the slider does, then Step and Run: they must do what the forecast said. */
function checkForecastFromStore(rate: number, forecast: ReturnType<typeof forecastRun>) {
  const active = () => selectActiveRun(store());
  store().setLearningRate(rate);
  const from = active().cursor;
  store().step();
  if (forecast.summary.steps === 0) {
    expect(active().cursor).toBe(from);
    return;
  }
  expect(active().history.at(from)).toEqual(forecast.next);
  // Run: the loop steps, in batches, until the rules stop it.
  while (active().outcome.kind === 'ready') store().step(3);
  expect(active().cursor - from).toBe(forecast.summary.steps);
  expect(active().outcome).toEqual(forecast.summary.outcome);
}

describe('the steps-to-converge sweep', () => {
  beforeEach(resetDescent);

  it('each row is a real run from iteration 0 (bias)', () => {
    const rates = [0.001, 0.01, 0.05, 1 / 6, 0.2, 0.3, 0.34, 0.9];
    const rows = sweep(biasScenario.trainer, biasScenario.defaults, rates);
    for (const row of rows) {
      resetDescent();
      store().setLearningRate(row.rate);
      while (store().runs.bias.outcome.kind === 'ready') store().step(50);
      expect(store().runs.bias.history.length).toBe(row.steps);
      expect(store().runs.bias.outcome).toEqual(row.outcome);
    }
    // 1/(2n) lands on the minimum in one step; the rule stops on the next.
    expect(fastest(rows)).toMatchObject({ rate: 1 / 6, steps: 2 });
  });

  it('the bias scenario’s lean run to its rule equals the stepping loop, on random data, starts and rates', () => {
    const trainer = biasScenario.trainer;
    const start = fc.oneof(
      { arbitrary: fc.double({ min: -100, max: 100, noNaN: true }), weight: 5 },
      // Starts so far out that the first step overflows.
      { arbitrary: fc.constantFrom(1e154, -1e200, 1e308, -Number.MAX_VALUE), weight: 1 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.double({ min: -3, max: 3, noNaN: true }), y: fc.double({ min: -3, max: 3, noNaN: true }) }),
          { minLength: 1, maxLength: 8 },
        ),
        start,
        // Rates across the slider's ranges and beyond, with the band limits of 3 points exactly.
        fc.oneof(fc.double({ min: 1e-4, max: 2, noNaN: true }), fc.constantFrom(1 / 6, 1 / 3, 0.001, 1)),
        (data, b3, learningRate) => {
          const settings = { ...biasScenario.defaults, data, b3, learningRate };
          const loop = stepUntilStopped(trainer, settings, [], 0, trainer.budget(settings));
          expect(trainer.runToStop!(settings)).toEqual(loop);
        },
      ),
      { numRuns: 400 },
    );
    // And on the article's data, across the sweep's own rates.
    for (const learningRate of logSpaced({ min: 0.001, max: 1 }, 60)) {
      const settings = { ...biasScenario.defaults, learningRate };
      expect(trainer.runToStop!(settings)).toEqual(stepUntilStopped(trainer, settings, [], 0, 1000));
    }
  });

  it('linreg’s lean run to its sweep rule equals the stepping loop judged by that rule', () => {
    const { trainer, sweepRule } = linregScenario;
    const rule = sweepRule!;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.double({ min: -5, max: 5, noNaN: true }), y: fc.double({ min: -5, max: 5, noNaN: true }) }),
          { minLength: 2, maxLength: 12 },
        ),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.oneof(fc.double({ min: 1e-4, max: 1.5, noNaN: true }), fc.constantFrom(0.001, 0.01, 0.0751, 1)),
        fc.integer({ min: 1, max: 400 }),
        (data, w, b, learningRate, epochs) => {
          const settings = { ...linregScenario.defaults, data, w, b, learningRate, epochs };
          const judged = { ...trainer, settled: (step: LinregStep) => rule.settled(step, settings) };
          const loop = stepUntilStopped(judged, settings, [], 0, epochs);
          expect(rule.runToStop!(settings)).toEqual(loop);
        },
      ),
      { numRuns: 300 },
    );
    // And on the article's data, across the sweep's own rates; a mini-batch run has no lean form.
    for (const learningRate of logSpaced({ min: 0.001, max: 1 }, 60)) {
      const settings = { ...linregScenario.defaults, learningRate };
      const judged = { ...trainer, settled: (step: LinregStep) => rule.settled(step, settings) };
      expect(rule.runToStop!(settings)).toEqual(stepUntilStopped(judged, settings, [], 0, 1000));
    }
    expect(rule.runToStop!({ ...linregScenario.defaults, batchSize: 2 })).toBeNull();
  });

  it('each row is a real run counted by the settle rule (linreg)', () => {
    const rule = linregScenario.sweepRule!.settled;
    const rates = [0.001, 0.01, 0.05, 0.08, 0.09, 0.3];
    const rows = sweep(linregScenario.trainer, linregScenario.defaults, rates, rule);
    for (const row of rows) {
      resetDescent();
      store().setScenario('linreg');
      store().setLearningRate(row.rate);
      while (store().runs.linreg.outcome.kind === 'ready') store().step(100);
      const history = store().runs.linreg.history.toArray();
      const settings = store().runs.linreg.settings;
      const settledAt = history.findIndex((step) => rule(step, settings));
      if (stoppedByRule(row)) expect(settledAt + 1).toBe(row.steps);
      else if (row.outcome.kind === 'diverging') expect(history.length).toBe(row.steps);
      else expect(settledAt).toBe(-1);
    }
  });
});
