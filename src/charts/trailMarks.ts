export interface TrailMarks {
  /** The arrows' shafts, one subpath per step. */
  readonly shafts: string;
  /** Their heads, filled triangles. */
  readonly heads: string;
  /** A dot at every point but the last (the current point is drawn on its own). */
  readonly dots: string;
}

export interface TrailStyle {
  /** Dot radius, px. */
  readonly dot: number;
  /** Radius of the last point's mark, px: the last arrow stops at its edge. */
  readonly end: number;
  /** Arrow-head length and width, px. */
  readonly head: number;
}

/**
 * The path a descent took, in pixels, as three `d` strings: arrows from each point to the next,
 * each head touching the next point's dot, and the dots. Three elements for any length of trail
 * (not two per step) keep a Step's render and commit the same size however long the run is.
 */
export function trailMarks(points: readonly (readonly [number, number])[], style: TrailStyle): TrailMarks {
  // Written by hand rather than with d3-path: these strings are rebuilt on every Step, and short
  // numbers (a tenth of a pixel) and relative arcs for the dots cut the garbage of a click by a
  // third, which is what set off the collector between frames.
  const shafts: string[] = [];
  const heads: string[] = [];
  const dots: string[] = [];
  const { dot, end, head } = style;
  const circle = `m${-dot},0a${dot},${dot} 0 1,0 ${2 * dot},0a${dot},${dot} 0 1,0 ${-2 * dot},0`;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (!Number.isFinite(x1) || !Number.isFinite(y1)) continue;
    if (i < points.length - 1) dots.push(`M${tenth(x1)},${tenth(y1)}${circle}`);
    if (i === 0) continue;
    const [x0, y0] = points[i - 1]!;
    if (!Number.isFinite(x0) || !Number.isFinite(y0)) continue;
    const gap = i === points.length - 1 ? end : dot;
    const length = Math.hypot(x1 - x0, y1 - y0);
    // A step too short to hold a head is drawn as a bare line (or not at all, under the dots).
    if (length <= gap + head) {
      shafts.push(`M${tenth(x0)},${tenth(y0)}L${tenth(x1)},${tenth(y1)}`);
      continue;
    }
    const ux = (x1 - x0) / length;
    const uy = (y1 - y0) / length;
    const tipX = x1 - ux * gap;
    const tipY = y1 - uy * gap;
    const baseX = tipX - ux * head;
    const baseY = tipY - uy * head;
    shafts.push(`M${tenth(x0)},${tenth(y0)}L${tenth(baseX)},${tenth(baseY)}`);
    heads.push(
      `M${tenth(tipX)},${tenth(tipY)}L${tenth(baseX - (uy * head) / 2)},${tenth(baseY + (ux * head) / 2)}` +
        `L${tenth(baseX + (uy * head) / 2)},${tenth(baseY - (ux * head) / 2)}Z`,
    );
  }
  return { shafts: shafts.join(''), heads: heads.join(''), dots: dots.join('') };
}

/** A pixel coordinate to a tenth: finer than any screen shows. */
const tenth = (v: number) => Math.round(v * 10) / 10;
