import { describe, expect, it } from 'vitest';
import { layeredLayout } from '../../src/charts/graphLayout';
import { GRAPH_SIZES } from '../../src/charts/GraphDiagram';
import { evaluateGraph } from '../../src/engine/graph';
import { linregGraph } from '../../src/engine/linregGraph';
import { biasGraph } from '../../src/engine/biasGraph';
import { drawnGraph } from '../../src/components/graph/drawnGraph';
import { backwardLine, edgeLine, forwardLine, nodeLabels, outgoingEdges } from '../../src/components/graph/graphText';
import { advance, type Walk } from '../../src/components/graph/useGraphWalk';

const points = (n: number) => Array.from({ length: n }, (_, i) => ({ x: i + 1, y: 2 * i }));

describe('graph layout', () => {
  it('puts every link left to right and no two boxes of a layer on each other', () => {
    const graph = biasGraph(points(3));
    const drawn = drawnGraph(graph);
    const layout = layeredLayout(drawn.nodes.length, drawn.links, GRAPH_SIZES);
    for (const { from, to } of drawn.links) expect(layout.layer[from]!).toBeLessThan(layout.layer[to]!);
    const byLayer = new Map<number, number[]>();
    layout.layer.forEach((l, v) => byLayer.set(l, [...(byLayer.get(l) ?? []), layout.y[v]!]));
    for (const ys of byLayer.values()) {
      const sorted = ys.sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(GRAPH_SIZES.nodeHeight);
    }
    expect(Math.min(...layout.y)).toBeGreaterThanOrEqual(GRAPH_SIZES.margin);
    expect(Math.max(...layout.y) + GRAPH_SIZES.nodeHeight).toBeLessThanOrEqual(layout.height);
    expect(Math.max(...layout.x) + GRAPH_SIZES.nodeWidth).toBeLessThanOrEqual(layout.width);
  });

  it('is no taller than its fullest layer: no layer sticks out above or below it', () => {
    const graph = biasGraph(points(3));
    const drawn = drawnGraph(graph);
    const layout = layeredLayout(drawn.nodes.length, drawn.links, GRAPH_SIZES);
    const perLayer = new Map<number, number>();
    layout.layer.forEach((l) => perLayer.set(l, (perLayer.get(l) ?? 0) + 1));
    const fullest = Math.max(...perLayer.values());
    const { nodeHeight, rowGap, margin } = GRAPH_SIZES;
    expect(layout.height).toBeCloseTo(2 * margin + fullest * nodeHeight + (fullest - 1) * rowGap, 9);
  });

  it('places a parameter right before its first use', () => {
    // The loss's node 0 is x₁, 1 is w: w feeds w·x₁ in layer 1, so w sits in layer 0 and b (into ŷ₁) in layer 1.
    const graph = linregGraph(points(1), 0);
    const drawn = drawnGraph(graph);
    const layout = layeredLayout(drawn.nodes.length, drawn.links, GRAPH_SIZES);
    const layerOf = (name: string) => layout.layer[drawn.nodes.indexOf(graph.nodes.findIndex((n) => n.name === name))];
    expect(layerOf('w')).toBe(0);
    expect(layerOf('b')).toBe(1);
    expect(layerOf('L')).toBe(4);
  });
});

describe('drawn graph', () => {
  it('draws a small graph whole', () => {
    const graph = linregGraph(points(5));
    expect(drawnGraph(graph)).toMatchObject({ hiddenPoints: 0, more: -1, nodes: graph.forwardOrder });
  });

  it('folds the chains of all but three points of 200 into one box before the loss', () => {
    const graph = linregGraph(points(200));
    const drawn = drawnGraph(graph);
    expect(drawn.hiddenPoints).toBe(197);
    // Three chains of six, w and b shared, the box and the MSE.
    expect(drawn.nodes).toHaveLength(3 * 6 + 2 + 2);
    expect(drawn.nodes[drawn.more]).toBe(-1);
    expect(drawn.nodes[drawn.nodes.length - 1]).toBe(graph.loss);
    expect(drawn.links.filter((l) => l.to === drawn.nodes.length - 1)).toHaveLength(4);
  });
});

describe('graph text', () => {
  // One point of the article's data after an epoch: x = y = 2, w = 0.22, b = 0.06.
  const graph = linregGraph([{ x: 2, y: 2 }], 0);
  const labels = nodeLabels(graph);
  const evaluation = evaluateGraph(graph, [0.22, 0.06]);
  const id = (label: string) => labels.indexOf(label);

  it('labels nodes by name, then by a short expression', () => {
    expect(labels).toEqual(['x', 'w', 'b', 'w·x', 'ŷ', 'y', 'y − ŷ', 'L']);
    expect(nodeLabels(biasGraph(points(1)))).toContain('z₁');
  });

  it('writes the forward and backward lines with the numbers plugged in', () => {
    expect(forwardLine(graph, labels, evaluation.values, id('ŷ'))).toBe('ŷ = w·x + b = 0.4400 + 0.0600 = 0.5000');
    expect(forwardLine(graph, labels, evaluation.values, id('w'))).toBe('w = 0.2200');
    const outgoing = outgoingEdges(graph);
    expect(backwardLine(graph, labels, evaluation, outgoing, id('L'))).toBe('∂L/∂L = 1');
    expect(backwardLine(graph, labels, evaluation, outgoing, id('ŷ'))).toBe(
      '∂L/∂ŷ = ∂L/∂(y − ŷ) × (−1) = 3.0000 × (−1) = -3.0000',
    );
    expect(backwardLine(graph, labels, evaluation, outgoing, id('w'))).toBe(
      '∂L/∂w = ∂L/∂(w·x) × x = (-3.0000) × 2.0000 = -6.0000',
    );
  });

  it('writes each edge’s local derivative', () => {
    const square = graph.edgeStart[id('L')]!;
    expect(edgeLine(graph, labels, evaluation, square)).toBe('∂L/∂(y − ŷ) = 2(y − ŷ) = 2 × 1.5000 = 3.0000');
  });
});

describe('walk-through', () => {
  const idle: Walk = { pass: null, at: 0, finished: null, gradients: false };

  it('moves one node per press and ends the pass after its last', () => {
    let walk = advance(idle, 'backward', 3);
    expect(walk).toMatchObject({ pass: 'backward', at: 0 });
    walk = advance(advance(walk, 'backward', 3), 'backward', 3);
    expect(walk).toMatchObject({ pass: 'backward', at: 2 });
    walk = advance(walk, 'backward', 3);
    expect(walk).toEqual({ pass: null, at: 0, finished: 'backward', gradients: true });
    // A new forward pass hides the gradients until the next backward pass.
    expect(advance(walk, 'forward', 3)).toEqual({ pass: 'forward', at: 0, finished: null, gradients: false });
  });
});
