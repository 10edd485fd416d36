import { useEffect, useState } from 'react';

/** The attribute a part of the page carries so a lesson can point at it by name, not by its classes. */
export const TARGET_ATTRIBUTE = 'data-lesson-target';

interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/** The first element named `target` (a lesson's own word, no quotes) that is drawn: a phone and a desktop may each have a Step. */
export function findTarget(target: string): HTMLElement | null {
  for (const element of document.querySelectorAll<HTMLElement>(`[${TARGET_ATTRIBUTE}="${target}"]`)) {
    if (element.getClientRects().length > 0) return element;
  }
  return null;
}

const PAD = 6;

/**
 * A ring drawn over the part of the page a card talks about, scrolled into view once. It is a
 * box of its own above the page (pointer events pass through it), so the part itself and every
 * other control stay as they are and usable; the card's text says in words what it points at.
 */
export function Highlight({ target }: { readonly target: string }) {
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    let element: HTMLElement | null = null;
    let frame = 0;
    const measure = () => {
      frame = 0;
      if (!element?.isConnected) element = findTarget(target);
      const rect = element?.getBoundingClientRect();
      setBox(
        rect && rect.width > 0
          ? { top: rect.top - PAD, left: rect.left - PAD, width: rect.width + 2 * PAD, height: rect.height + 2 * PAD }
          : null,
      );
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(measure);
    };
    // Without a ResizeObserver (jsdom) the ring follows scrolling and resizing only.
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    const attach = (found: HTMLElement) => {
      element = found;
      found.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      resize?.observe(found);
      schedule();
    };
    // The part may come with a chunk still loading (a scenario's view): wait for it to appear.
    const appearing = new MutationObserver(() => {
      if (element?.isConnected) return;
      const found = findTarget(target);
      if (found && found !== element) attach(found);
    });
    const first = findTarget(target);
    if (first) attach(first);
    appearing.observe(document.body, { childList: true, subtree: true });
    resize?.observe(document.body);
    window.addEventListener('scroll', schedule, { passive: true, capture: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      appearing.disconnect();
      resize?.disconnect();
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      setBox(null);
    };
  }, [target]);
  if (!box) return null;
  return <div className="lesson-highlight" aria-hidden="true" data-highlighting={target} style={box} />;
}
