import type { Graph } from '../../engine/graph';

/**
 * Which nodes the drawing shows. A loss over many points repeats one chain per point: beyond a
 * size a student can read, the drawing keeps the first few points' chains, the nodes every point
 * shares (the parameters, the sum) and one "… N more points" box feeding the loss, whose value
 * stays the exact total. The table always lists every node.
 */
export interface DrawnGraph {
  /** Graph node ids drawn, in forward order; the "more" box, when there is one, sits just before the loss. */
  readonly nodes: readonly number[];
  /** Links between drawn nodes as indices into `nodes`; `edge` is the graph edge, or -1 for the box's link. */
  readonly links: readonly { readonly from: number; readonly to: number; readonly edge: number }[];
  /** How many points' chains the box stands for (0: everything is drawn). */
  readonly hiddenPoints: number;
  /** Index in `nodes` of the box (whose id there is -1), or -1. */
  readonly more: number;
}

/** Above this many nodes the per-point chains collapse. */
export const DRAWN_LIMIT = 60;
/** Points whose chains stay drawn when they collapse. */
export const KEPT_POINTS = 3;

export function drawnGraph(graph: Graph, limit = DRAWN_LIMIT, kept = KEPT_POINTS): DrawnGraph {
  const lossNode = graph.nodes[graph.loss]!;
  const perPoint = (lossNode.op === 'sum' || lossNode.op === 'mean') && lossNode.inputs.length > kept;
  if (graph.forwardOrder.length <= limit || !perPoint) return connect(graph, graph.forwardOrder, 0);
  // Each node's owner: the one point whose loss it feeds, or -2 when several points share it.
  const owner = new Int32Array(graph.nodes.length).fill(-1);
  lossNode.inputs.forEach((top, point) => {
    const stack = [top];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (owner[id] === point || owner[id] === -2) continue;
      owner[id] = owner[id] === -1 ? point : -2;
      stack.push(...graph.nodes[id]!.inputs);
    }
  });
  const shown = graph.forwardOrder.filter((id) => id === graph.loss || owner[id]! < kept);
  return connect(graph, shown, lossNode.inputs.length - kept);
}

function connect(graph: Graph, shown: readonly number[], hiddenPoints: number): DrawnGraph {
  const nodes = hiddenPoints > 0 ? [...shown.slice(0, -1), -1, graph.loss] : [...shown];
  const index = new Map(nodes.map((id, i) => [id, i]));
  const links: { from: number; to: number; edge: number }[] = [];
  for (const id of shown) {
    for (let e = graph.edgeStart[id]!; e < graph.edgeStart[id + 1]!; e++) {
      const from = index.get(graph.edges[e]!.from);
      if (from !== undefined) links.push({ from, to: index.get(id)!, edge: e });
    }
  }
  const more = hiddenPoints > 0 ? nodes.length - 2 : -1;
  if (more >= 0) links.push({ from: more, to: nodes.length - 1, edge: -1 });
  return { nodes, links, hiddenPoints, more };
}
