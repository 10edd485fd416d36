import { useEffect, useState } from 'react';
import { useAnimationFrame } from '../common/useAnimationFrame';

/** Steps per second while playing: at least 60, more for a long race so it lasts about 8 s. */
const RACE_SPEED = 60;
const RACE_SECONDS = 8;

/**
 * The race's clock: the step shown so far (0 to `longest`), advanced on animation frames while
 * playing. A new race setup (`setup`, compared by identity) starts from the line again.
 */
export function useRaceClock(setup: unknown, longest: number) {
  const [shown, setShown] = useState(0);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    setShown(0);
    setPlaying(false);
  }, [setup]);

  useAnimationFrame(
    playing
      ? () => (elapsed) => {
          const speed = Math.max(RACE_SPEED, longest / RACE_SECONDS);
          const advance = Math.max(1, Math.round((elapsed / 1000) * speed));
          setShown((s) => {
            const next = Math.min(longest, s + advance);
            if (next >= longest) setPlaying(false);
            return next;
          });
        }
      : null,
    [playing, longest],
  );

  /** Start (again from the line once finished), pause or resume. */
  const toggle = () => (shown >= longest ? (setShown(0), setPlaying(true)) : setPlaying(!playing));
  return { shown, playing, toggle };
}
