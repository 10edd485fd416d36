import { useRef } from 'react';

/**
 * The same array as last time while its numbers are unchanged, so the scales, curves and axes
 * memoised on it are not rebuilt on every step when the view has not moved.
 */
export function useStableDomain<T extends readonly number[]>(domain: T): T {
  const previous = useRef(domain);
  const last = previous.current;
  if (last.length !== domain.length || last.some((v, i) => v !== domain[i])) previous.current = domain;
  return previous.current;
}

/**
 * A domain that only grows while the keys stay the same (compared one by one): the fitted curve
 * moves across still axes as the steps go, rather than the axes rescaling under it. A new key
 * (new data, new settings) or `fresh` (the run is at its start, after Reset or a step back to 0)
 * starts again from what is drawn now, so a view blown up by a diverging run comes back.
 */
export function useGrowingDomain(
  extent: readonly [number, number],
  keys: readonly unknown[],
  fresh = false,
): readonly [number, number] {
  const previous = useRef<{ keys: readonly unknown[]; domain: readonly [number, number] } | null>(null);
  const last = previous.current;
  if (fresh || !last || last.keys.length !== keys.length || last.keys.some((k, i) => k !== keys[i])) {
    const same = last && last.domain[0] === extent[0] && last.domain[1] === extent[1];
    previous.current = { keys, domain: same ? last.domain : extent };
  } else if (extent[0] < last.domain[0] || extent[1] > last.domain[1]) {
    previous.current = {
      keys,
      domain: [Math.min(extent[0], last.domain[0]), Math.max(extent[1], last.domain[1])],
    };
  }
  return previous.current!.domain;
}
