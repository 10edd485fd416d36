import {
  create,
  createAccessorNode,
  createArrayNode,
  createAssignmentNode,
  createBlockNode,
  createConditionalNode,
  createConstantNode,
  createFunctionAssignmentNode,
  createFunctionNode,
  createIndexNode,
  createNode,
  createObjectNode,
  createOperatorNode,
  createParenthesisNode,
  createParse,
  createRangeNode,
  createRelationalNode,
  createSymbolNode,
  createTyped,
  factory,
  type MathNode,
} from 'mathjs';
import { UNARY_OPS, type UnaryOp } from '../engine/graph';
import { evaluateExpression, type GraphExpression } from '../engine/graphExpression';
import type { ExpressionError } from './expressionError';

/**
 * Typed formulas (the model's ŷ = f(x, parameters), the surface's f(x, y)) read with mathjs's
 * parser, then walked here into the graph engine's operations.
 *
 * mathjs's own parseDependencies bring matrices, BigNumber, Fraction and Complex (97 KB gzip), all
 * for evaluating or typesetting trees, which this module never does: the trees are only walked.
 * So the parser is created from its factories, numbers are read as plain floats, and what the node
 * classes need only to evaluate gets a stand-in that refuses.
 */
const refuse = (name: string) =>
  factory(name, [], () => () => {
    throw new Error(`${name} is not loaded: expression trees are walked, not evaluated`);
  });

const math = create({
  createTyped,
  createNode,
  createAccessorNode,
  createArrayNode,
  createAssignmentNode,
  createBlockNode,
  createConditionalNode,
  createConstantNode,
  createFunctionAssignmentNode,
  createFunctionNode,
  createIndexNode,
  createObjectNode,
  createOperatorNode,
  createParenthesisNode,
  createRangeNode,
  createRelationalNode,
  createSymbolNode,
  createParse,
  createNumeric: factory('numeric', [], () => (value: string) => Number(value)),
  createSubset: refuse('subset'),
  createSize: refuse('size'),
  createIsBounded: refuse('isBounded'),
  createResultSet: refuse('ResultSet'),
});

export interface ExpressionOptions {
  /** Names bound to data (x) or to the point that descends (x, y). */
  readonly variables: readonly string[];
  /** Whether other names are parameters (a model needs at least one) or unknown (a surface). */
  readonly parameters: boolean;
  /** Names a parameter may not take. */
  readonly reserved?: readonly string[];
}

/** ŷ = f(x, parameters); y is the data's target, so no parameter may take its name. */
export const MODEL_EXPRESSION: ExpressionOptions = { variables: ['x'], parameters: true, reserved: ['y'] };
/** f(x, y) with no parameters: x and y are what gradient descent moves. */
export const SURFACE_EXPRESSION: ExpressionOptions = { variables: ['x', 'y'], parameters: false };

export type ParsedExpression =
  | {
      readonly ok: true;
      readonly expression: GraphExpression;
      /** In order of first appearance. */
      readonly parameters: readonly string[];
    }
  | { readonly ok: false; readonly error: ExpressionError };

/**
 * The functions a formula may call, each the graph operation of the same name (one argument):
 * every unary operation but negation, which a formula writes as a minus sign.
 */
export const FUNCTIONS: readonly UnaryOp[] = UNARY_OPS.filter((op) => op !== 'neg');

const BINARY: Readonly<Record<string, 'add' | 'sub' | 'mul' | 'div'>> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'div',
};

// Where each construct outside the grammar shows in the text, to point at it.
const CONSTRUCT_MARK: Readonly<Record<string, string>> = {
  AssignmentNode: '=',
  FunctionAssignmentNode: '=',
  ConditionalNode: '?',
  ArrayNode: '[',
  IndexNode: '[',
  ObjectNode: '{',
  RangeNode: ':',
  BlockNode: ';',
  AccessorNode: '.',
  RelationalNode: '<',
};

class Refusal {
  constructor(readonly error: ExpressionError) {}
}

export function parseModel(text: string): ParsedExpression {
  return parseExpression(text, MODEL_EXPRESSION);
}

export function parseSurface(text: string): ParsedExpression {
  return parseExpression(text, SURFACE_EXPRESSION);
}

/** Never throws: bad input comes back as an error naming what and where. */
export function parseExpression(text: string, options: ExpressionOptions): ParsedExpression {
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  let tree: MathNode;
  try {
    tree = math.parse(text);
  } catch (error) {
    const char = (error as { char?: unknown }).char;
    const position = typeof char === 'number' && char >= 1 ? char : 1;
    return { ok: false, error: { kind: 'syntax', position, found: tokenAt(text, position - 1) } };
  }
  const tokens = identifierTokens(text);
  const parameters: string[] = [];
  // How many times each name or mark has been met so far, walking the tree in reading order, so
  // an error can point at the right occurrence in the text (mathjs's nodes keep no positions).
  const seen = new Map<string, number>();
  const meet = (key: string) => {
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    return k;
  };
  const nameAt = (name: string) => {
    const k = meet(`name:${name}`);
    return (tokens.filter((t) => t.name === name)[k]?.start ?? 0) + 1;
  };
  const markAt = (mark: string) => nthIndexOf(text, mark, meet(`mark:${mark}`)) + 1;

  const walk = (node: MathNode): GraphExpression => {
    switch (node.type) {
      case 'ParenthesisNode':
        return walk((node as MathNode & { content: MathNode }).content);
      case 'ConstantNode': {
        const value = (node as MathNode & { value: unknown }).value;
        // A comment alone parses as an undefined constant.
        if (value === undefined) throw new Refusal({ kind: 'empty' });
        if (typeof value !== 'number') {
          const mark = typeof value === 'string' ? text.search(/["']/) : text.indexOf(String(value));
          throw new Refusal({ kind: 'unsupported', what: String(value), position: Math.max(1, mark + 1) });
        }
        return { op: 'constant', value };
      }
      case 'SymbolNode': {
        const name = (node as MathNode & { name: string }).name;
        const position = nameAt(name);
        if (options.variables.includes(name)) return { op: 'variable', name };
        if ((FUNCTIONS as readonly string[]).includes(name)) {
          throw new Refusal({ kind: 'functionAsParameter', name, position });
        }
        if (!options.parameters) throw new Refusal({ kind: 'unknownVariable', name, position });
        if (options.reserved?.includes(name)) throw new Refusal({ kind: 'reservedName', name, position });
        if (!parameters.includes(name)) parameters.push(name);
        return { op: 'parameter', name };
      }
      case 'FunctionNode': {
        const { fn, args } = node as MathNode & { fn: MathNode & { name?: string }; args: MathNode[] };
        const name = fn.type === 'SymbolNode' ? fn.name! : fn.toString();
        const position = nameAt(name);
        if (!(FUNCTIONS as readonly string[]).includes(name))
          throw new Refusal({ kind: 'unknownFunction', name, position });
        if (args.length !== 1) throw new Refusal({ kind: 'arity', name, expected: 1, found: args.length, position });
        return { op: name as UnaryOp, arg: walk(args[0]!) };
      }
      case 'OperatorNode': {
        const { op, args, implicit } = node as MathNode & { op: string; args: MathNode[]; implicit: boolean };
        if (args.length === 1 && (op === '-' || op === '+')) {
          markAt(op);
          const arg = walk(args[0]!);
          return op === '-' ? { op: 'neg', arg } : arg;
        }
        if (args.length === 2 && (op in BINARY || op === '^')) {
          const left = walk(args[0]!);
          // Implicit multiplication (2x) has no mark in the text to count.
          const position = implicit ? 0 : markAt(op);
          const right = walk(args[1]!);
          if (op !== '^') return { op: BINARY[op]!, left, right };
          if (hasNames(right)) throw new Refusal({ kind: 'nonConstantPower', position });
          return { op: 'pow', base: left, exponent: evaluateExpression(right, {}) };
        }
        throw new Refusal({ kind: 'unsupported', what: op, position: nthIndexOf(text, op, 0) + 1 });
      }
      default: {
        const mark = CONSTRUCT_MARK[node.type] ?? '';
        throw new Refusal({
          kind: 'unsupported',
          what: mark || node.type,
          position: Math.max(1, text.indexOf(mark) + 1),
        });
      }
    }
  };

  try {
    const expression = walk(tree);
    if (options.parameters && parameters.length === 0) return { ok: false, error: { kind: 'noParameter' } };
    return { ok: true, expression, parameters };
  } catch (refusal) {
    if (refusal instanceof Refusal) return { ok: false, error: refusal.error };
    throw refusal;
  }
}

/**
 * The first point where the formula's value is not finite (NaN, ±Infinity), as a notFinite error,
 * or null. Each point binds the variables (x, or x and y) over the parameter values.
 */
export function nonFiniteAt(
  expression: GraphExpression,
  parameters: Readonly<Record<string, number>>,
  points: readonly Readonly<Record<string, number>>[],
  variables: readonly string[] = MODEL_EXPRESSION.variables,
): ExpressionError | null {
  const bindings: Record<string, number> = { ...parameters };
  for (let i = 0; i < points.length; i++) {
    for (const name of variables) bindings[name] = points[i]![name] ?? NaN;
    if (!Number.isFinite(evaluateExpression(expression, bindings))) return { kind: 'notFinite', point: i };
  }
  return null;
}

function hasNames(e: GraphExpression): boolean {
  if (e.op === 'variable' || e.op === 'parameter') return true;
  if (e.op === 'constant') return false;
  if (e.op === 'pow') return hasNames(e.base);
  return 'left' in e ? hasNames(e.left) || hasNames(e.right) : hasNames(e.arg);
}

/** Numbers and names as mathjs reads them (a number first, so `2x` is 2 then x and `1e3` no e). */
const TOKEN = /(\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[\p{L}_$][\p{L}\p{N}_$]*/gu;

function identifierTokens(text: string): { name: string; start: number }[] {
  return [...text.matchAll(TOKEN)].filter((m) => !/^[\d.]/.test(m[0])).map((m) => ({ name: m[0], start: m.index }));
}

/** The number, name or single character at index i (after any spaces), or null at the end. */
function tokenAt(text: string, i: number): string | null {
  let start = i;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  if (start >= text.length) return null;
  const match = [...text.matchAll(TOKEN)].find((m) => m.index === start);
  return match ? match[0] : text[start]!;
}

/** Index of the k-th occurrence of mark outside numbers (so 1e-3's minus is not counted). */
function nthIndexOf(text: string, mark: string, k: number): number {
  const numbers = [...text.matchAll(TOKEN)].filter((m) => /^[\d.]/.test(m[0]));
  const inNumber = (i: number) => numbers.some((m) => i >= m.index && i < m.index + m[0].length);
  let count = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
    if (inNumber(i)) continue;
    if (count++ === k) return i;
  }
  return 0;
}
