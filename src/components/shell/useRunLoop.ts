import { useEffect } from 'react';
import { isPlayingFast, stepsPerSecond, useDescent } from '../../store/descentStore';
import { useAnimationFrame } from '../common/useAnimationFrame';

/** Script time a frame may spend on steps, so the page keeps 60 fps while playing fast. */
const FAST_FRAME_BUDGET_MS = 4;
/** "Train to end" may take more of each frame: it is waiting for a result, not watching. */
const TO_END_FRAME_BUDGET_MS = 12;

/**
 * Plays the run while the store says so: a paced number of steps per second, or, for the fast
 * speed and "Train to end", as many steps per frame as fit in the frame's budget. The batch
 * size adapts to the measured cost, so a store update per frame carries many steps.
 */
export function useRunLoop(): void {
  const playing = useDescent((s) => s.playing);
  const speedId = useDescent((s) => s.speed);

  useEffect(() => {
    if (!playing) return;
    document.documentElement.classList.toggle('playing-fast', isPlayingFast({ playing, speed: speedId }));
    return () => document.documentElement.classList.remove('playing-fast');
  }, [playing, speedId]);

  useAnimationFrame(
    playing
      ? () => {
          const perSecond = playing === 'to-end' ? Infinity : stepsPerSecond(speedId);
          const budget = playing === 'to-end' ? TO_END_FRAME_BUDGET_MS : FAST_FRAME_BUDGET_MS;
          let due = 1; // the first step comes at once: pressing Run should do something visibly
          let batch = 1;
          return (elapsed) => {
            const store = useDescent.getState();
            if (!store.playing) return false;
            if (perSecond === Infinity) {
              const start = performance.now();
              store.step(batch);
              const spent = performance.now() - start;
              if (spent < budget / 2) batch = Math.min(batch * 2, 1 << 16);
              else if (spent > budget) batch = Math.max(1, batch >> 1);
            } else {
              due += (elapsed / 1000) * perSecond;
              const count = Math.floor(due);
              if (count > 0) {
                due -= count;
                store.step(count);
              }
            }
          };
        }
      : null,
    [playing, speedId],
  );
}
