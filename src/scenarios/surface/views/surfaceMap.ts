import { READY_SURFACES, surfaceGrid, type SurfaceId } from '../../../engine/surface';
import type { GraphExpression } from '../../../engine/graphExpression';
import type { LossGrid } from '../../../engine/lossGrid';

type Domain = readonly [number, number];

/** The part of the plane each surface is best seen in: its minima, its ravine, its saddle. */
const BOXES: Readonly<Record<SurfaceId, readonly [Domain, Domain]>> = {
  bowl: [
    [-2, 2],
    [-2, 2],
  ],
  ravine: [
    [-2, 2],
    [-1, 1],
  ],
  rosenbrock: [
    [-2, 2],
    [-1, 3],
  ],
  himmelblau: [
    [-5, 5],
    [-5, 5],
  ],
  saddle: [
    [-2, 2],
    [-2.2, 2.2],
  ],
  custom: [
    [-2, 2],
    [-2, 2],
  ],
};

/** Cells a side: smooth contours, and a recompute well within a frame for the ready surfaces. */
export const MAP_CELLS = 64;

/**
 * The map's view: the surface's box, widened to hold the start and the path (at most three boxes
 * wide, so a run that left for far away does not shrink the map to a dot).
 */
export function mapDomain(fn: SurfaceId, points: readonly [Domain, Domain]): [Domain, Domain] {
  const box = BOXES[fn];
  return [0, 1].map((k) => {
    const [lo, hi] = box[k]!;
    const span = hi - lo;
    const [a, b] = points[k]!;
    const from = Math.max(lo - span, Math.min(lo, a - 0.1 * span));
    const to = Math.min(hi + span, Math.max(hi, b + 0.1 * span));
    return [from, to] as const;
  }) as [Domain, Domain];
}

/** f over the view as a grid for the contours, and f's lowest value there. */
export function mapGrid(
  expression: GraphExpression,
  xDomain: Domain,
  yDomain: Domain,
): { grid: LossGrid; lowest: number } {
  const { values, lowest } = surfaceGrid(expression, xDomain, yDomain, MAP_CELLS);
  return { grid: { values, nx: MAP_CELLS, ny: MAP_CELLS, xDomain, yDomain }, lowest };
}

export const minimaOf = (fn: SurfaceId) => (fn === 'custom' ? [] : READY_SURFACES[fn].minima);
