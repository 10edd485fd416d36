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
 * A domain that only grows while `resetKey` stays the same: the fitted curve moves across still
 * axes as the steps go (rather than the axes rescaling under it), and a new data set starts afresh.
 */
export function useGrowingDomain(extent: readonly [number, number], resetKey: unknown): readonly [number, number] {
  const previous = useRef<{ key: unknown; domain: readonly [number, number] } | null>(null);
  const last = previous.current;
  if (!last || last.key !== resetKey) {
    previous.current = { key: resetKey, domain: extent };
  } else if (extent[0] < last.domain[0] || extent[1] > last.domain[1]) {
    previous.current = {
      key: resetKey,
      domain: [Math.min(extent[0], last.domain[0]), Math.max(extent[1], last.domain[1])],
    };
  }
  return previous.current!.domain;
}
