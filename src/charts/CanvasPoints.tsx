import { memo, useLayoutEffect, useRef } from 'react';
import type { ScaleContinuousNumeric } from 'd3';

type Scale = ScaleContinuousNumeric<number, number>;

interface CanvasPointsProps {
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** Linear scales of the plot. */
  readonly x: Scale;
  readonly y: Scale;
  /** The plot area's size, px. */
  readonly width: number;
  readonly height: number;
  /** How much marks grow with the text (1 at 13 px type). */
  readonly k: number;
}

/**
 * A dot of radius `radius` device pixels, as the pixels it covers (offsets in a buffer `stride`
 * wide) and the log of what it lets through at each: opacity `alpha` inside, less on the rim it
 * only partly covers, so dots keep a smooth edge.
 */
function disc(radius: number, alpha: number, stride: number) {
  const offsets: number[] = [];
  const logs: number[] = [];
  const reach = Math.ceil(radius);
  for (let dy = -reach; dy <= reach; dy++)
    for (let dx = -reach; dx <= reach; dx++) {
      const cover = Math.min(1, radius + 0.5 - Math.hypot(dx, dy));
      if (cover <= 0) continue;
      offsets.push(dy * stride + dx);
      logs.push(Math.log(1 - alpha * cover));
    }
  return { offsets: Int32Array.from(offsets), logs: Float32Array.from(logs) };
}

/**
 * A large data set's dots, as one picture under the plot's SVG marks. As SVG every dot is an
 * element that a Step's repaint goes over again (FitChart, SVG_POINTS); a canvas is painted once,
 * and a Step that only moves the line and the residuals leaves it alone. Memoised on its props:
 * it draws again only when the points, the scales or the size change. The dots shrink and fade
 * as they grow many, so where they pile up the data reads as a density, not one blot.
 */
export const CanvasPoints = memo(function CanvasPoints({ points, x, y, width, height, k }: CanvasPointsProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  // Before the frame is painted, so the chart never shows its axes without its points.
  useLayoutEffect(() => {
    const canvas = ref.current;
    // null where there is no 2-D canvas (jsdom): the line, the residuals and the axes still draw.
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const w = (canvas.width = Math.max(1, Math.round(width * ratio)));
    const h = (canvas.height = Math.max(1, Math.round(height * ratio)));
    const count = points.length;
    const alpha = Math.min(0.7, Math.max(0.1, Math.sqrt(1000 / count)));
    const radius = ratio * k * Math.max(1, Math.min(3, 3 * Math.sqrt(2000 / count)));
    // Written pixel by pixel: 100,000 fillRect calls take ~150 ms on a software canvas, this 10–25.
    // Dots of opacity a laid one over another leave (1 − a)ⁿ of the paper showing: a sum of logs,
    // in a buffer with a margin a dot wide, so that no write in the inner loop needs a bounds check.
    const reach = Math.ceil(radius);
    const stride = w + 2 * reach;
    const depth = new Float32Array(stride * (h + 2 * reach));
    const { offsets, logs } = disc(radius, alpha, stride);
    // The scales are linear: two numbers each, in device pixels, instead of a d3 call per point.
    const [x0, y0] = [x(0) * ratio, y(0) * ratio];
    const [kx, ky] = [x(1) * ratio - x0, y(1) * ratio - y0];
    for (const p of points) {
      const cx = Math.floor(x0 + kx * p.x);
      const cy = Math.floor(y0 + ky * p.y);
      // False for NaN too: a point without a place on the plot is not drawn.
      if (!(cx >= 0 && cx < w && cy >= 0 && cy < h)) continue;
      const at = (cy + reach) * stride + cx + reach;
      for (let i = 0; i < offsets.length; i++) depth[at + offsets[i]!]! += logs[i]!;
    }
    const [r = 0, g = 0, b = 0] =
      getComputedStyle(canvas)
        .color.match(/[\d.]+/g)
        ?.map(Number) ?? [];
    const image = context.createImageData(w, h);
    const data = image.data;
    for (let row = 0; row < h; row++)
      for (let column = 0, i = (row + reach) * stride + reach; column < w; column++, i++) {
        const d = depth[i]!;
        if (d === 0) continue;
        const o = 4 * (row * w + column);
        data[o] = r;
        data[o + 1] = g;
        data[o + 2] = b;
        data[o + 3] = 255 * (1 - Math.exp(d));
      }
    context.putImageData(image, 0, 0);
    // The export keeps the canvas's picture while this stays the same (chartExport.canvasPicture).
    canvas.dataset.drawn = String(Number(canvas.dataset.drawn ?? 0) + 1);
  }, [points, x, y, width, height, k]);
  return (
    <foreignObject width={width} height={height} aria-hidden="true" pointerEvents="none">
      <canvas ref={ref} className="point-density" style={{ width, height }} />
    </foreignObject>
  );
});
