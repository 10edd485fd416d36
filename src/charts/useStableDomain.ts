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
