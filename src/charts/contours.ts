import { contours, geoPath, geoTransform, interpolateRgbBasis, scaleSequentialLog } from 'd3';
import type { LossGrid } from '../engine/lossGrid';

/** One filled contour: its outline in pixels, its colour and the level it is at or above. */
export interface Band {
  readonly d: string;
  readonly fill: string;
  readonly value: number;
}

/**
 * ColorBrewer's YlGnBu, light (low loss) to dark (high loss), written out: d3-scale-chromatic
 * builds every scheme when loaded, which would add 5 KB gzip to the first load for one ramp.
 */
export const YL_GN_BU = [
  '#ffffd9',
  '#edf8b1',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#1d91c0',
  '#225ea8',
  '#253494',
  '#081d58',
];
const lossColor = interpolateRgbBasis(YL_GN_BU);

/** Log-spaced levels between the grid's smallest positive and largest loss. */
export function logThresholds(values: readonly number[], levels: number): number[] {
  let lo = Infinity;
  let hi = 0;
  for (const v of values) {
    if (v > 0 && v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > 0) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi / lo < 1 + 1e-9) return [lo];
  const ratio = Math.pow(hi / lo, 1 / levels);
  return Array.from({ length: levels }, (_, k) => lo * Math.pow(ratio, k));
}

/** The colour scale's domain: the lowest level to just past the highest, or none for an empty grid. */
export const colourDomainOf = (thresholds: readonly number[]): [number, number] | null =>
  thresholds.length === 0 ? null : [thresholds[0]!, thresholds[thresholds.length - 1]! * 1.0001];

/**
 * The grid's filled contours at `thresholds`, coloured on a log scale over `colourDomain`, drawn
 * through the plot's scales `x` and `y`.
 */
export function contourBands(
  grid: LossGrid,
  thresholds: readonly number[],
  colourDomain: readonly [number, number],
  x: (w: number) => number,
  y: (b: number) => number,
): Band[] {
  const colour = scaleSequentialLog(lossColor).domain(colourDomain);
  const [x0, x1] = grid.xDomain;
  const [y0, y1] = grid.yDomain;
  // Grid coordinate g covers [g, g+1): map it onto the parameter domain, then onto pixels.
  const project = geoPath(
    geoTransform({
      point(gx, gy) {
        this.stream.point(x(x0 + (gx / grid.nx) * (x1 - x0)), y(y0 + (gy / grid.ny) * (y1 - y0)));
      },
    }),
  );
  return contours()
    .size([grid.nx, grid.ny])
    .thresholds(thresholds as number[])(grid.values as number[])
    .map((c) => ({ d: project(c) ?? '', fill: colour(c.value), value: c.value }));
}
