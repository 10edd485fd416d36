import { useEffect, useRef, useState } from 'react';

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** A chart's box: its pixel size and the size of its text (13 px, larger in presenter mode). */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
}

export interface Dimensions extends Margins, ChartSize {
  readonly innerWidth: number;
  readonly innerHeight: number;
  /** How much marks grow with the text: 1 at 13 px type. */
  readonly k: number;
}

/** The plot inside a chart of `size` once its margins (computed from what the axes write) are known. */
export function frame(size: ChartSize, margins: Margins): Dimensions {
  return {
    ...size,
    ...margins,
    innerWidth: Math.max(10, size.width - margins.left - margins.right),
    innerHeight: Math.max(10, size.height - margins.top - margins.bottom),
    k: size.fontSize / 13,
  };
}

const BASE_FONT = 13;

/** The font size the chart's wrapper computes (the stylesheet sets it; presenter mode enlarges it). */
function fontSizeOf(element: Element): number {
  const size = parseFloat(getComputedStyle(element).fontSize);
  return Number.isFinite(size) && size > 0 ? size : BASE_FONT;
}

/**
 * A height the stylesheet asks for (`--chart-height`, a registered length resolved to px), or 0:
 * an embed fills its frame and presenter mode fits its charts above the fold, which a height
 * taken from the width alone cannot do.
 */
function askedHeightOf(element: Element): number {
  const height = parseFloat(getComputedStyle(element).getPropertyValue('--chart-height'));
  return Number.isFinite(height) && height > 0 ? Math.round(height) : 0;
}

/**
 * The chart's real pixel size, from a ResizeObserver on its wrapper (Amelia Wattenberger's
 * pattern), so text stays legible at any width instead of scaling with a viewBox, and its text
 * size, read again when presenter mode toggles (the root element's class). Without a
 * ResizeObserver (jsdom) it keeps the fallback size.
 */
export function useChartDimensions(aspect = 0.68, fallbackWidth = 480) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallbackWidth);
  const [fontSize, setFontSize] = useState(BASE_FONT);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const restyle = () => {
      setFontSize(fontSizeOf(element));
      setAsked(askedHeightOf(element));
    };
    restyle();
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
      restyle();
    });
    observer.observe(element);
    const classes = new MutationObserver(restyle);
    classes.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    // A height asked in viewport units changes with the window's height, which no width follows.
    window.addEventListener('resize', restyle);
    return () => {
      observer.disconnect();
      classes.disconnect();
      window.removeEventListener('resize', restyle);
    };
  }, []);
  // Larger type needs a taller chart for the same plot; the cap grows with it.
  const k = fontSize / BASE_FONT;
  const height = asked || Math.round(Math.max(220 * k, Math.min(width * aspect, 420 * k)));
  const size: ChartSize = { width, height, fontSize };
  return [ref, size] as const;
}
