import { linkHorizontal } from 'd3';

/**
 * A layered left-to-right layout for the small graphs the panel draws (tens of nodes): longest-path
 * layers with each source pulled right next to its first use, a few barycentre sweeps to reduce
 * crossings, then rows placed near their neighbours without overlapping. Measured, it lays out 60
 * nodes in well under a millisecond, so no layout library is loaded.
 */
export interface LayoutLink {
  readonly from: number;
  readonly to: number;
}

export interface LayoutSizes {
  readonly nodeWidth: number;
  readonly nodeHeight: number;
  readonly layerGap: number;
  readonly rowGap: number;
  readonly margin: number;
}

export interface GraphLayout {
  /** Top-left corner of each node's box. */
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly layer: readonly number[];
  /** Each link's path, from the right side of its source to the left side of its target. */
  readonly paths: readonly string[];
  /** Each link's midpoint, where its label goes. */
  readonly labelX: readonly number[];
  readonly labelY: readonly number[];
  readonly width: number;
  readonly height: number;
}

const SWEEPS = 4;

/** Lays out `count` nodes given in topological order (every link goes from a lower index to a higher one). */
export function layeredLayout(count: number, links: readonly LayoutLink[], sizes: LayoutSizes): GraphLayout {
  const { nodeWidth, nodeHeight, layerGap, rowGap, margin } = sizes;
  const predecessors: number[][] = Array.from({ length: count }, () => []);
  const successors: number[][] = Array.from({ length: count }, () => []);
  for (const { from, to } of links) {
    predecessors[to]!.push(from);
    successors[from]!.push(to);
  }
  const layer = new Array<number>(count).fill(0);
  for (let v = 0; v < count; v++) for (const u of predecessors[v]!) layer[v] = Math.max(layer[v]!, layer[u]! + 1);
  // A parameter or a data value sits just before its first use, not far left with a long edge.
  for (let v = 0; v < count; v++) {
    if (predecessors[v]!.length === 0 && successors[v]!.length > 0) {
      layer[v] = Math.min(...successors[v]!.map((s) => layer[s]!)) - 1;
    }
  }
  const layers = Math.max(0, ...layer) + 1;
  const rows: number[][] = Array.from({ length: layers }, () => []);
  for (let v = 0; v < count; v++) rows[layer[v]!]!.push(v);

  // Crossing reduction: each node moves to the mean position of its neighbours on the side swept from.
  const rank = new Array<number>(count).fill(0);
  const setRanks = () => rows.forEach((row) => row.forEach((v, i) => (rank[v] = i / Math.max(1, row.length - 1))));
  setRanks();
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const forward = sweep % 2 === 0;
    const order = forward ? rows : rows.slice().reverse();
    for (const row of order) {
      const neighbours = (v: number) => (forward ? predecessors[v]! : successors[v]!);
      const centre = new Map(
        row.map((v) => {
          const n = neighbours(v);
          return [v, n.length === 0 ? rank[v]! : n.reduce((s, u) => s + rank[u]!, 0) / n.length] as const;
        }),
      );
      row.sort((a, b) => centre.get(a)! - centre.get(b)! || a - b);
      row.forEach((v, i) => (rank[v] = i / Math.max(1, row.length - 1)));
    }
  }

  // Rows: the fullest layer sets the pitch; the others sit near their neighbours' mean height.
  const pitch = nodeHeight + rowGap;
  const y = new Array<number>(count).fill(0);
  const fullest = rows.reduce((best, row, i) => (row.length > rows[best]!.length ? i : best), 0);
  rows[fullest]!.forEach((v, i) => (y[v] = i * pitch));
  const bottom = (rows[fullest]!.length - 1) * pitch;
  const place = (row: readonly number[], desired: (v: number) => number) => {
    if (row.length === 0) return;
    const want = row.map(desired);
    const at = want.slice();
    for (let i = 1; i < at.length; i++) at[i] = Math.max(at[i]!, at[i - 1]! + pitch);
    // Centre the pushed row on what it wanted, so pushing does not drift it all downwards.
    const shift = want.reduce((s, w, i) => s + (w - at[i]!), 0) / at.length;
    for (let i = 0; i < at.length; i++) at[i] = at[i]! + shift;
    // Kept within the fullest layer's height (no row has more boxes, so it fits): a row sticking out
    // above or below left an empty band across the other layers, all a phone shows of the drawing.
    const last = at.length - 1;
    at[last] = Math.min(at[last]!, bottom);
    for (let i = last - 1; i >= 0; i--) at[i] = Math.min(at[i]!, at[i + 1]! - pitch);
    at[0] = Math.max(at[0]!, 0);
    for (let i = 1; i <= last; i++) at[i] = Math.max(at[i]!, at[i - 1]! + pitch);
    row.forEach((v, i) => (y[v] = at[i]!));
  };
  const mean = (vs: readonly number[], fallback: number) =>
    vs.length === 0 ? fallback : vs.reduce((s, u) => s + y[u]!, 0) / vs.length;
  for (let l = fullest + 1; l < layers; l++) place(rows[l]!, (v) => mean(predecessors[v]!, y[v]!));
  for (let l = fullest - 1; l >= 0; l--) place(rows[l]!, (v) => mean(successors[v]!, y[v]!));
  const top = Math.min(0, ...y);
  for (let v = 0; v < count; v++) y[v] = y[v]! - top + margin;

  const x = layer.map((l) => margin + l * (nodeWidth + layerGap));
  const link = linkHorizontal();
  const paths: string[] = [];
  const labelX: number[] = [];
  const labelY: number[] = [];
  for (const { from, to } of links) {
    const source: [number, number] = [x[from]! + nodeWidth, y[from]! + nodeHeight / 2];
    const target: [number, number] = [x[to]!, y[to]! + nodeHeight / 2];
    paths.push(link({ source, target }) ?? '');
    // A symmetric cubic passes through the midpoint of its ends.
    labelX.push((source[0] + target[0]) / 2);
    labelY.push((source[1] + target[1]) / 2);
  }
  const height = count === 0 ? 2 * margin : Math.max(...y) + nodeHeight + margin;
  const width = margin * 2 + layers * nodeWidth + (layers - 1) * layerGap;
  return { x, y, layer, paths, labelX, labelY, width, height };
}
