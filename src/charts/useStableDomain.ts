import { useRef } from 'react';
import { followDomain } from './followDomain';

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
 * A view that holds `extent` (see followDomain): still while the extent fits, growing at once when
 * it leaves, shrinking back once the extent is far narrower, so the fitted curve moves across
 * still axes as the steps go and a view blown up by a diverging run comes back once it recovers.
 * A new key (new data, new settings) or `fresh` (the run is at its start, after Reset or a step
 * back to 0) starts again from what is drawn now. `inner`, the values without their padding,
 * decides whether the extent still fits.
 */
export function useFollowingDomain(
  extent: readonly [number, number],
  keys: readonly unknown[],
  fresh = false,
  inner: readonly [number, number] = extent,
): readonly [number, number] {
  const previous = useRef<{ keys: readonly unknown[]; domain: readonly [number, number] } | null>(null);
  const last = previous.current;
  if (fresh || !last || last.keys.length !== keys.length || last.keys.some((k, i) => k !== keys[i])) {
    const same = last && last.domain[0] === extent[0] && last.domain[1] === extent[1];
    previous.current = { keys, domain: same ? last.domain : extent };
  } else {
    const domain = followDomain(last.domain, extent, inner);
    if (domain !== last.domain) previous.current = { keys, domain };
  }
  return previous.current!.domain;
}
