import { path } from 'd3';

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
  const shafts = path();
  const heads = path();
  const dots = path();
  const { dot, end, head } = style;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (!Number.isFinite(x1) || !Number.isFinite(y1)) continue;
    if (i < points.length - 1) {
      dots.moveTo(x1 + dot, y1);
      dots.arc(x1, y1, dot, 0, 2 * Math.PI);
      dots.closePath();
    }
    if (i === 0) continue;
    const [x0, y0] = points[i - 1]!;
    if (!Number.isFinite(x0) || !Number.isFinite(y0)) continue;
    const gap = i === points.length - 1 ? end : dot;
    const length = Math.hypot(x1 - x0, y1 - y0);
    // A step too short to hold a head is drawn as a bare line (or not at all, under the dots).
    if (length <= gap + head) {
      shafts.moveTo(x0, y0);
      shafts.lineTo(x1, y1);
      continue;
    }
    const ux = (x1 - x0) / length;
    const uy = (y1 - y0) / length;
    const tipX = x1 - ux * gap;
    const tipY = y1 - uy * gap;
    const baseX = tipX - ux * head;
    const baseY = tipY - uy * head;
    shafts.moveTo(x0, y0);
    shafts.lineTo(baseX, baseY);
    heads.moveTo(tipX, tipY);
    heads.lineTo(baseX - (uy * head) / 2, baseY + (ux * head) / 2);
    heads.lineTo(baseX + (uy * head) / 2, baseY - (ux * head) / 2);
    heads.closePath();
  }
  return { shafts: shafts.toString(), heads: heads.toString(), dots: dots.toString() };
}
