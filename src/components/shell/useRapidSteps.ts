import { useEffect } from 'react';
import { useDescent } from '../../store/descentStore';

/**
 * A CSS time in milliseconds ("250ms", ".25s"), or null. The unit matters: the production build's
 * CSS minifier writes 250ms as .25s, which read as a number of milliseconds made every glide
 * "0.25 ms" long, so rapid steps never landed directly and each one restarted its transitions.
 */
export function cssTimeMs(text: string): number | null {
  const match = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(ms|s)\s*$/i.exec(text);
  if (!match) return null;
  const value = Number(match[1]) * (match[2]!.toLowerCase() === 's' ? 1000 : 1);
  return Number.isFinite(value) ? value : null;
}

/** How long a step's glide lasts: styles.css's --glide, which the .animated transitions use. */
function glideMs(root: HTMLElement): number {
  return cssTimeMs(getComputedStyle(root).getPropertyValue('--glide')) ?? 250;
}

/**
 * Steps that come faster than a glide lasts (Step held down, or clicked in quick succession, or
 * the Iteration slider dragged) land directly, as they do while playing fast: a glide would never
 * finish, and each one would restyle and repaint the charts every frame until the next step. The
 * class is set or cleared at each step (no timer): it only matters at the moment a step lands.
 */
export function useRapidSteps(): void {
  useEffect(() => {
    const root = document.documentElement;
    const glide = glideMs(root);
    let last = -Infinity;
    const unsubscribe = useDescent.subscribe((state, previous) => {
      if (state.runs[state.scenario].cursor === previous.runs[previous.scenario].cursor) return;
      const now = performance.now();
      root.classList.toggle('stepping-fast', now - last < glide);
      last = now;
    });
    return () => {
      unsubscribe();
      root.classList.remove('stepping-fast');
    };
  }, []);
}
