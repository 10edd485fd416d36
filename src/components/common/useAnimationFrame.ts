import { useEffect, type DependencyList } from 'react';

/**
 * Runs a loop on animation frames while `start` is given: `start()` is called once when the loop
 * begins (and again when deps change) and returns the frame callback, which gets the time since
 * the previous frame (0 on the first) and returns false to stop. Shared by Run and the race.
 */
export function useAnimationFrame(
  start: (() => (elapsedMs: number, now: number) => boolean | void) | null,
  deps: DependencyList,
): void {
  useEffect(() => {
    if (!start) return;
    const onFrame = start();
    let frame = 0;
    let last: number | null = null;
    const tick = (now: number) => {
      const elapsed = last === null ? 0 : now - last;
      last = now;
      if (onFrame(elapsed, now) === false) return;
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
    // The caller names what the loop depends on, as for useEffect.
  }, deps);
}
