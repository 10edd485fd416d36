import { useCallback, useEffect, useState } from 'react';

export type Pass = 'forward' | 'backward';

/** Where the walk-through stands: in a pass at its k-th node, or between passes. */
export interface Walk {
  readonly pass: Pass | null;
  /** Position in the pass (0 is its first node). */
  readonly at: number;
  /** The last pass finished, for the narration's closing line. */
  readonly finished: Pass | null;
  /** A backward pass has run to its end: every drawn node shows its gradient. */
  readonly gradients: boolean;
}

const IDLE: Walk = { pass: null, at: 0, finished: null, gradients: false };
/** One node per beat while Play runs: slow enough to read the narration's numbers. */
export const PLAY_MS = 900;

/** The next state after a press of a pass's button: its next node, or the pass's end after its last. */
export function advance(walk: Walk, pass: Pass, length: number): Walk {
  if (walk.pass !== pass)
    return { pass, at: 0, finished: null, gradients: pass === 'forward' ? false : walk.gradients };
  if (walk.at + 1 < length) return { ...walk, at: walk.at + 1 };
  return { pass: null, at: 0, finished: pass, gradients: pass === 'backward' || walk.gradients };
}

const reducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The walk-through's state and its buttons. It starts over when the graph's shape changes (another
 * sample, other data) and keeps its place when only the numbers do (a Step). Play presses the
 * pass's button once per beat; with reduced motion it completes the pass at once.
 */
export function useGraphWalk(length: number, shape: unknown) {
  const [walk, setWalk] = useState<Walk>(IDLE);
  const [playing, setPlaying] = useState<Pass | null>(null);
  const [shown, setShown] = useState(shape);
  if (shown !== shape) {
    setShown(shape);
    setWalk(IDLE);
    setPlaying(null);
  }
  const press = useCallback((pass: Pass) => setWalk((w) => advance(w, pass, length)), [length]);

  useEffect(() => {
    if (playing === null) return;
    const timer = setInterval(() => {
      setWalk((w) => {
        const next = advance(w, playing, length);
        if (next.pass === null) setPlaying(null);
        return next;
      });
    }, PLAY_MS);
    return () => clearInterval(timer);
  }, [playing, length]);

  const play = useCallback(() => {
    if (playing !== null) {
      setPlaying(null);
      return;
    }
    const pass: Pass = walk.pass ?? (walk.finished === 'forward' ? 'backward' : 'forward');
    if (reducedMotion()) {
      setWalk((w) => ({
        pass: null,
        at: 0,
        finished: pass,
        gradients: pass === 'backward' || (w.gradients && pass !== 'forward'),
      }));
      return;
    }
    if (walk.pass === null) setWalk((w) => advance(w, pass, length));
    setPlaying(pass);
  }, [playing, walk, length]);

  return { walk, press, play, playing: playing !== null };
}
