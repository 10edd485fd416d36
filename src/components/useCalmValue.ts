import { useRef } from 'react';
import { isPlayingFast, useDescent } from '../store/descentStore';

const CALM_MS = 250;

/**
 * The value, except while the run plays faster than anyone can read: then it changes at most
 * four times a second. The chain-rule panels and the history table use it, so a fast run does not
 * typeset a formula or scroll a row per frame that no one can read; the charts still move every frame.
 */
export function useCalmValue<T>(value: T): T {
  const fast = useDescent(isPlayingFast);
  const kept = useRef({ value, at: 0 });
  const now = performance.now();
  if (!fast || now - kept.current.at >= CALM_MS) kept.current = { value, at: now };
  return kept.current.value;
}
