import type { Graph } from './graph';

/**
 * The formula of one edge's local derivative ∂to/∂from, as the node ids (and constants) whose
 * values it uses, so a view can write it with the numbers plugged in: for ŷ = a·b, ∂ŷ/∂a = b is
 * { rule: 'other', node: b }, shown as "= b = 0.2". The number itself is evaluation.local[edge].
 */
export type DerivativeFormula =
  /** ∂(a + b)/∂a, ∂(a − b)/∂a, ∂Σ/∂aᵢ = 1 */
  | { readonly rule: 'one' }
  /** ∂(a − b)/∂b, ∂(−a)/∂a = −1 */
  | { readonly rule: 'minusOne' }
  /** ∂(a·b)/∂a = b: the value of the other operand */
  | { readonly rule: 'other'; readonly node: number }
  /** ∂(a/b)/∂a = 1/b */
  | { readonly rule: 'reciprocal'; readonly denominator: number }
  /** ∂(a/b)/∂b = −a/b² */
  | { readonly rule: 'quotient'; readonly numerator: number; readonly denominator: number }
  /** ∂(aⁿ)/∂a = n·aⁿ⁻¹ */
  | { readonly rule: 'power'; readonly exponent: number; readonly operand: number }
  /** ∂eᵃ/∂a = eᵃ, the node's own value */
  | { readonly rule: 'exp'; readonly result: number }
  /** ∂ln a/∂a = 1/a */
  | { readonly rule: 'log'; readonly operand: number }
  /** ∂√a/∂a = 1/(2√a) */
  | { readonly rule: 'sqrt'; readonly result: number }
  /** ∂|a|/∂a = sign(a) (0 at 0) */
  | { readonly rule: 'sign'; readonly operand: number }
  /** ∂tanh a/∂a = 1 − tanh²a */
  | { readonly rule: 'tanh'; readonly result: number }
  /** ∂σ(a)/∂a = σ(a)(1 − σ(a)) */
  | { readonly rule: 'sigmoid'; readonly result: number }
  /** ∂softplus(a)/∂a = σ(a) = 1/(1 + e^−a) */
  | { readonly rule: 'logistic'; readonly operand: number }
  /** ∂relu(a)/∂a = 1 if a > 0, else 0 */
  | { readonly rule: 'step'; readonly operand: number }
  /** ∂a²/∂a = 2a */
  | { readonly rule: 'double'; readonly operand: number }
  /** ∂mean/∂aᵢ = 1/n */
  | { readonly rule: 'mean'; readonly count: number };

export function derivativeFormula(graph: Graph, edge: number): DerivativeFormula {
  const { from, to, operand } = graph.edges[edge]!;
  const node = graph.nodes[to]!;
  const [a, b] = node.inputs as [number, number];
  switch (node.op) {
    case 'add':
    case 'sum':
      return { rule: 'one' };
    case 'sub':
      return operand === 0 ? { rule: 'one' } : { rule: 'minusOne' };
    case 'neg':
      return { rule: 'minusOne' };
    case 'mul':
      return { rule: 'other', node: operand === 0 ? b : a };
    case 'div':
      return operand === 0
        ? { rule: 'reciprocal', denominator: b }
        : { rule: 'quotient', numerator: a, denominator: b };
    case 'pow':
      return { rule: 'power', exponent: node.exponent!, operand: from };
    case 'exp':
      return { rule: 'exp', result: to };
    case 'log':
      return { rule: 'log', operand: from };
    case 'sqrt':
      return { rule: 'sqrt', result: to };
    case 'abs':
      return { rule: 'sign', operand: from };
    case 'tanh':
      return { rule: 'tanh', result: to };
    case 'sigmoid':
      return { rule: 'sigmoid', result: to };
    case 'softplus':
      return { rule: 'logistic', operand: from };
    case 'relu':
      return { rule: 'step', operand: from };
    case 'square':
      return { rule: 'double', operand: from };
    case 'mean':
      return { rule: 'mean', count: node.inputs.length };
    case 'input':
    case 'parameter':
    case 'constant':
      throw new RangeError(`a ${node.op} node has no incoming edge`);
  }
}
