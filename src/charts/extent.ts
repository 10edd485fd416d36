/**
 * A numeric domain that holds every finite value given, padded on both sides, never empty (a
 * single value gets `minSpan` around it) and never built from NaN or ±Infinity.
 */
export function paddedExtent(values: Iterable<number>, pad = 0.08, minSpan = 1): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return [0, minSpan];
  const span = Math.max(hi - lo, minSpan);
  const mid = (lo + hi) / 2;
  const half = (span / 2) * (1 + 2 * pad);
  return [mid - half, mid + half];
}

/** `count` evenly spaced samples of f over [lo, hi], finite ones only. */
export function sampleFunction(
  f: (x: number) => number,
  [lo, hi]: readonly [number, number],
  count: number,
): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const x = lo + ((hi - lo) * i) / (count - 1);
    const y = f(x);
    if (Number.isFinite(y)) points.push([x, y]);
  }
  return points;
}

/** The x view of a data set: its inputs with a little room either side (at least 1 wide). */
export function dataXDomain(points: readonly { readonly x: number }[]): [number, number] {
  return paddedExtent(
    points.map((p) => p.x),
    0.08,
    1,
  );
}
