import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineMoments, momentsMse, mse } from '../../src/engine/linreg';
import { lossGrid } from '../../src/scenarios/linreg/lossGrid';

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const points = fc.array(fc.record({ x: finite(-1e3, 1e3), y: finite(-1e3, 1e3) }), { minLength: 1, maxLength: 60 });

describe('the loss grid from sufficient statistics', () => {
  it('equals the MSE summed point by point, for any data and any line', () => {
    fc.assert(
      fc.property(points, finite(-50, 50), finite(-1e3, 1e3), (data, w, b) => {
        const direct = mse(data, { w, b });
        const fromMoments = momentsMse(lineMoments(data), w, b);
        // Relative to the size of the terms summed: the mean of (|y| + |w·x| + |b|)².
        const scale =
          data.reduce((s, p) => s + (Math.abs(p.y) + Math.abs(w * p.x) + Math.abs(b)) ** 2, 0) / data.length;
        expect(Math.abs(fromMoments - direct)).toBeLessThanOrEqual(1e-12 * (1 + scale));
      }),
    );
  });

  it('gives each cell the MSE at its centre of the grid, to 1e-12', () => {
    const data = [1, 2, 3, 4, 5].map((x, i) => ({ x, y: [2, 4, 6, 8, 10][i]! }));
    const grid = lossGrid(data, [-1, 3], [-2, 2]);
    for (const [i, j] of [
      [0, 0],
      [31, 17],
      [63, 63],
      [10, 50],
    ] as const) {
      const w = -1 + ((i + 0.5) / grid.nx) * 4;
      const b = -2 + ((j + 0.5) / grid.ny) * 4;
      expect(grid.values[i + j * grid.nx]).toBeCloseTo(mse(data, { w, b }), 12);
    }
  });

  it('stays exact for data far from the origin, and is never negative at a perfect fit', () => {
    const data = Array.from({ length: 100 }, (_, k) => ({ x: 1e6 + k, y: 3 * (1e6 + k) + 7 }));
    const moments = lineMoments(data);
    expect(momentsMse(moments, 3, 7)).toBeGreaterThanOrEqual(0);
    expect(momentsMse(moments, 3, 7)).toBeLessThan(1e-12);
    expect(momentsMse(moments, 3, 8)).toBeCloseTo(1, 9);
  });

  it('costs one pass over the data: a grid over 100,000 points holds 64 × 64 finite values', () => {
    const data = Array.from({ length: 100_000 }, (_, k) => ({ x: k / 1000, y: Math.sin(k) + k / 500 }));
    const grid = lossGrid(data, [0, 4], [-2, 2]);
    expect(grid.values).toHaveLength(64 * 64);
    expect(grid.values.every(Number.isFinite)).toBe(true);
    expect(grid.values[0]).toBeCloseTo(mse(data, { w: 0 + (0.5 / 64) * 4, b: -2 + (0.5 / 64) * 4 }), 9);
  });
});
