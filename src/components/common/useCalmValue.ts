import { useEffect, useRef, useState } from 'react';
import { isPlayingFast, useDescent } from '../../store/descentStore';

const CALM_MS = 250;

/**
 * The value, except while the run plays faster than anyone can read: then it changes at most
 * four times a second. The chain-rule panels and the history table use it, so a fast run does not
 * typeset a formula or scroll a row per frame that no one can read; the charts still move every frame.
 * Render stays pure: the clock is read by a timer, and the latest value is kept by an effect.
 */
export function useCalmValue<T>(value: T): T {
  const fast = useDescent(isPlayingFast);
  const latest = useRef(value);
  const [calm, setCalm] = useState<{ readonly value: T } | null>(null);
  useEffect(() => {
    latest.current = value;
  });
  useEffect(() => {
    if (!fast) return;
    setCalm({ value: latest.current });
    const timer = setInterval(() => setCalm({ value: latest.current }), CALM_MS);
    return () => {
      clearInterval(timer);
      setCalm(null);
    };
  }, [fast]);
  // Until the first calm value is kept (the frame the run turns fast), and whenever it is not fast.
  return fast && calm ? calm.value : value;
}
