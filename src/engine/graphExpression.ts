import { GraphBuilder, type BinaryOp, type UnaryOp } from './graph';
import { logistic, softplus } from './softplus';

/**
 * A formula as a tree of the graph's operations: what the expression parser (scenarios layer)
 * makes of a typed model ŷ = f(x, parameters) or a surface f(x, y). Variables (x, y) are bound by
 * whoever emits it; parameters become the graph's parameter nodes.
 */
export type GraphExpression =
  | { readonly op: 'constant'; readonly value: number }
  | { readonly op: 'variable'; readonly name: string }
  | { readonly op: 'parameter'; readonly name: string }
  | { readonly op: UnaryOp; readonly arg: GraphExpression }
  | { readonly op: BinaryOp; readonly left: GraphExpression; readonly right: GraphExpression }
  | { readonly op: 'pow'; readonly base: GraphExpression; readonly exponent: number };

/** Adds the expression's nodes to a graph; `variable` gives the node of x (or y) for this use. */
export function emitExpression(
  builder: GraphBuilder,
  expression: GraphExpression,
  variable: (name: string) => number,
): number {
  const emit = (e: GraphExpression): number => {
    switch (e.op) {
      case 'constant':
        return builder.constant(e.value);
      case 'variable':
        return variable(e.name);
      case 'parameter':
        return builder.parameter(e.name);
      case 'pow':
        return builder.pow(emit(e.base), e.exponent);
      case 'add':
      case 'sub':
      case 'mul':
      case 'div':
        return builder.binary(e.op, emit(e.left), emit(e.right));
      default:
        return builder.unary(e.op, emit(e.arg));
    }
  };
  return emit(expression);
}

/**
 * The expression's value with every name bound (variables and parameters alike): a plain tree
 * walk with the graph's own arithmetic, for a fitted curve or a finiteness check at many points.
 */
export function evaluateExpression(expression: GraphExpression, bindings: Readonly<Record<string, number>>): number {
  const at = (e: GraphExpression): number => {
    switch (e.op) {
      case 'constant':
        return e.value;
      case 'variable':
      case 'parameter':
        return bindings[e.name] ?? NaN;
      case 'pow':
        return e.exponent === 2 ? square(at(e.base)) : Math.pow(at(e.base), e.exponent);
      case 'add':
        return at(e.left) + at(e.right);
      case 'sub':
        return at(e.left) - at(e.right);
      case 'mul':
        return at(e.left) * at(e.right);
      case 'div':
        return at(e.left) / at(e.right);
      default:
        return UNARY[e.op](at(e.arg));
    }
  };
  return at(expression);
}

const square = (a: number) => a * a;

const UNARY: Record<UnaryOp, (a: number) => number> = {
  neg: (a) => -a,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  tanh: Math.tanh,
  sigmoid: logistic,
  softplus,
  relu: (a) => (a > 0 ? a : 0),
  square,
};

/** Parameter names in order of first appearance, left to right. */
export function expressionParameters(expression: GraphExpression): readonly string[] {
  const names: string[] = [];
  const visit = (e: GraphExpression): void => {
    if (e.op === 'parameter') {
      if (!names.includes(e.name)) names.push(e.name);
    } else if (e.op === 'pow') visit(e.base);
    else if ('left' in e) {
      visit(e.left);
      visit(e.right);
    } else if ('arg' in e) visit(e.arg);
  };
  visit(expression);
  return names;
}

/** How tightly each form binds, for expressionText's parentheses (mathjs's precedence: −x^2 = −(x^2)). */
function precedence(e: GraphExpression): number {
  switch (e.op) {
    case 'add':
    case 'sub':
      return 1;
    case 'mul':
    case 'div':
      return 2;
    case 'neg':
      return 3;
    case 'constant':
      return e.value < 0 || Object.is(e.value, -0) ? 3 : 5;
    case 'pow':
      return 4;
    default:
      return 5;
  }
}

/**
 * The formula as text that parses back to the same tree (a normal form: `w x` reads `w * x`),
 * with only the parentheses its precedence needs.
 */
export function expressionText(e: GraphExpression): string {
  const wrap = (child: GraphExpression, tighterThan: number) =>
    precedence(child) < tighterThan ? `(${expressionText(child)})` : expressionText(child);
  switch (e.op) {
    case 'constant':
      return String(e.value);
    case 'variable':
    case 'parameter':
      return e.name;
    case 'add':
    case 'mul':
      // Left-associative: a − (b − c) and a / (b · c) keep their parentheses on the right.
      return `${wrap(e.left, precedence(e))} ${e.op === 'add' ? '+' : '*'} ${wrap(e.right, precedence(e) + 1)}`;
    case 'sub':
    case 'div':
      return `${wrap(e.left, precedence(e))} ${e.op === 'sub' ? '-' : '/'} ${wrap(e.right, precedence(e) + 1)}`;
    case 'neg':
      return `-${wrap(e.arg, 4)}`;
    case 'pow':
      return `${wrap(e.base, 5)}^${e.exponent < 0 || Object.is(e.exponent, -0) ? `(${e.exponent})` : e.exponent}`;
    default:
      return `${e.op}(${expressionText(e.arg)})`;
  }
}
