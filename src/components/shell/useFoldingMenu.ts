import { useEffect, useRef } from 'react';
import { useDescent } from '../../store/descentStore';
import { selectActiveRun } from '../../store/selectors';

/**
 * Closes a `<details>` menu the way a menu closes: a <details> alone stays open until its summary
 * is pressed again, and on a phone the open menu covers the charts a Step is meant to move.
 * Escape closes it and puts focus back on its summary (where a keyboard user opened it); a press
 * outside it or a step taken (the Step button, the s key, Run) closes it where focus is.
 */
export function useFoldingMenu() {
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = () => {
      if (menu.current?.open) menu.current.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const details = menu.current;
      if (event.key !== 'Escape' || !details?.open) return;
      // A dialog opened from the menu closes first, by its own Escape.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && menu.current?.contains(event.target)) return;
      close();
    };
    const unsubscribe = useDescent.subscribe((state, previous) => {
      if (selectActiveRun(state).cursor !== selectActiveRun(previous).cursor) close();
    });
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      unsubscribe();
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, []);
  return menu;
}
