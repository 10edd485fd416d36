import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkData, MAX_POINTS } from '../../src/scenarios/data';
import { msg, tm } from '../../src/i18n/i18n';
import {
  dataSetsOf,
  matchingSet,
  maxPointsOf,
  minPointsOf,
  pointsOf,
  standardizeMessage,
  standardizeX,
  xNeedsScaling,
} from '../../src/scenarios/dataSets';
import { scenarioIds, scenarioOf, scenarios } from '../../src/scenarios/registry';
import { resetDescent, useDescent } from '../../src/store/descentStore';
import { formatHash, parseHash } from '../../src/url/hash';

const setsOf = (id: (typeof scenarioIds)[number]) => dataSetsOf(scenarioOf(id));

describe('ready-made data sets', () => {
  it.each(scenarioIds)('%s: the seed first, then at least three more, each valid and distinct', async (id) => {
    const sets = setsOf(id);
    expect(sets[0]!.data).toBe(scenarios[id].defaults.data);
    expect(sets.length).toBeGreaterThanOrEqual(4);
    for (const set of sets) {
      const points = await pointsOf(set);
      expect(checkData(points, maxPointsOf(scenarioOf(id))).ok, set.id).toBe(true);
      expect(points.length, set.id).toBeGreaterThanOrEqual(minPointsOf(scenarioOf(id)));
      expect(matchingSet(sets, [...points.map((p) => ({ ...p }))])).toBe(set);
    }
    expect(new Set(sets.map((s) => s.label)).size).toBe(sets.length);
  });

  it('"linear with noise" is 30 seeded points, the same on every load', () => {
    const noisy = setsOf('linreg').find((s) => s.id === 'noisy-line')!;
    expect(noisy.data).toHaveLength(30);
    expect(noisy.data.slice(0, 3)).toMatchInlineSnapshot(`
      [
        {
          "x": 0,
          "y": 1.057,
        },
        {
          "x": 0.3,
          "y": 0.804,
        },
        {
          "x": 0.6,
          "y": 0.897,
        },
      ]
    `);
  });

  it('linreg with x in thousands: the safe rates fall below the slider, and Standardize x brings them back', () => {
    const linreg = scenarioOf('linreg');
    const thousands = setsOf('linreg').find((s) => s.id === 'thousands')!;
    const bands = linreg.bands({ ...linreg.defaults, data: thousands.data });
    expect(bands.divergesAbove).toBeLessThan(linreg.learningRate.min);
    expect(xNeedsScaling(thousands.data, bands.divergesAbove, linreg.learningRate.min)).toBe(true);
    const standardized = standardizeX(thousands.data);
    if (!standardized.ok) throw new Error(tm(standardized.error));
    const after = linreg.bands({ ...linreg.defaults, data: standardized.value.data });
    expect(after.divergesAbove).toBeGreaterThan(linreg.defaults.learningRate);
    expect(xNeedsScaling(standardized.value.data, after.divergesAbove, linreg.learningRate.min)).toBe(false);
    expect(tm(standardizeMessage(standardized.value))).toBe(
      'Standardized x: subtracted its mean 3000.00 and divided by its standard deviation 1414.21, so x now has mean 0 and standard deviation 1.',
    );
  });

  it('the seed data needs no scaling', () => {
    for (const id of scenarioIds) {
      const scenario = scenarioOf(id);
      const bands = scenario.bands(scenario.defaults);
      expect(xNeedsScaling(scenario.defaults.data, bands.divergesAbove, scenario.learningRate.min), id).toBe(false);
    }
  });
});

describe('standardizeX', () => {
  it('gives x mean 0 and standard deviation 1, y unchanged (fast-check)', () => {
    const point = fc.record({ x: fc.integer({ min: -10000, max: 10000 }), y: fc.integer({ min: -100, max: 100 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 50 }), (data) => {
        const result = standardizeX(data);
        if (!result.ok) return expect(new Set(data.map((p) => p.x)).size).toBe(1);
        const xs = result.value.data.map((p) => p.x);
        const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
        const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
        expect(Math.abs(mean)).toBeLessThan(1e-9);
        expect(sd).toBeCloseTo(1, 9);
        expect(result.value.data.map((p) => p.y)).toEqual(data.map((p) => p.y));
      }),
    );
  });

  it('refuses when every x is the same', () => {
    expect(
      standardizeX([
        { x: 2, y: 1 },
        { x: 2, y: 3 },
      ]),
    ).toEqual({
      ok: false,
      error: msg('data.noSpread'),
    });
  });
});

describe('a data change can be undone', () => {
  afterEach(resetDescent);

  it('Undo brings back the previous data, settings and history', () => {
    resetDescent();
    const store = useDescent.getState();
    store.setLearningRate(0.2);
    store.step(3);
    const before = useDescent.getState().runs.bias;
    const noisy = setsOf('bias')[1]!;
    expect(useDescent.getState().replaceData(noisy.data, msg('set.noisyLine'))).toBeNull();
    const after = useDescent.getState();
    expect(after.runs.bias.settings.data).toBe(noisy.data);
    expect(after.runs.bias.history.length).toBe(0);
    expect(after.runs.bias.settings.learningRate).toBe(0.2);
    expect(after.undoable?.message).toEqual(msg('set.noisyLine'));
    after.undo();
    expect(useDescent.getState().runs.bias).toBe(before);
    expect(useDescent.getState().undoable).toBeNull();
  });

  it('a refused change leaves the data, the history and any earlier Undo as they were', () => {
    resetDescent();
    useDescent.getState().step(2);
    const before = useDescent.getState().runs.bias;
    expect(useDescent.getState().replaceData([], msg('set.own'))).toEqual(msg('data.tooFew'));
    expect(useDescent.getState().runs.bias).toBe(before);
    expect(useDescent.getState().undoable).toBeNull();
  });

  it('withUndo is generic: a reset can be undone too, from another scenario', () => {
    resetDescent();
    useDescent.getState().step(4);
    const before = useDescent.getState().runs.bias;
    useDescent.getState().withUndo(msg('set.own'), () => useDescent.getState().reset());
    expect(useDescent.getState().runs.bias.history.length).toBe(0);
    useDescent.getState().setScenario('linreg');
    useDescent.getState().undo();
    expect(useDescent.getState().scenario).toBe('bias');
    expect(useDescent.getState().runs.bias).toBe(before);
  });

  it('a change that changes nothing offers no Undo', () => {
    resetDescent();
    useDescent.getState().withUndo(msg('set.own'), () => useDescent.getState().reset());
    expect(useDescent.getState().undoable).toBeNull();
  });
});

describe('the link carries the data', () => {
  it('200 points at full precision round-trip through a link', () => {
    const data = Array.from({ length: MAX_POINTS }, (_, i) => ({
      x: -9999.123456789012 + i * 97.00000000000003,
      y: Math.sin(i) * 1e-7 + (i % 7) * -1234.5678901234,
    }));
    const linreg = scenarios.linreg;
    const hash = formatHash({ scenario: 'linreg', settings: { ...linreg.defaults, data }, iter: 3 });
    const parsed = parseHash(hash);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.settings.data).toEqual(data);
    expect(parsed.state.iter).toBe(3);
    // As the browser hands it back: percent-encoded by a copy, or as typed.
    expect(parseHash(encodeURI(hash)).state.settings.data).toEqual(data);
  });
});

describe('real tables', () => {
  const tables = setsOf('linreg').filter((set) => set.table);

  it('Old Faithful and one more, each with its source, empty until loaded', async () => {
    expect(tables.map((set) => tm(msg(set.label)))).toEqual(['Old Faithful', 'Galton’s heights']);
    for (const set of tables) {
      expect(tm(msg(set.table!.source))).toMatch(/^Source: /);
      const points = await pointsOf(set);
      expect(set.data).toBe(points);
      expect(await pointsOf(set)).toBe(points);
    }
  });

  it('a link names a table instead of spelling out its points, and reads it back', async () => {
    const faithful = tables.find((set) => set.id === 'faithful')!;
    const settings = { ...scenarios.linreg.defaults, data: await pointsOf(faithful) };
    const hash = formatHash({ scenario: 'linreg', settings, iter: 4 });
    expect(hash).toMatch(/&data=faithful(&|$)/);
    const { state, notices } = parseHash(hash);
    expect(notices).toEqual([]);
    expect(state.settings.data).toBe(faithful.data);
  });

  it('more points than a link carries are left out of it; the rest of the state round-trips', () => {
    const data = Array.from({ length: MAX_POINTS + 1 }, (_, i) => ({ x: i, y: 2 * i }));
    const settings = { ...scenarios.linreg.defaults, data, learningRate: 0.002 };
    const hash = formatHash({ scenario: 'linreg', settings, iter: 4 });
    expect(hash).not.toContain('data=');
    const { state, notices } = parseHash(hash);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ iter: 4, settings: { learningRate: 0.002, data: scenarios.linreg.defaults.data } });
  });
});
