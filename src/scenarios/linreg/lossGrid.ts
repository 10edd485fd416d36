import type { Data } from '../../engine/point';
import type { LossGrid } from '../../engine/lossGrid';

/** Cells a side: fine enough for smooth contours, cheap enough to redo when the view moves. */
const GRID = 64;

/**
 * What the MSE of a line needs from the data, centred on the means so the sums stay exact for
 * data far from the origin: m, x̄, ȳ, Sxx = Σ(x − x̄)², Sxy = Σ(x − x̄)(y − ȳ), Syy = Σ(y − ȳ)².
 */
export interface LineMoments {
  readonly m: number;
  readonly meanX: number;
  readonly meanY: number;
  readonly sxx: number;
  readonly sxy: number;
  readonly syy: number;
}

export function lineMoments(data: Data): LineMoments {
  const m = data.length;
  let sumX = 0;
  let sumY = 0;
  for (const { x, y } of data) {
    sumX += x;
    sumY += y;
  }
  const meanX = m ? sumX / m : 0;
  const meanY = m ? sumY / m : 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const { x, y } of data) {
    const dx = x - meanX;
    const dy = y - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  return { m, meanX, meanY, sxx, sxy, syy };
}

/**
 * MSE(w, b) from the moments in O(1): the residual is (y − ȳ) − w(x − x̄) + c with c = ȳ − w·x̄ − b,
 * and the centred sums' cross terms vanish, so Σr² = Syy − 2w·Sxy + w²·Sxx + m·c².
 */
export function momentsMse(s: LineMoments, w: number, b: number): number {
  if (s.m === 0) return 0;
  const c = s.meanY - w * s.meanX - b;
  // Rounding can take a perfect fit a hair below zero; a loss is never negative.
  return Math.max(0, (s.syy - 2 * w * s.sxy + w * w * s.sxx) / s.m + c * c);
}

/**
 * The data's MSE at the centre of each cell over w in `xDomain` and b in `yDomain`: the loss
 * surface's contours. One pass over the data, then O(1) a cell, so its cost does not grow with m.
 */
export function lossGrid(data: Data, xDomain: [number, number], yDomain: [number, number]): LossGrid {
  const moments = lineMoments(data);
  const values: number[] = new Array(GRID * GRID);
  for (let j = 0; j < GRID; j++) {
    const b = yDomain[0] + ((j + 0.5) / GRID) * (yDomain[1] - yDomain[0]);
    for (let i = 0; i < GRID; i++) {
      const w = xDomain[0] + ((i + 0.5) / GRID) * (xDomain[1] - xDomain[0]);
      values[i + j * GRID] = momentsMse(moments, w, b);
    }
  }
  return { values, nx: GRID, ny: GRID, xDomain, yDomain };
}
