// Axis ends for the loss-per-epoch chart, in a module of their own: only that chart (loaded with
// the linreg view) uses them, and the first page load stays within its budget.
/**
 * The next of 1, 1.5, 2, 3, 5 or 7 times a power of ten at or above n (at least 10): an axis end
 * that moves in steps as a run grows, rather than on every epoch.
 */
export function steppedMax(n: number): number {
  const v = Math.max(10, n);
  const power = Math.pow(10, Math.floor(Math.log10(v)));
  return [1, 1.5, 2, 3, 5, 7, 10].map((m) => m * power).find((m) => m >= v) ?? v;
}

/** The [x, y] points' y range widened to whole decades (one at least), for a log axis; values below `floor` count as `floor`. */
export function decadeExtent(points: readonly (readonly [number, number])[], floor: number): [number, number] {
  let lo = Infinity;
  let hi = 0;
  for (const [, v] of points) {
    const c = Math.max(v, floor);
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  if (!(hi > 0) || !Number.isFinite(hi)) return [floor, 1];
  const bottom = Math.pow(10, Math.floor(Math.log10(lo)));
  const top = Math.pow(10, Math.ceil(Math.log10(hi)));
  return [bottom, top > bottom ? top : bottom * 10];
}
