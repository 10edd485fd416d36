import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseModel } from '../../src/scenarios/expression';
import { modelScenario, lossGraphOf, type ModelSettings } from '../../src/scenarios/model/model';
import { readModel } from '../../src/scenarios/model/modelReading';
import { loadModelParser } from '../../src/scenarios/model/modelParser';
import { READY_MODELS } from '../../src/scenarios/model/readyModels';
import { numberSettings, settingName } from '../../src/scenarios/scenario';
import { stepLinreg } from '../../src/engine/linreg';
import { advance, emptyHistory } from '../../src/engine/training';
import { tm } from '../../src/i18n/i18n';
import { formatHash, parseHash } from '../../src/url/hash';

const defaults = modelScenario.defaults;
const trainer = modelScenario.trainer;

/** The settings a typed formula gives, or the refusal in English words. */
function typed(text: string, settings: ModelSettings = defaults): ModelSettings {
  const read = readModel(settings, text);
  if (!read.ok) throw new Error(tm(read.error));
  return read.value;
}
const refusal = (text: string, settings: ModelSettings = defaults): string => {
  const read = readModel(settings, text);
  return read.ok ? 'accepted' : tm(read.error);
};

function steps(settings: ModelSettings, count: number) {
  const { history } = advance(trainer, settings, emptyHistory(trainer, settings), count);
  return Array.from({ length: history.length }, (_, i) => history.at(i));
}

beforeAll(() => loadModelParser());

describe('the ready-made models', () => {
  it.each(READY_MODELS.map((m) => [m.id, m] as const))('%s: its tree is what the parser makes of its text', (_, m) => {
    const parsed = parseModel(m.formula.text);
    expect(parsed).toEqual({ ok: true, expression: m.formula.expression, parameters: m.formula.parameters });
  });

  it.each(READY_MODELS.map((m) => [m.id, m] as const))(
    '%s: the graph names its parameters in the same order',
    (_, m) => {
      const graph = lossGraphOf({ model: m.formula, data: defaults.data, loss: 'ssr' });
      expect(graph.parameters.map((p) => p.name)).toEqual(m.formula.parameters);
    },
  );

  it('a ready-made text brings its own start; other names keep theirs or start at 0', () => {
    const statquest = typed(READY_MODELS[2]!.formula.text);
    expect(statquest.start).toEqual(READY_MODELS[2]!.start);
    const moved = { ...defaults, start: { a: 2, b: 3, c: 4 } };
    expect(typed('a*x + d', moved).start).toEqual({ a: 2, d: 0 });
    // log(w) is not finite at w = 0, so a new w starts at 1.
    expect(typed('log(w) * x').start).toEqual({ w: 1 });
  });
});

describe('one "Starting …" field per parameter', () => {
  it('follows the formula', () => {
    const names = (s: ModelSettings) => numberSettings(modelScenario, s).map((n) => tm(settingName(n)));
    expect(names(defaults)).toEqual(['Starting a', 'Starting b', 'Starting c']);
    expect(names(typed('w2*softplus(w1*x + b1) + b3'))).toEqual([
      'Starting w2',
      'Starting w1',
      'Starting b1',
      'Starting b3',
    ]);
  });
});

describe('numbers against independent implementations', () => {
  // From test/unit/fixtures/model_reference.py (numpy, hand-written gradients), printed with repr.
  it('parabola a*x^2 + b*x + c, SSR, rate 0.1: the numpy reference to full precision', () => {
    const [s1, s2, s3] = steps({ ...defaults, learningRate: 0.1 }, 3);
    expect([...s1!.params, s1!.loss, ...s1!.gradient, ...s1!.newParams]).toEqual([
      0, 0, 0, 1, -0.5, -1, -2, 0.05, 0.1, 0.2,
    ]);
    const close = (actual: ArrayLike<number>, expected: number[]) =>
      expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, 14));
    close([s2!.loss], [0.7064062500000001]);
    close(s2!.gradient, [0.33125000000000004, -0.03749999999999998, -0.3750000000000001]);
    close(s2!.newParams, [0.016874999999999994, 0.10375000000000001, 0.23750000000000002]);
    close([s3!.loss], [0.6836695556640624]);
    close(s3!.gradient, [0.3630468750000001, 0.009843750000000151, -0.22156249999999966]);
    close(s3!.newParams, [-0.019429687500000015, 0.102765625, 0.25965625]);
  });

  it('sigmoid(w*x + b), MSE, rate 0.5 from w = 0.5, b = −0.25: the numpy reference', () => {
    const settings = {
      ...typed('sigmoid(w*x + b)'),
      loss: 'mse' as const,
      learningRate: 0.5,
      start: { w: 0.5, b: -0.25 },
    };
    const expected = [
      [0.2525772781749344, 0.050580531588105694, 0.08075605515839888, 0.47470973420594714, -0.29037802757919945],
      [0.24820032339812811, 0.04748255771663301, 0.07457759584138156, 0.45096845534763064, -0.32766682549989024],
      [0.24443653574159005, 0.04444951107836295, 0.06873086881497738, 0.4287436998084492, -0.3620322599073789],
    ];
    steps(settings, 3).forEach((step, k) => {
      const got = [step.loss, ...step.gradient, ...step.newParams];
      expected[k]!.forEach((v, i) => expect(got[i]).toBeCloseTo(v, 14));
    });
  });

  it('the line w*x + b with MSE takes the linreg scenario’s epochs (its hand-written gradient)', () => {
    const data = [1, 2, 3, 4, 5].map((v) => ({ x: v, y: v }));
    const settings = { ...typed('w*x + b', { ...defaults, data }), loss: 'mse' as const, learningRate: 0.01 };
    let w = 0;
    let b = 0;
    for (const [k, step] of steps(settings, 50).entries()) {
      const reference = stepLinreg(data, { w, b }, { learningRate: 0.01, batchSize: 5, seed: 1 }, k);
      expect(step.loss).toBeCloseTo(reference.loss, 12);
      expect(step.gradient[0]).toBeCloseTo(reference.dw, 12);
      expect(step.gradient[1]).toBeCloseTo(reference.db, 12);
      expect(step.newParams[0]).toBeCloseTo(reference.newW, 12);
      expect(step.newParams[1]).toBeCloseTo(reference.newB, 12);
      ({ newW: w, newB: b } = reference);
    }
  });

  it('the CSV columns: iteration, each parameter, the loss, each gradient, each new value', () => {
    expect(modelScenario.columns(defaults).map((c) => c.csv)).toEqual([
      'iteration',
      'a',
      'b',
      'c',
      'ssr',
      'd_a',
      'd_b',
      'd_c',
      'new_a',
      'new_b',
      'new_c',
    ]);
    const mse = { ...defaults, loss: 'mse' as const };
    expect(modelScenario.columns(mse).map((c) => tm(c.header))).toContain('∂MSE/∂a');
  });

  it('the learning-rate bands come from the curvature at the start: 2/λmax of the parabola’s SSR', () => {
    // H = 2·XᵀX for X = [x², x, 1]; its largest eigenvalue from model_reference.py (numpy.linalg.eigvalsh)
    const bands = modelScenario.bands(defaults);
    expect(bands.local).toBe(true);
    expect(bands.divergesAbove).toBeCloseTo(2 / 9.25289254468742, 6);
    expect(bands.monotoneBelow).toBeCloseTo(1 / 9.25289254468742, 6);
  });
});

describe('bad models are refused with what and where, and change nothing', () => {
  it.each([
    ['a*x +* b', 'Position 6: unexpected ‘*’.'],
    ['a*x +', 'Position 6: the formula ends too soon.'],
    ['a*foo(x)', 'Position 3: unknown function ‘foo’'],
    ['exp*x', 'Position 1: ‘exp’ is a function, not a parameter: write exp(…).'],
    ['2*x + 1', 'The model has no parameter to train: name one, as in w*x + b.'],
    ['y*x', 'Position 1: ‘y’ cannot name a parameter'],
    ['lr*x + iter', 'Position 1: ‘lr’ cannot name a parameter'],
    ['w*x^b', 'Position 4: a power must be a number'],
    ['w*log(x)', 'The value is not finite at point 1 (x = 0).'],
  ])('%s', (text, words) => {
    expect(refusal(text)).toContain(words);
  });
});

describe('the link', () => {
  it('carries the model text url-encoded, its starting values and the loss', () => {
    const settings = { ...typed('a*x^2 + b*x + c'), loss: 'mse' as const };
    expect(formatHash({ scenario: 'model', settings, iter: 0 })).toBe(
      '#scenario=model&model=a*x%5E2%20%2B%20b*x%20%2B%20c&lr=0.1&a=0&b=0&c=0&loss=mse&iter=0&data=0:0,0.5:1,1:0',
    );
  });

  it('round-trips exactly: the four ready-made models, random starts, both losses, any field order', () => {
    const start = fc.double({ min: -1000, max: 1000, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom(...READY_MODELS),
        fc.array(start, { minLength: 7, maxLength: 7 }),
        fc.constantFrom('ssr' as const, 'mse' as const),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 50 }),
        (ready, values, loss, rate, iter) => {
          const base = typed(ready.formula.text);
          const settings: ModelSettings = {
            ...base,
            loss,
            learningRate: rate / 1000,
            start: Object.fromEntries(base.model.parameters.map((name, i) => [name, values[i]! || 0])),
          };
          const hash = formatHash({ scenario: 'model', settings, iter });
          const parsed = parseHash(hash);
          expect(parsed.notices).toEqual([]);
          expect(parsed.state).toEqual({ scenario: 'model', settings, iter });
          // The model first or last: its fields are read after it either way.
          const [head, ...fields] = hash.slice(1).split('&');
          const reversed = parseHash(`#${[head, ...fields.reverse()].join('&')}`);
          expect(reversed.state.settings).toEqual(settings);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a bad model in a link is ignored with a notice naming it; the rest still applies', () => {
    const { state, notices } = parseHash('#scenario=model&model=a*x%20%2B*%20b&lr=0.05&loss=mse');
    expect(notices.map(tm)).toEqual(['Ignored model in the link: Position 6: unexpected ‘*’.']);
    expect(state.settings).toMatchObject({ learningRate: 0.05, loss: 'mse', model: defaults.model });
  });
});
