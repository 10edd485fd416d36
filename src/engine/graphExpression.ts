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
