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
 * The chart's real pixel size, from a ResizeObserver on its wrapper (Amelia Wattenberger's
 * pattern), so text stays legible at any width instead of scaling with a viewBox, and its text
 * size, read again when presenter mode toggles (the root element's class). Without a
 * ResizeObserver (jsdom) it keeps the fallback size.
 */
export function useChartDimensions(aspect = 0.68, fallbackWidth = 480) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallbackWidth);
  const [fontSize, setFontSize] = useState(BASE_FONT);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    setFontSize(fontSizeOf(element));
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
      setFontSize(fontSizeOf(element));
    });
    observer.observe(element);
    const classes = new MutationObserver(() => setFontSize(fontSizeOf(element)));
    classes.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => {
      observer.disconnect();
      classes.disconnect();
    };
  }, []);
  // Larger type needs a taller chart for the same plot; the cap grows with it.
  const k = fontSize / BASE_FONT;
  const height = Math.round(Math.max(220 * k, Math.min(width * aspect, 420 * k)));
  const size: ChartSize = { width, height, fontSize };
  return [ref, size] as const;
}
