import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decadeExtent, steppedMax } from '../../src/charts/axisSteps';

describe('steppedMax', () => {
  it.each([
    [0, 10],
    [10, 10],
    [11, 15],
    [16, 20],
    [21, 30],
    [31, 50],
    [51, 70],
    [71, 100],
    [999, 1000],
    [1001, 1500],
  ])('%s → %s', (n, end) => expect(steppedMax(n)).toBe(end));

  it('is at least n and at most 5/3 of it (from 3 to 5 is the widest step), and changes rarely as n counts up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 1e7 }), (n) => {
        const end = steppedMax(n);
        expect(end).toBeGreaterThanOrEqual(n);
        expect(end).toBeLessThanOrEqual((5 / 3) * n + 1e-9);
      }),
    );
    const ends = new Set(Array.from({ length: 100000 }, (_, n) => steppedMax(n)));
    expect(ends.size).toBeLessThan(40);
  });
});

describe('decadeExtent', () => {
  it('widens to whole decades around the values', () => {
    expect(
      decadeExtent(
        [
          [0, 11],
          [1, 0.02],
        ],
        1e-12,
      ),
    ).toEqual([0.01, 100]);
    expect(
      decadeExtent(
        [
          [0, 3],
          [1, 4],
        ],
        1e-12,
      ),
    ).toEqual([1, 10]);
  });

  it('puts zero on the floor, and falls back for no points or non-finite losses', () => {
    expect(
      decadeExtent(
        [
          [0, 0],
          [1, 1],
        ],
        1e-12,
      ),
    ).toEqual([1e-12, 1]);
    expect(decadeExtent([], 1e-12)).toEqual([1e-12, 1]);
    expect(decadeExtent([[0, Infinity]], 1e-12)).toEqual([1e-12, 1]);
  });
});
