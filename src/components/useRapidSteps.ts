import { useEffect } from 'react';
import { useDescent } from '../store/descentStore';

/** How long a step's glide lasts (the .animated transitions in styles.css). */
const GLIDE_MS = 250;

/**
 * Steps that come faster than a glide lasts (Step held down, or clicked in quick succession)
 * land directly, as they do while playing fast: a glide would never finish, and each one would
 * restyle and repaint the charts every frame until the next step.
 */
export function useRapidSteps(): void {
  useEffect(() => {
    const root = document.documentElement;
    let last = -Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useDescent.subscribe((state, previous) => {
      if (state.runs[state.scenario].cursor === previous.runs[previous.scenario].cursor) return;
      const now = performance.now();
      if (now - last < GLIDE_MS) {
        root.classList.add('stepping-fast');
        clearTimeout(timer);
        timer = setTimeout(() => root.classList.remove('stepping-fast'), GLIDE_MS);
      }
      last = now;
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      root.classList.remove('stepping-fast');
    };
  }, []);
}
