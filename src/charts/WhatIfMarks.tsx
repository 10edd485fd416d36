import { trailMarks } from './trailMarks';

/** A what-if path in data coordinates, with its text alternative (starts "What-if path"). */
export interface WhatIf {
  readonly points: readonly (readonly [number, number])[];
  readonly label: string;
}

/**
 * The points of a path while it stays near the plot: a diverging path runs off by orders of
 * magnitude within a few steps, and its far points would make huge (or Infinity) attributes. The
 * path stops at the first point beyond one plot size outside the plot; the clip does the rest.
 */
export function onChart(
  points: readonly (readonly [number, number])[],
  width: number,
  height: number,
): [number, number][] {
  const kept: [number, number][] = [];
  for (const [x, y] of points) {
    const near =
      Number.isFinite(x) && Number.isFinite(y) && x > -width && x < 2 * width && y > -height && y < 2 * height;
    if (!near) break;
    kept.push([x, y]);
  }
  return kept;
}

interface WhatIfMarksProps {
  /** Pixel coordinates within the plot, oldest first: the current point, then each step. */
  readonly points: readonly (readonly [number, number])[];
  readonly width: number;
  readonly height: number;
  readonly label: string;
  /** Arrows from each point to the next (a descent path) or one dashed line (a curve). */
  readonly arrows?: boolean;
}

const STYLE = { dot: 3, end: 3, head: 7 };

/** Faint dashed marks of where a rate being chosen would go; drawn inside the plot's clip. */
export function WhatIfMarks({ points, width, height, label, arrows = false }: WhatIfMarksProps) {
  const shown = onChart(points, width, height);
  if (arrows) {
    const marks = trailMarks(shown, STYLE);
    return (
      <g className="what-if" role="img" aria-label={label}>
        <path d={marks.shafts} />
        <path className="what-if-head" d={marks.heads} />
        <path className="what-if-dot" d={marks.dots} />
      </g>
    );
  }
  const d = shown.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`);
  return (
    <g className="what-if" role="img" aria-label={label}>
      <path d={d.join('')} />
    </g>
  );
}
