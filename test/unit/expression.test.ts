import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateGraph, parameterValues } from '../../src/engine/graph';
import { graphGradientCheck } from '../../src/engine/graphCheck';
import { evaluateExpression, expressionText, type GraphExpression } from '../../src/engine/graphExpression';
import { modelLossGraph, surfaceGraph } from '../../src/engine/graphLoss';
import { logistic, softplus } from '../../src/engine/softplus';
import {
  nonFiniteAt,
  parseExpression,
  parseModel,
  parseSurface,
  SURFACE_EXPRESSION,
} from '../../src/scenarios/expression';
import { expressionErrorText, type ExpressionError } from '../../src/scenarios/expressionError';

function parsed(text: string, parse = parseModel) {
  const result = parse(text);
  if (!result.ok) throw new Error(`${text}: ${expressionErrorText(result.error)}`);
  return result;
}

function refused(text: string, parse = parseModel): ExpressionError {
  const result = parse(text);
  if (result.ok) throw new Error(`${text} was accepted`);
  return result.error;
}

describe('expression parser: the examples', () => {
  const examples: [string, string[], (p: Record<string, number>, x: number) => number][] = [
    ['w*x + b', ['w', 'b'], (p, x) => p.w! * x + p.b!],
    ['a*x^2 + b*x + c', ['a', 'b', 'c'], (p, x) => p.a! * x * x + p.b! * x + p.c!],
    ['w2*softplus(w1*x + b1) + b3', ['w2', 'w1', 'b1', 'b3'], (p, x) => p.w2! * softplus(p.w1! * x + p.b1!) + p.b3!],
    ['sigmoid(w*x + b)', ['w', 'b'], (p, x) => logistic(p.w! * x + p.b!)],
  ];

  it.each(examples)(
    '%s: parameters in order of appearance, the same values, and its text round-trips',
    (text, names, f) => {
      const { expression, parameters } = parsed(text);
      expect(parameters).toEqual(names);
      const printed = expressionText(expression);
      expect(parsed(printed).expression).toEqual(expression);
      expect(expressionText(parsed(printed).expression)).toBe(printed);
      const p = Object.fromEntries(names.map((name, i) => [name, 0.3 * (i + 1) - 0.5]));
      for (const x of [-2, 0, 0.5, 3]) expect(evaluateExpression(expression, { ...p, x })).toBeCloseTo(f(p, x), 14);
    },
  );

  it('the typed line trains like linreg: its MSE graph names w and b as the page does', () => {
    const graph = modelLossGraph(
      parsed('w*x + b').expression,
      [
        { x: 1, y: 2 },
        { x: 2, y: 3 },
      ],
      'mse',
    );
    expect(graph.parameters.map((p) => p.name)).toEqual(['w', 'b']);
    const result = evaluateGraph(graph, [0, 0]);
    expect(result.loss).toBe((4 + 9) / 2);
    expect([...result.parameterGradients]).toEqual([-(2 / 2) * (1 * 2 + 2 * 3), -(2 / 2) * (2 + 3)]);
  });

  it('reads numbers, unary minus, implicit products, constant powers and parentheses', () => {
    expect(parsed('2w x - -b').expression).toEqual({
      op: 'sub',
      left: {
        op: 'mul',
        left: { op: 'mul', left: { op: 'constant', value: 2 }, right: { op: 'parameter', name: 'w' } },
        right: { op: 'variable', name: 'x' },
      },
      right: { op: 'neg', arg: { op: 'parameter', name: 'b' } },
    });
    expect(parsed('a*x^-2').expression).toEqual({
      op: 'mul',
      left: { op: 'parameter', name: 'a' },
      right: { op: 'pow', base: { op: 'variable', name: 'x' }, exponent: -2 },
    });
    expect(parsed('(a*x)^(1/2)').expression).toMatchObject({ op: 'pow', exponent: 0.5 });
    expect(parsed('a*x # a comment').parameters).toEqual(['a']);
  });

  it('a surface takes x and y as the parameters that descend, f as its loss', () => {
    const rosenbrock = parsed('(1 - x)^2 + 100*(y - x^2)^2', parseSurface);
    expect(rosenbrock.parameters).toEqual([]);
    const graph = surfaceGraph(rosenbrock.expression);
    expect(graph.parameters.map((p) => p.name)).toEqual(['x', 'y']);
    expect(graph.nodes[graph.loss]!.name).toBe('f');
    const result = evaluateGraph(graph, [-1.5, 2]);
    const [x, y] = [-1.5, 2];
    expect(result.loss).toBe((1 - x) ** 2 + 100 * (y - x * x) ** 2);
    expect(result.parameterGradients[0]).toBeCloseTo(-2 * (1 - x) - 400 * x * (y - x * x), 10);
    expect(result.parameterGradients[1]).toBeCloseTo(200 * (y - x * x), 10);
    // Only x named: y keeps its place, with gradient 0.
    const line = surfaceGraph(parsed('x^2', parseSurface).expression);
    expect([...evaluateGraph(line, [3, 1]).parameterGradients]).toEqual([6, 0]);
    expect(parsed('3', parseSurface).expression).toEqual({ op: 'constant', value: 3 });
  });
});

describe('expression parser: bad input is an error naming what and where', () => {
  it.each<[string, ExpressionError, string]>([
    ['', { kind: 'empty' }, 'the formula is empty'],
    ['   ', { kind: 'empty' }, 'the formula is empty'],
    ['# only a comment', { kind: 'empty' }, 'the formula is empty'],
    ['w*x+*b', { kind: 'syntax', position: 5, found: '*' }, "position 5: unexpected '*'"],
    ['w*x +', { kind: 'syntax', position: 6, found: null }, 'position 6: unexpected end of text'],
    ['3 4w', { kind: 'syntax', position: 3, found: '4' }, "position 3: unexpected '4'"],
    ['(w*x', { kind: 'syntax', position: 5, found: null }, 'position 5: unexpected end of text'],
    ['w*x + b)', { kind: 'syntax', position: 8, found: ')' }, "position 8: unexpected ')'"],
    ['w*x + sin(x)', { kind: 'unknownFunction', name: 'sin', position: 7 }, "position 7: unknown function 'sin'"],
    ['w(x)', { kind: 'unknownFunction', name: 'w', position: 1 }, "position 1: unknown function 'w'"],
    [
      'exp*x',
      { kind: 'functionAsParameter', name: 'exp', position: 1 },
      "position 1: 'exp' is a function, not a parameter; write exp(…)",
    ],
    [
      'exp(x) + log*x',
      { kind: 'functionAsParameter', name: 'log', position: 10 },
      "position 10: 'log' is a function, not a parameter; write log(…)",
    ],
    [
      'a*x^w',
      { kind: 'nonConstantPower', position: 4 },
      'position 4: a power must be a number (x^2), not an expression in x or the parameters',
    ],
    [
      'a*x^2 + b*x^c',
      { kind: 'nonConstantPower', position: 12 },
      'position 12: a power must be a number (x^2), not an expression in x or the parameters',
    ],
    ['x^2 + 1', { kind: 'noParameter' }, 'the model has no parameter to train'],
    [
      'sqrt(x, w)',
      { kind: 'arity', name: 'sqrt', expected: 1, found: 2, position: 1 },
      'position 1: sqrt takes 1 argument, not 2',
    ],
    ['w*y', { kind: 'reservedName', name: 'y', position: 3 }, "position 3: 'y' cannot name a parameter"],
    ['w*x!', { kind: 'unsupported', what: '!', position: 4 }, "position 4: '!' is not supported"],
    ['a = 2', { kind: 'unsupported', what: '=', position: 3 }, "position 3: '=' is not supported"],
    ['w*x < b', { kind: 'unsupported', what: '<', position: 5 }, "position 5: '<' is not supported"],
    ['[w, x]', { kind: 'unsupported', what: '[', position: 1 }, "position 1: '[' is not supported"],
  ])('%j', (text, error, message) => {
    expect(refused(text)).toEqual(error);
    expect(expressionErrorText(error)).toBe(message);
  });

  it('a surface knows x and y only', () => {
    expect(refused('x*z', parseSurface)).toEqual({ kind: 'unknownVariable', name: 'z', position: 3 });
    expect(expressionErrorText({ kind: 'unknownVariable', name: 'z', position: 3 })).toBe(
      "position 3: unknown variable 'z' (only x and y)",
    );
  });

  it('points at the right occurrence of a repeated name', () => {
    expect(refused('a*x + x^a')).toEqual({ kind: 'nonConstantPower', position: 8 });
    expect(refused('2exp + exp')).toEqual({ kind: 'functionAsParameter', name: 'exp', position: 2 });
    expect(refused('w*1e-3 - x^w')).toEqual({ kind: 'nonConstantPower', position: 11 });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'wxyab12.^*/+-() ,!=<[]e'.split('')), maxLength: 20 }),
        (text) => {
          const result = parseModel(text);
          if (!result.ok && 'position' in result.error) {
            expect(result.error.position).toBeGreaterThanOrEqual(1);
            expect(result.error.position).toBeLessThanOrEqual(text.length + 1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reserved names are the scenario’s to choose', () => {
    const options = { variables: ['x'], parameters: true, reserved: ['lr'] };
    expect(parseExpression('lr*x', options)).toEqual({
      ok: false,
      error: { kind: 'reservedName', name: 'lr', position: 1 },
    });
    expect(parseExpression('x*y', SURFACE_EXPRESSION).ok).toBe(true);
  });
});

describe('expression check: a value that is not finite on the data', () => {
  it('names the first point where it is not', () => {
    const { expression } = parsed('a*log(x) + b');
    const data = [
      { x: 1, y: 0 },
      { x: 2, y: 0 },
      { x: -1, y: 0 },
      { x: 0, y: 0 },
    ];
    expect(nonFiniteAt(expression, { a: 1, b: 0 }, data)).toEqual({ kind: 'notFinite', point: 2 });
    expect(expressionErrorText({ kind: 'notFinite', point: 2 })).toBe('the value is not finite at point 3');
    expect(nonFiniteAt(expression, { a: 1, b: 0 }, data.slice(0, 2))).toBeNull();
  });

  it('binds x and y for a surface', () => {
    const { expression } = parsed('x / y', parseSurface);
    expect(
      nonFiniteAt(
        expression,
        {},
        [
          { x: 1, y: 2 },
          { x: 1, y: 0 },
        ],
        ['x', 'y'],
      ),
    ).toEqual({ kind: 'notFinite', point: 1 });
  });
});

/** Formula text from the allowed grammar, each function kept where it is smooth and finite. */
const formula: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('x', 'a', 'b', 'w1', 'w2'),
    fc.double({ min: 0.1, max: 3, noNaN: true }).map((v) => String(Number(v.toFixed(3)))),
    tie('e').map((e) => `-(${e})`),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e')).map(([l, op, r]) => `(${l}) ${op} (${r})`),
    fc.tuple(tie('e'), tie('e')).map(([l, r]) => `(${l}) / (1 + square(${r}))`),
    fc.tuple(tie('e'), fc.constantFrom(2, 3)).map(([e, n]) => `(${e})^${n}`),
    tie('e').map((e) => `(1 + square(${e}))^-0.5`),
    fc
      .tuple(fc.constantFrom('tanh', 'sigmoid', 'softplus', 'square', 'abs', 'relu'), tie('e'))
      .map(([f, e]) => `${f}(${e})`),
    tie('e').map((e) => `exp(tanh(${e}))`),
    tie('e').map((e) => `log(1 + square(${e}))`),
    tie('e').map((e) => `sqrt(1 + square(${e}))`),
  ),
})).e;

describe('expression graphs: gradients equal central finite differences', () => {
  const value = fc.double({ min: -1.5, max: 1.5, noNaN: true });
  const point = fc.record({ x: value, y: value });

  it('for random formulas, parameters and data (relative 1e-6)', () => {
    fc.assert(
      fc.property(
        formula,
        fc.array(value, { minLength: 5, maxLength: 5 }),
        fc.array(point, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('ssr' as const, 'mse' as const),
        (text, values, data, loss) => {
          const result = parseModel(`a*0 + ${text}`);
          expect(result.ok, text).toBe(true);
          if (!result.ok) return;
          const expression: GraphExpression = result.expression;
          const graph = modelLossGraph(expression, data, loss);
          const bindings = Object.fromEntries(graph.parameters.map((p, i) => [p.name, values[i]!]));
          const params = parameterValues(graph, bindings);
          const evaluation = evaluateGraph(graph, params);
          // abs and relu have a kink at 0, where a finite difference straddles it.
          const kinks = graph.nodes.some(
            (n) => (n.op === 'abs' || n.op === 'relu') && Math.abs(evaluation.values[n.inputs[0]!]!) < 1e-4,
          );
          fc.pre(!kinks && Number.isFinite(evaluation.loss) && Math.abs(evaluation.loss) < 1e4);
          graph.predictions.forEach((node, i) => {
            expect(evaluation.values[node]).toBe(evaluateExpression(expression, { ...bindings, x: data[i]!.x }));
          });
          for (const check of graphGradientCheck(graph, params, evaluation.parameterGradients)) {
            expect(check.error, `${text}: ${check.name}`).toBeLessThan(1e-6);
          }
          // The normal form parses back to the same tree.
          expect(parsed(expressionText(expression)).expression).toEqual(expression);
        },
      ),
      { numRuns: 300 },
    );
  });
});
