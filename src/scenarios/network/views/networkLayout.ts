import { textWidth } from '../../../charts/axisLayout';

export type DiagramNode = 'x' | 'h1' | 'h2' | 'out';
export type DiagramParameter = 'w1' | 'b1' | 'w2' | 'b2' | 'w3' | 'w4' | 'b3';

export interface LabelSlot {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The widest the label may be drawn, px: wider text is compressed to this (textLength). */
  readonly width: number;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  /** Node radii: room for "softplus" inside the hidden nodes, for one letter in the others. */
  readonly radius: Readonly<Record<DiagramNode, number>>;
  readonly nodes: Readonly<Record<DiagramNode, readonly [number, number]>>;
  readonly edges: Readonly<
    Record<DiagramParameter, { from: readonly [number, number]; to: readonly [number, number] }>
  >;
  readonly labels: Readonly<Record<DiagramParameter, LabelSlot>>;
}

/**
 * The network diagram laid out in real pixels for a box `width` px wide and type `fontSize` px:
 * the type stays the chart's size at any width (a viewBox shrank it to 10 px at 1024), and each
 * label has a slot of its own that no other label or node enters: weights above or below the
 * middle of their edge, biases beside or above their node.
 */
export function networkLayout(width: number, fontSize: number): NetworkLayout {
  const fs = fontSize;
  const r = Math.ceil(Math.max(textWidth('softplus', fs * 0.95) / 2 + 6, fs * 1.6));
  const labelRow = fs * 1.1;
  const stub = Math.max(18, fs * 1.6);
  const h1y = labelRow + fs * 0.6 + stub + r;
  const h2y = h1y + 2 * r + fs * 4.2;
  const height = Math.ceil(h2y + h1y + fs * 0.4);
  const mid = (h1y + h2y) / 2;
  const rs = Math.ceil(fs * 1.5);
  const xx = rs + 6;
  const hx = width / 2;
  const ox = width - rs - 6;
  const nodes = { x: [xx, mid], h1: [hx, h1y], h2: [hx, h2y], out: [ox, mid] } as const;
  const lift = fs * 0.9;
  // A weight's label sits over its edge, between the two circles it joins, never inside one.
  const weightSlot = (
    [a, ra]: readonly [readonly [number, number], number],
    [b, rb]: readonly [readonly [number, number], number],
    below: boolean,
  ): LabelSlot => {
    const left = a[0] + ra + 4;
    const right = b[0] - rb - 4;
    const x = (left + right) / 2;
    const t = (x - a[0]) / (b[0] - a[0]);
    return {
      x,
      y: a[1] + t * (b[1] - a[1]) + (below ? lift + fs * 0.6 : -lift),
      anchor: 'middle',
      width: Math.max(fs * 3, right - left),
    };
  };
  // b3's label goes high enough above w3's to clear it whatever the widths.
  const w3 = weightSlot([nodes.h1, r], [nodes.out, rs], false);
  const b3Label = Math.min(mid - rs - stub * 1.5, w3.y - fs * 1.9);
  const b3Top = b3Label + fs * 0.7;
  return {
    width,
    height,
    radius: { x: rs, h1: r, h2: r, out: rs },
    nodes,
    edges: {
      w1: { from: nodes.x, to: nodes.h1 },
      w2: { from: nodes.x, to: nodes.h2 },
      w3: { from: nodes.h1, to: nodes.out },
      w4: { from: nodes.h2, to: nodes.out },
      b1: { from: [hx, h1y - r - stub], to: [hx, h1y - r] },
      b2: { from: [hx, h2y + r + stub], to: [hx, h2y + r] },
      b3: { from: [ox, b3Top], to: [ox, mid - rs] },
    },
    labels: {
      w1: weightSlot([nodes.x, rs], [nodes.h1, r], false),
      w2: weightSlot([nodes.x, rs], [nodes.h2, r], true),
      w3,
      w4: weightSlot([nodes.h2, r], [nodes.out, rs], true),
      b1: { x: hx + 8, y: labelRow, anchor: 'start', width: width - hx - 12 },
      b2: { x: hx + 8, y: h2y + r + stub + fs * 0.2, anchor: 'start', width: width - hx - 12 },
      b3: { x: width - 4, y: b3Label, anchor: 'end', width: width - hx - r - 12 },
    },
  };
}

/** A label's text box: its left edge and width, and the line it is centred on (px). */
export interface LabelBox {
  readonly left: number;
  readonly width: number;
  readonly y: number;
}

/** The rectangle a click or tap on a label selects its parameter in. */
export interface LabelTarget {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Each label's target: its text box widened by `pad` either side and `height` tall around its
 * line, cut at the midline between two labels whose targets would overlap (b3 sits close above
 * w3), so no part of one label lies in its neighbour's target.
 */
export function labelTargets(
  boxes: Readonly<Record<DiagramParameter, LabelBox>>,
  height: number,
  pad = 4,
): Record<DiagramParameter, LabelTarget> {
  const names = Object.keys(boxes) as DiagramParameter[];
  const targets = {} as Record<DiagramParameter, LabelTarget>;
  for (const name of names) {
    const box = boxes[name];
    let top = box.y - height / 2;
    let bottom = box.y + height / 2;
    for (const other of names) {
      const near = boxes[other];
      const across = Math.min(box.left + box.width, near.left + near.width) + pad > Math.max(box.left, near.left) - pad;
      if (other === name || !across || Math.abs(near.y - box.y) >= height) continue;
      const mid = (box.y + near.y) / 2;
      if (near.y < box.y) top = Math.max(top, mid);
      else if (near.y > box.y) bottom = Math.min(bottom, mid);
    }
    targets[name] = { x: box.left - pad, y: top, width: box.width + 2 * pad, height: bottom - top };
  }
  return targets;
}
