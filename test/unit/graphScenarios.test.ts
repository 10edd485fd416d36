import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  evaluate,
  forward,
  PARAMETERS,
  sampleTerms,
  STATQUEST_PARAMS,
  type NetworkParams,
} from '../../src/engine/backprop';
import { biasProblem, ssrAt, ssrGradientAt } from '../../src/engine/bias';
import { biasGraph } from '../../src/engine/biasGraph';
import { evaluateGraph, parameterValues, type Graph } from '../../src/engine/graph';
import { batchGradient, sampleGradient } from '../../src/engine/linreg';
import { linregGraph } from '../../src/engine/linregGraph';
import { networkGradientCheck, networkGraph } from '../../src/engine/networkGraph';
import { numericGradient, relativeError } from '../../src/engine/gradientCheck';
import { fixed4 } from '../../src/format/number';
import type { Data } from '../../src/engine/point';
import { networkOutput, STATQUEST_DATA, STATQUEST_WEIGHTS } from '../../src/engine/statquestNetwork';

/**
 * Equal to 1e-12 relative to the size of the sum: a gradient is a sum of per-point terms, and
 * adding them in another order moves its last bits by about ε·Σ|terms| (near a minimum the terms
 * cancel and the gradient itself is tiny, so its own size cannot be the scale).
 */
function expectClose(actual: number, expected: number, scale: number, label?: string) {
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    1e-12 * Math.max(1, Math.abs(expected), scale),
  );
}

const value = fc.double({ min: -3, max: 3, noNaN: true });
const data: fc.Arbitrary<Data> = fc.array(fc.record({ x: value, y: value }), { minLength: 1, maxLength: 12 });
const networkParams: fc.Arbitrary<NetworkParams> = fc.record({
  w1: value,
  b1: value,
  w2: value,
  b2: value,
  w3: value,
  w4: value,
  b3: value,
});

/** The numbers with −0 read as 0: a gradient accumulated from 0 cannot keep the sign of a zero. */
const unsigned = (values: ArrayLike<number>) => Array.from(values, (v) => v + 0);

const names = (graph: Graph) => graph.nodes.map((n) => n.name).filter((n) => n !== undefined);

describe('scenario graphs: the same gradients as the hand-written chain rule', () => {
  it('bias: SSR and dSSR/db3 over all points, b3 the only parameter', () => {
    fc.assert(
      fc.property(data, value, (points, b3) => {
        const graph = biasGraph(points);
        expect(graph.parameters.map((p) => p.name)).toEqual(['b3']);
        const result = evaluateGraph(graph, [b3]);
        const problem = biasProblem(points);
        const terms = points.reduce(
          (s, { x, y }) => s + Math.abs(2 * (y - networkOutput(STATQUEST_WEIGHTS, b3, x))),
          0,
        );
        expectClose(result.parameterGradients[0]!, ssrGradientAt(problem, b3), terms, 'dSSR/db3');
        expectClose(result.loss, ssrAt(problem, b3), 0, 'SSR');
        graph.predictions.forEach((node, i) => {
          expect(result.values[node]).toBe(networkOutput(STATQUEST_WEIGHTS, b3, points[i]!.x));
        });
      }),
    );
  });

  it('bias: one point’s L = (y − ŷ)² has dL/db3 = −2(y − ŷ)', () => {
    fc.assert(
      fc.property(data, value, fc.nat(), (points, b3, pick) => {
        const i = pick % points.length;
        const { x, y } = points[i]!;
        const result = evaluateGraph(biasGraph(points, i), [b3]);
        const residual = y - networkOutput(STATQUEST_WEIGHTS, b3, x);
        expect(result.loss).toBe(residual * residual);
        expect(result.parameterGradients[0]! + 0).toBe(-2 * residual + 0);
      }),
    );
  });

  it('linreg: MSE and its batch gradients over all points', () => {
    fc.assert(
      fc.property(data, value, value, (points, w, b) => {
        const graph = linregGraph(points);
        expect(graph.parameters.map((p) => p.name)).toEqual(['w', 'b']);
        const result = evaluateGraph(graph, [w, b]);
        const hand = batchGradient(points, { w, b });
        const m = points.length;
        const r = points.map(({ x, y }) => y - (w * x + b));
        const dwScale = (2 / m) * r.reduce((s, ri, i) => s + Math.abs(ri * points[i]!.x), 0);
        const dbScale = (2 / m) * r.reduce((s, ri) => s + Math.abs(ri), 0);
        expectClose(result.parameterGradients[0]!, hand.dw, dwScale, 'dL/dw');
        expectClose(result.parameterGradients[1]!, hand.db, dbScale, 'dL/db');
        expectClose(result.loss, hand.loss, 0, 'MSE');
      }),
    );
  });

  it('linreg: one point’s L = (y − (w·x + b))² matches sampleGradient exactly', () => {
    fc.assert(
      fc.property(data, value, value, fc.nat(), (points, w, b, pick) => {
        const i = pick % points.length;
        const { x, y } = points[i]!;
        const result = evaluateGraph(linregGraph(points, i), [w, b]);
        const hand = sampleGradient({ w, b }, x, y);
        expect(result.loss).toBe(hand.loss);
        expect(result.values[result.values.length - 1]).toBe(hand.loss);
        expect(unsigned(result.parameterGradients)).toEqual(unsigned([hand.dw, hand.db]));
      }),
    );
  });

  it('network: SSR and all seven gradients over all points', () => {
    fc.assert(
      fc.property(data, networkParams, (points, p) => {
        const graph = networkGraph(points);
        expect(graph.parameters.map((q) => q.name)).toEqual([...PARAMETERS]);
        const result = evaluateGraph(graph, parameterValues(graph, p));
        const hand = evaluate(points, p);
        const terms = points.map(({ x, y }) => sampleTerms(p, forward(p, x), y));
        PARAMETERS.forEach((name, k) => {
          const scale = terms.reduce((s, t) => s + Math.abs(t[name]), 0);
          expectClose(result.parameterGradients[k]!, hand.gradient[name], scale, name);
        });
        expectClose(result.loss, hand.ssr, 0, 'SSR');
        graph.predictions.forEach((node, i) => expect(result.values[node]).toBe(hand.forwards[i]!.yHat));
      }),
    );
  });

  it('network: one point’s gradients are exactly its chain-rule terms', () => {
    fc.assert(
      fc.property(data, networkParams, fc.nat(), (points, p, pick) => {
        const i = pick % points.length;
        const { x, y } = points[i]!;
        const graph = networkGraph(points, i);
        const result = evaluateGraph(graph, parameterValues(graph, p));
        const terms = sampleTerms(p, forward(p, x), y);
        expect(unsigned(result.parameterGradients)).toEqual(unsigned(PARAMETERS.map((name) => terms[name])));
      }),
    );
  });

  it('at StatQuest’s start the network graph gives the video’s dSSR/db3 = −15.655…', () => {
    const graph = networkGraph(STATQUEST_DATA);
    const result = evaluateGraph(graph, parameterValues(graph, STATQUEST_PARAMS));
    expect(result.parameterGradients[PARAMETERS.indexOf('b3')]).toBeCloseTo(-15.655108381, 9);
  });

  it('names nodes as the page does: parameters, data, ŷ and the loss', () => {
    const points = STATQUEST_DATA;
    expect(names(linregGraph(points, 1))).toEqual(['x', 'w', 'b', 'ŷ', 'y', 'L']);
    expect(names(linregGraph(points))).toEqual([
      'x₁', 'w', 'b', 'ŷ₁', 'y₁', 'L₁',
      'x₂', 'ŷ₂', 'y₂', 'L₂',
      'x₃', 'ŷ₃', 'y₃', 'L₃',
      'MSE',
    ]); // prettier-ignore
    const bias = biasGraph(points);
    expect(names(bias)).toContain('SSR');
    expect(names(bias).filter((n) => n === 'w1')).toHaveLength(1);
    expect(bias.nodes.find((n) => n.name === 'w1')).toMatchObject({ op: 'constant', value: 3.34 });
    expect(names(networkGraph(points, 0)).at(-1)).toBe('L');
  });
});

describe('network gradient check through the graph engine', () => {
  it('gives the numbers the hand-written finite difference gives, on screen and to rounding', () => {
    const settings = fc.record(
      Object.fromEntries(PARAMETERS.map((name) => [name, fc.double({ min: -4, max: 4, noNaN: true })])) as Record<
        (typeof PARAMETERS)[number],
        fc.Arbitrary<number>
      >,
    );
    fc.assert(
      fc.property(settings, (params: NetworkParams) => {
        const { gradient } = evaluate(STATQUEST_DATA, params);
        const rows = networkGradientCheck(STATQUEST_DATA, params, gradient);
        expect(rows.map((r) => r.name)).toEqual([...PARAMETERS]);
        rows.forEach((row, i) => {
          const name = PARAMETERS[i]!;
          const numeric = numericGradient(STATQUEST_DATA, params, name);
          expect(row.analytic).toBe(gradient[name]);
          // Two finite differences of the same SSR with the same step: they differ by its rounding, ε·SSR/h.
          expect(Math.abs(row.numeric - numeric)).toBeLessThan(1e-7);
          expect(row.error < 1e-6).toBe(relativeError(gradient[name], numeric) < 1e-6);
        });
      }),
      { numRuns: 50 },
    );
    const { gradient } = evaluate(STATQUEST_DATA, STATQUEST_PARAMS);
    const rows = networkGradientCheck(STATQUEST_DATA, STATQUEST_PARAMS, gradient);
    expect(rows.map((r) => fixed4(r.numeric))).toEqual(
      PARAMETERS.map((name) => fixed4(numericGradient(STATQUEST_DATA, STATQUEST_PARAMS, name))),
    );
  });
});
