import { momentsOf, momentsMse } from '../../engine/linreg';
import type { Data } from '../../engine/point';
import type { LossGrid } from '../../engine/lossGrid';

/** Cells a side: fine enough for smooth contours, cheap enough to redo when the view moves. */
const GRID = 64;

/**
 * The data's MSE at the centre of each cell over w in `xDomain` and b in `yDomain`: the loss
 * surface's contours. One pass over the data, then O(1) a cell, so its cost does not grow with m.
 */
export function lossGrid(data: Data, xDomain: [number, number], yDomain: [number, number]): LossGrid {
  const moments = momentsOf(data);
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
