/**
 * At most `limit` points of a long path, evenly strided, always keeping the first and last: the
 * whole route stays visible (the early slide along the valley matters most) at a bounded cost.
 */
export function thin<T>(path: readonly T[], limit: number): readonly T[] {
  return path.length <= limit ? path : strided(path.length, limit).map((i) => path[i]!);
}

/** About `limit` evenly strided indices of 0..count−1, always with the first and the last. */
export function strided(count: number, limit: number): number[] {
  const stride = Math.max(1, Math.ceil(count / limit));
  const out: number[] = [];
  for (let i = 0; i < count; i += stride) out.push(i);
  if (count > 0 && (count - 1) % stride !== 0) out.push(count - 1);
  return out;
}
