import { describe, it, expect } from 'vitest';
import type { Data } from '../../src/engine/point';
import { faithful } from '../../src/scenarios/linreg/realSets/faithful';
import { galton } from '../../src/scenarios/linreg/realSets/galton';

/** Means and the least-squares line by the plain two-pass formula, independent of the engine's. */
function fit(data: Data) {
  const meanX = data.reduce((s, p) => s + p.x, 0) / data.length;
  const meanY = data.reduce((s, p) => s + p.y, 0) / data.length;
  let sxx = 0;
  let sxy = 0;
  for (const { x, y } of data) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
  }
  const slope = sxy / sxx;
  return { meanX, meanY, slope, intercept: meanY - slope * meanX };
}

// Reference values from R: colMeans() (the column sums over n, written as fractions) and
// coef(lm(y ~ x)) on the data sets.
describe('Old Faithful (R datasets::faithful), x = waiting, y = eruptions', () => {
  it('has R’s 272 rows, first and last as R lists them', () => {
    expect(faithful).toHaveLength(272);
    expect(faithful[0]).toEqual({ x: 79, y: 3.6 });
    expect(faithful[271]).toEqual({ x: 74, y: 4.467 });
  });

  it('has R’s means', () => {
    const { meanX, meanY } = fit(faithful);
    expect(Math.abs(meanX - 19284 / 272)).toBeLessThan(1e-6); // 70.897059
    expect(Math.abs(meanY - 948.677 / 272)).toBeLessThan(1e-6); // 3.487783
  });

  it('has R’s least-squares line, eruptions = −1.874016 + 0.075628 · waiting', () => {
    const { slope, intercept } = fit(faithful);
    expect(Math.abs(slope - 0.075628)).toBeLessThan(1e-4);
    expect(Math.abs(intercept - -1.874016)).toBeLessThan(1e-4);
  });
});

describe('Galton’s heights (HistData::Galton), x = parent, y = child', () => {
  it('has the 928 rows, first and last as HistData lists them', () => {
    expect(galton).toHaveLength(928);
    expect(galton[0]).toEqual({ x: 70.5, y: 61.7 });
    expect(galton[927]).toEqual({ x: 69.5, y: 73.7 });
  });

  it('has HistData’s means', () => {
    const { meanX, meanY } = fit(galton);
    expect(Math.abs(meanX - 63390 / 928)).toBeLessThan(1e-6); // 68.308190
    expect(Math.abs(meanY - 63186.1 / 928)).toBeLessThan(1e-6); // 68.088470
  });

  it('has Galton’s regression line, child = 23.94153 + 0.64629 · parent', () => {
    const { slope, intercept } = fit(galton);
    expect(Math.abs(slope - 0.64629)).toBeLessThan(1e-4);
    expect(Math.abs(intercept - 23.94153)).toBeLessThan(1e-4);
  });
});
