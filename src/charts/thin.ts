/**
 * At most `limit` points of a long path, evenly strided, always keeping the first and last: the
 * whole route stays visible (the early slide along the valley matters most) at a bounded cost.
 */
export function thin<T>(path: readonly T[], limit: number): readonly T[] {
  if (path.length <= limit) return path;
  const stride = Math.ceil(path.length / limit);
  const out: T[] = [];
  for (let i = 0; i < path.length; i += stride) out.push(path[i]!);
  if ((path.length - 1) % stride !== 0) out.push(path[path.length - 1]!);
  return out;
}
