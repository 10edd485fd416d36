import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixed4, lineEquation, roundTrip } from '../../src/format/number';
import { pyFixed } from '../../src/format/python';
import { numpySum } from '../../src/engine/numpySum';

describe("pyFixed is Python's :.6f", () => {
  // Each expectation printed by CPython 3.11: format(value, '.6f').
  it.each([
    [0.0078125, '0.007812'], // an exact binary tie: half to even (toFixed says 0.007813)
    [-0.0078125, '-0.007812'],
    [1.5e-6, '0.000002'],
    [2.5e-7, '0.000000'],
    [5e-7, '0.000000'],
    [-1e-9, '-0.000000'], // Python keeps the sign of a negative that rounds to zero
    [-0, '-0.000000'],
    [0, '0.000000'],
    [1e22, '10000000000000000000000.000000'], // no exponent, unlike toFixed
    [123.4567895, '123.456789'],
    [2.675, '2.675000'],
    [1e-320, '0.000000'],
    [1.0000005, '1.000001'],
    [11, '11.000000'],
    [NaN, 'nan'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
  ])('%s → %s', (value, text) => {
    expect(pyFixed(value, 6)).toBe(text);
  });

  it('agrees with toFixed wherever no exact tie or sign of zero is involved', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const ours = pyFixed(x, 6);
        const theirs = x.toFixed(6);
        if (ours !== theirs) expect(ours).toBe(`-${theirs}`); // only -0.000000 may differ
      }),
    );
  });
});

describe('screen formats', () => {
  it('shows 4 decimals and never -0.0000', () => {
    expect(fixed4(-2.6036652)).toBe('-2.6037');
    expect(fixed4(-0)).toBe('0.0000');
    expect(fixed4(-0.00001)).toBe('-1.0e-5'); // not zero, so not 0.0000
    expect(fixed4(0.000014)).toBe('1.4e-5');
    expect(fixed4(NaN)).toBe('—');
  });

  it('writes the shortest text that reads back as the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(roundTrip(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

describe('numpySum', () => {
  it('adds pairwise like numpy (fixture printed by numpy 2.x)', () => {
    const a = Array.from({ length: 300 }, (_, i) => 0.1 * i + 1e-3 * (i % 7));
    expect(numpySum(a)).toBe(4485.897000000001);
    expect(numpySum([])).toBe(0);
  });
});

describe('lineEquation', () => {
  it('writes the sign of the intercept once', () => {
    expect(lineEquation(0.22, 0.06)).toBe('ŷ = 0.2200x + 0.0600');
    expect(lineEquation(-12780, -3540)).toBe('ŷ = -12780.0000x - 3540.0000');
  });
});
