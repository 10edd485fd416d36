import { useEffect, useRef, useState } from 'react';

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Room around every chart's plot for its axes, tick labels and axis titles. */
export const PLOT_MARGINS: Margins = { top: 16, right: 20, bottom: 50, left: 64 };

export interface Dimensions extends Margins {
  readonly width: number;
  readonly height: number;
  readonly innerWidth: number;
  readonly innerHeight: number;
}

/**
 * The chart's real pixel size, from a ResizeObserver on its wrapper (Amelia Wattenberger's
 * pattern), so text stays legible at any width instead of scaling with a viewBox. Without a
 * ResizeObserver (jsdom) it keeps the fallback size.
 */
export function useChartDimensions(margins: Margins, aspect = 0.68, fallbackWidth = 480) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallbackWidth);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const height = Math.round(Math.max(220, Math.min(width * aspect, 420)));
  const dimensions: Dimensions = {
    ...margins,
    width,
    height,
    innerWidth: Math.max(10, width - margins.left - margins.right),
    innerHeight: Math.max(10, height - margins.top - margins.bottom),
  };
  return [ref, dimensions] as const;
}
