import { useSyncExternalStore } from 'react';

/** Phones and narrow windows: the same width as the phone rules in styles.css. */
export const PHONE_QUERY = '(max-width: 760px)';

/** Below the width where every header button fits one row beside the scenario list (styles.css too). */
export const COMPACT_HEADER_QUERY = '(max-width: 1279px)';

/** Whether a CSS media query matches now; false where there is no matchMedia (jsdom). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
  );
}
