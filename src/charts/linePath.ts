import { path } from 'd3';

/**
 * A polyline's `d` through the points, built with d3-path. It does what d3-shape's line() with
 * its default linear curve does (a non-finite point breaks the line), without pulling in the
 * whole d3-shape bundle (~4 KB gzip of symbols and curves) for the one generator we use.
 */
export function linePath<T>(
  points: readonly T[],
  x: (point: T, index: number) => number,
  y: (point: T, index: number) => number,
): string {
  const out = path();
  let drawing = false;
  points.forEach((point, i) => {
    const px = x(point, i);
    const py = y(point, i);
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      drawing = false;
      return;
    }
    if (drawing) out.lineTo(px, py);
    else out.moveTo(px, py);
    drawing = true;
  });
  return out.toString();
}

/** The polyline through [x, y] pairs, each mapped through the two scales. */
export function pairPath(
  points: readonly (readonly [number, number])[],
  x: (value: number) => number,
  y: (value: number) => number,
): string {
  return linePath(
    points,
    (p) => x(p[0]),
    (p) => y(p[1]),
  );
}
