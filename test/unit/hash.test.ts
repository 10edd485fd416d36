import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHash, parseHash as parseLink, type LinkState } from '../../src/url/hash';
import { tm } from '../../src/i18n/i18n';

/** A parsed link with its notices in words (English, the tests' language). */
const parseHash = (hash: string) => {
  const parsed = parseLink(hash);
  return { ...parsed, notices: parsed.notices.map(tm) };
};
import { biasScenario } from '../../src/scenarios/bias/bias';
import { linregScenario, type LinregSettings } from '../../src/scenarios/linreg/linreg';
import { scenarios } from '../../src/scenarios/registry';

describe('URL hash: the contract format', () => {
  it('writes the bias defaults exactly as DESIGN.md shows them', () => {
    expect(formatHash({ scenario: 'bias', settings: biasScenario.defaults, iter: 0 })).toBe(
      '#scenario=bias&lr=0.1&b3=0&iter=0&data=0:0,0.5:1,1:0',
    );
  });

  it('writes the linreg defaults exactly as DESIGN.md shows them', () => {
    expect(formatHash({ scenario: 'linreg', settings: linregScenario.defaults, iter: 0 })).toBe(
      '#scenario=linreg&lr=0.01&w=0&b=0&epochs=1000&every=50&iter=0&data=1:1,2:2,3:3,4:4,5:5',
    );
  });

  it('treats every field as optional', () => {
    expect(parseHash('')).toEqual({
      state: { scenario: 'bias', settings: biasScenario.defaults, iter: 0 },
      notices: [],
    });
    expect(parseHash('#scenario=linreg').state.settings).toEqual(linregScenario.defaults);
    const { state, notices } = parseHash('#scenario=bias&lr=0.05&b3=-1&iter=7');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ scenario: 'bias', iter: 7, settings: { learningRate: 0.05, b3: -1 } });
  });

  it('names the batch size and its seed only when the batches are smaller than the data', () => {
    const settings: LinregSettings = { ...linregScenario.defaults, batchSize: 2, seed: 42 };
    const hash = formatHash({ scenario: 'linreg', settings, iter: 3 });
    expect(hash).toContain('&batch=2&seed=42&');
    expect(parseHash(hash).state.settings).toEqual(settings);
    const full = formatHash({ scenario: 'linreg', settings: linregScenario.defaults, iter: 3 });
    expect(full).not.toMatch(/batch=|seed=/);
  });
});

describe('URL hash: round trips', () => {
  const finite = (min: number, max: number) =>
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v));
  const point = fc.record({ x: finite(-1e4, 1e4), y: finite(-1e4, 1e4) });
  const data = fc.array(point, { minLength: 1, maxLength: 30 });
  const iter = fc.integer({ min: 0, max: 100000 });
  const rate = finite(0.001, 1);
  const bias: fc.Arbitrary<LinkState> = fc.record({
    scenario: fc.constant('bias' as const),
    settings: fc.record({ learningRate: rate, b3: finite(-100, 100), data }),
    iter,
  });
  const linreg: fc.Arbitrary<LinkState> = fc.record({
    scenario: fc.constant('linreg' as const),
    settings: fc.record({
      learningRate: rate,
      w: finite(-1000, 1000),
      b: finite(-1000, 1000),
      epochs: fc.integer({ min: 1, max: 100000 }),
      every: fc.integer({ min: 1, max: 10000 }),
      batchSize: fc.oneof(fc.integer({ min: 1, max: 29 }), fc.constant(100_000)),
      seed: fc.integer({ min: 0, max: 4294967295 }),
      data,
    }),
    iter,
  });

  const network: fc.Arbitrary<LinkState> = fc.record({
    scenario: fc.constant('network' as const),
    settings: fc.record({
      learningRate: rate,
      train: fc.constantFrom('b3' as const, 'w3w4b3' as const, 'all' as const),
      init: fc.constantFrom('statquest' as const, 'random' as const),
      seed: fc.integer({ min: 0, max: 4294967295 }),
      data,
    }),
    iter,
  });

  it('any valid state → hash → the same state, with no notices', () => {
    fc.assert(
      fc.property(fc.oneof(bias, linreg, network), (state) => {
        const parsed = parseHash(formatHash(state));
        expect(parsed.notices).toEqual([]);
        // A seed is written only where something is random: full-batch linreg and StatQuest's start
        // leave it out; any batch size from m up is the full batch, which a link leaves out too.
        const settings = state.settings as unknown as { batchSize?: number; init?: string };
        const fullBatch = state.scenario === 'linreg' && settings.batchSize! >= state.settings.data.length;
        const seedless = fullBatch || (state.scenario === 'network' && settings.init === 'statquest');
        const expected = seedless
          ? {
              ...state,
              settings: {
                ...state.settings,
                seed: scenarios[state.scenario].defaults.seed,
                ...(fullBatch && { batchSize: linregScenario.defaults.batchSize }),
              },
            }
          : state;
        expect(parsed.state).toEqual(expected);
      }),
    );
  });
});

describe('URL hash: malformed fields are ignored, named, and the rest applies', () => {
  it.each([
    ['letters in a number', '#lr=abc&b3=1', 'lr', { b3: 1 }],
    ['an empty value', '#lr=&b3=1', 'lr', { b3: 1 }],
    ['NaN', '#lr=NaN&b3=1', 'lr', { b3: 1 }],
    ['Infinity', '#b3=Infinity&lr=0.2', 'b3', { learningRate: 0.2 }],
    ['a huge number', '#lr=1e309&b3=1', 'lr', { b3: 1 }],
    ['a rate out of range', '#lr=5&b3=1', 'lr', { b3: 1 }],
    ['a zero rate', '#lr=0&b3=1', 'lr', { b3: 1 }],
    ['a negative rate', '#lr=-0.1&b3=1', 'lr', { b3: 1 }],
    ['hex', '#lr=0x10&b3=1', 'lr', { b3: 1 }],
    ['a decimal comma', '#lr=0,5&b3=1', 'lr', { b3: 1 }],
    ['a start beyond range', '#b3=1e308&lr=0.2', 'b3', { learningRate: 0.2 }],
    ['data with no points', '#data=&lr=0.2', 'data', { learningRate: 0.2 }],
    ['data with letters', '#data=0:a,1:2&lr=0.2', 'data', { learningRate: 0.2 }],
    ['data pairs without a colon', '#data=0,1&lr=0.2', 'data', { learningRate: 0.2 }],
    [
      'too many points',
      `#data=${Array.from({ length: 201 }, (_, i) => `${i}:0`).join(',')}&lr=0.2`,
      'data',
      { learningRate: 0.2 },
    ],
    ['an unknown scenario', '#scenario=cnn&lr=0.2', 'scenario', { learningRate: 0.2 }],
    ['a field of the other scenario', '#scenario=bias&w=2&lr=0.2', 'w', { learningRate: 0.2 }],
    ['a negative iter', '#iter=-1&lr=0.2', 'iter', { learningRate: 0.2 }],
    ['a fractional iter', '#iter=2.5&lr=0.2', 'iter', { learningRate: 0.2 }],
    ['broken percent-encoding', '#lr=%E0%A4%A&b3=1', 'lr', { b3: 1 }],
  ])('%s', (_, hash, field, applied) => {
    const { state, notices } = parseHash(hash);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(field);
    expect(notices[0]).not.toMatch(/NaN|Infinity/);
    expect(state.settings).toMatchObject(applied);
  });

  it('a repeated key uses the first value and names the second', () => {
    const { state, notices } = parseHash('#lr=0.2&lr=0.3');
    expect(state.settings.learningRate).toBe(0.2);
    expect(notices).toEqual([expect.stringContaining('second lr')]);
  });

  it('negative and huge epochs are refused for linreg', () => {
    expect(parseHash('#scenario=linreg&epochs=-5').notices[0]).toContain('epochs');
    expect(parseHash('#scenario=linreg&epochs=1e12').notices[0]).toContain('epochs');
  });

  it('a truncated link keeps whatever came before the cut', () => {
    const { state, notices } = parseHash('#scenario=bias&lr=0.2&b3=1&da');
    expect(state.settings).toMatchObject({ learningRate: 0.2, b3: 1 });
    expect(notices[0]).toContain('da');
  });
});

describe('URL hash: embed', () => {
  it('reads embed=1 as the compact view and writes it back last', () => {
    const { state, notices } = parseHash('#scenario=bias&lr=0.1&embed=1');
    expect(notices).toEqual([]);
    expect(state.embed).toBe(true);
    expect(formatHash(state)).toBe('#scenario=bias&lr=0.1&b3=0&iter=0&data=0:0,0.5:1,1:0&embed=1');
  });

  it('leaves embed out of a link when it is off, and names a bad value', () => {
    expect(parseHash('#embed=0')).toEqual(parseHash(''));
    expect(formatHash({ scenario: 'bias', settings: biasScenario.defaults, iter: 0, embed: false })).not.toContain(
      'embed',
    );
    const { state, notices } = parseHash('#embed=yes&lr=0.2');
    expect(state.embed).toBeUndefined();
    expect(state.settings.learningRate).toBe(0.2);
    expect(notices).toEqual(['Ignored embed in the link: it must be 1 or 0.']);
  });
});
