import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  evaluateGraph,
  forwardValues,
  GraphBuilder,
  lossAt,
  parameterValues,
  UNARY_OPS,
  type UnaryOp,
} from '../../src/engine/graph';
import { derivativeFormula } from '../../src/engine/graphFormula';
import { graphGradientCheck, graphNumericGradient } from '../../src/engine/graphCheck';
import { softplus } from '../../src/engine/softplus';

/** L = op(a) for one parameter a. */
function unaryGraph(op: UnaryOp) {
  const b = new GraphBuilder();
  const a = b.parameter('a');
  return b.build(b.named(b.unary(op, a), 'L'));
}

// Where each op is smooth and the finite difference resolves it.
const DOMAIN: Record<UnaryOp, [number, number]> = {
  neg: [-5, 5],
  exp: [-5, 5],
  log: [0.1, 10],
  sqrt: [0.1, 10],
  abs: [0.1, 5],
  tanh: [-3, 3],
  sigmoid: [-5, 5],
  softplus: [-5, 5],
  relu: [0.1, 5],
  square: [-5, 5],
};

describe('graph engine: forward and backward passes', () => {
  it('micrograd’s example: L = (a·b + c)·f backpropagates the chain rule', () => {
    const g = new GraphBuilder();
    const a = g.parameter('a');
    const b = g.parameter('b');
    const c = g.parameter('c');
    const e = g.binary('mul', a, b);
    const d = g.binary('add', e, c);
    const f = g.parameter('f');
    const graph = g.build(g.named(g.binary('mul', d, f), 'L'));
    const result = evaluateGraph(graph, [2, -3, 10, -2]);
    expect(result.loss).toBe(-8);
    expect([...result.parameterGradients]).toEqual([6, -4, -2, 4]);
    expect(result.gradients[d]).toBe(-2);
    expect(result.gradients[e]).toBe(-2);
    expect(graph.parameters.map((p) => p.name)).toEqual(['a', 'b', 'c', 'f']);
  });

  it('a node used twice sums the gradients from both uses (a·a, a + a)', () => {
    const g = new GraphBuilder();
    const a = g.parameter('a');
    const graph = g.build(g.binary('add', g.binary('mul', a, a), g.binary('add', a, a)));
    const result = evaluateGraph(graph, [3]);
    expect(result.loss).toBe(15);
    expect(result.parameterGradients[0]).toBe(2 * 3 + 2);
  });

  it('reuses one node per parameter name', () => {
    const g = new GraphBuilder();
    expect(g.parameter('w')).toBe(g.parameter('w'));
  });

  it.each(UNARY_OPS)('%s: value and local derivative agree with its formula and a finite difference', (op) => {
    const graph = unaryGraph(op);
    const [lo, hi] = DOMAIN[op];
    fc.assert(
      fc.property(fc.double({ min: lo, max: hi, noNaN: true }), (a) => {
        const result = evaluateGraph(graph, [a]);
        const numeric = graphNumericGradient(graph, [a], 0);
        expect(Math.abs(result.parameterGradients[0]! - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
        // Equal as numbers: at a = −0 square's local derivative is −0, while the accumulated
        // gradient, which starts from +0, is +0.
        expect(result.local[0] === result.parameterGradients[0]).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('softplus uses the stable form: no overflow far right, digits kept far left', () => {
    const graph = unaryGraph('softplus');
    expect(lossAt(graph, [800])).toBe(800);
    expect(lossAt(graph, [-40])).toBe(softplus(-40));
    expect(lossAt(graph, [-40])).toBeGreaterThan(0);
    expect(evaluateGraph(graph, [800]).parameterGradients[0]).toBe(1);
  });

  it('abs and relu take the subgradient 0 at their kink; pow by 0 has slope 0 at 0', () => {
    expect(evaluateGraph(unaryGraph('abs'), [0]).parameterGradients[0]).toBe(0);
    expect(evaluateGraph(unaryGraph('relu'), [0]).parameterGradients[0]).toBe(0);
    expect(evaluateGraph(unaryGraph('relu'), [-2]).loss).toBe(0);
    const g = new GraphBuilder();
    const graph = g.build(g.pow(g.parameter('a'), 0));
    expect(evaluateGraph(graph, [0]).parameterGradients[0]).toBe(0);
  });

  it('binary ops, pow, sum and mean: gradients equal central differences', () => {
    const g = new GraphBuilder();
    const a = g.parameter('a');
    const b = g.parameter('b');
    const c = g.parameter('c');
    const terms = [
      g.binary('add', a, b),
      g.binary('sub', a, c),
      g.binary('mul', b, c),
      g.binary('div', a, g.binary('add', g.unary('square', b), g.constant(1))),
      g.pow(g.binary('add', g.unary('square', c), g.constant(2)), 1.5),
      g.pow(a, -1),
    ];
    const graph = g.build(g.binary('add', g.sum(terms), g.mean(terms)));
    const value = fc.double({ min: 0.5, max: 4, noNaN: true });
    fc.assert(
      fc.property(value, value, value, (x, y, z) => {
        const params = [x, y, z];
        const result = evaluateGraph(graph, params);
        for (const check of graphGradientCheck(graph, params, result.parameterGradients)) {
          expect(check.error, check.name).toBeLessThan(1e-6);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('forward order lists operands before their users; backward order is its reverse from the loss', () => {
    const g = new GraphBuilder();
    const unused = g.constant(7);
    const a = g.parameter('a');
    const x = g.input('x', 2);
    const loss = g.named(g.unary('square', g.binary('mul', a, x)), 'L');
    const graph = g.build(loss);
    expect(graph.forwardOrder).not.toContain(unused);
    expect(graph.backwardOrder[0]).toBe(loss);
    expect(graph.backwardOrder).toEqual([...graph.forwardOrder].reverse());
    const seen = new Set<number>();
    for (const id of graph.forwardOrder) {
      for (const input of graph.nodes[id]!.inputs) expect(seen.has(input)).toBe(true);
      seen.add(id);
    }
  });

  it('numbers edges node by node, and edgeStart finds each node’s edges', () => {
    const g = new GraphBuilder();
    const a = g.parameter('a');
    const b = g.parameter('b');
    const s = g.sum([a, b, a]);
    const graph = g.build(g.binary('mul', s, b));
    expect(graph.edges).toEqual([
      { from: a, to: s, operand: 0 },
      { from: b, to: s, operand: 1 },
      { from: a, to: s, operand: 2 },
      { from: s, to: 3, operand: 0 },
      { from: b, to: 3, operand: 1 },
    ]);
    expect(graph.edgeStart).toEqual([0, 0, 0, 3, 5]);
    const result = evaluateGraph(graph, [2, 5]);
    expect([...result.local]).toEqual([1, 1, 1, 5, 9]);
    expect([...result.parameterGradients]).toEqual([10, 5 + 9]);
  });

  it('evaluating returns new arrays and leaves the graph as it was', () => {
    const g = new GraphBuilder();
    const a = g.parameter('a');
    const graph = g.build(g.unary('square', a));
    const before = JSON.stringify(graph);
    const first = evaluateGraph(graph, [1]);
    const second = evaluateGraph(graph, [3]);
    expect(first.values).not.toBe(second.values);
    expect(first.loss).toBe(1);
    expect(second.loss).toBe(9);
    expect(JSON.stringify(graph)).toBe(before);
    // Nodes added to the builder after build() do not reach the graph already built.
    g.unary('exp', a);
    expect(graph.nodes).toHaveLength(2);
  });

  it('names: naming a named node adds a one-operand sum, so ŷ = b still has its own row', () => {
    const g = new GraphBuilder();
    const b = g.parameter('b');
    const yHat = g.named(b, 'ŷ');
    expect(yHat).not.toBe(b);
    expect(g.build(yHat).nodes.map((n) => [n.op, n.name])).toEqual([
      ['parameter', 'b'],
      ['sum', 'ŷ'],
    ]);
  });

  it('parameterValues maps a record to graph.parameters order; forwardValues skips derivatives', () => {
    const g = new GraphBuilder();
    const w = g.parameter('w');
    const b = g.parameter('b');
    const graph = g.build(g.binary('add', g.binary('mul', w, g.input('x', 3)), b));
    const values = parameterValues(graph, { b: 1, w: 2 });
    expect([...values]).toEqual([2, 1]);
    expect(forwardValues(graph, values)[graph.loss]).toBe(7);
    expect(() => evaluateGraph(graph, [1])).toThrow(RangeError);
  });

  it('refuses an operand that does not exist yet', () => {
    const g = new GraphBuilder();
    expect(() => g.unary('exp', 3)).toThrow(RangeError);
  });
});

describe('graph engine: local derivative formulas', () => {
  it('names the operand values each formula uses', () => {
    const g = new GraphBuilder();
    const a = g.parameter('a');
    const b = g.parameter('b');
    const product = g.binary('mul', a, b);
    const quotient = g.binary('div', product, b);
    const power = g.pow(quotient, 3);
    const e = g.unary('exp', power);
    const graph = g.build(g.mean([e, g.unary('softplus', a)]));
    const formulas = graph.edges.map((_, i) => derivativeFormula(graph, i));
    expect(formulas).toEqual([
      { rule: 'other', node: b },
      { rule: 'other', node: a },
      { rule: 'reciprocal', denominator: b },
      { rule: 'quotient', numerator: product, denominator: b },
      { rule: 'power', exponent: 3, operand: quotient },
      { rule: 'exp', result: e },
      { rule: 'logistic', operand: a },
      { rule: 'mean', count: 2 },
      { rule: 'mean', count: 2 },
    ]);
  });

  it('sub and neg: 1 for the minuend, −1 for the subtrahend and a negation', () => {
    const g = new GraphBuilder();
    const a = g.parameter('a');
    const graph = g.build(g.unary('neg', g.binary('sub', a, g.constant(1))));
    expect(graph.edges.map((_, i) => derivativeFormula(graph, i))).toEqual([
      { rule: 'one' },
      { rule: 'minusOne' },
      { rule: 'minusOne' },
    ]);
  });
});
