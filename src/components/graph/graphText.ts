import type { Graph, GraphEvaluation, ReadonlyNumbers } from '../../engine/graph';
import { derivativeFormula } from '../../engine/graphFormula';
import { subscript } from '../../engine/graphLoss';
import { fixed4 } from '../../format/number';

/**
 * The words-free text of a computational graph: each node's label, its operation in its operands'
 * labels, and the same with the numbers plugged in. Symbols read the same in every language; the
 * numbers follow the page's decimal sign through fixed4.
 */

/** An intermediate's own expression stands as its label up to this length, then it is z₁, z₂… */
const LABEL_LIMIT = 14;
/** A sum over more operands than this is written with its first few and its last. */
const TERMS_LIMIT = 4;

const UNARY_TEXT: Readonly<Record<string, (a: string) => string>> = {
  neg: (a) => `−${a}`,
  exp: (a) => `exp(${a})`,
  log: (a) => `ln(${a})`,
  sqrt: (a) => `√${a}`,
  abs: (a) => `|${a}|`,
  tanh: (a) => `tanh(${a})`,
  sigmoid: (a) => `σ(${a})`,
  softplus: (a) => `softplus(${a})`,
  relu: (a) => `relu(${a})`,
};

/** Whether text needs parentheses as an operand of a product or a power (it has an operator at its top). */
const compound = (text: string) => /[ +−·×/]/.test(text) || (text.startsWith('-') && text.length > 1);
const wrap = (text: string) => (compound(text) ? `(${text})` : text);

/** A number as an operand: negatives in parentheses, so "2 × (−1.6090)" reads unambiguously. */
export const numberFactor = (x: number) => {
  const s = fixed4(x);
  return s.startsWith('-') ? `(${s})` : s;
};

function terms(parts: readonly string[], joiner: string): string {
  const shown =
    parts.length <= TERMS_LIMIT ? parts : [...parts.slice(0, TERMS_LIMIT - 1), '…', parts[parts.length - 1]!];
  return shown.join(joiner);
}

/**
 * A node's operation written with the given operand texts (labels, or numbers as factors): null
 * for a leaf (a parameter, an input or a constant), which has none.
 */
function operation(graph: Graph, id: number, operand: (id: number) => string): string | null {
  const node = graph.nodes[id]!;
  const [a, b] = node.inputs.map(operand) as [string, string];
  switch (node.op) {
    case 'parameter':
    case 'input':
    case 'constant':
      return null;
    case 'add':
      return `${a} + ${b}`;
    case 'sub':
      return `${a} − ${wrapSum(b)}`;
    case 'mul':
      return `${wrap(a)} × ${wrap(b)}`;
    case 'div':
      return `${wrap(a)} / ${wrap(b)}`;
    case 'pow':
      return `${wrap(a)}^${node.exponent}`;
    case 'square':
      return `${wrap(a)}²`;
    case 'sum':
      return node.inputs.length === 1 ? a : terms(node.inputs.map(operand), ' + ');
    case 'mean':
      return `(${terms(node.inputs.map(operand), ' + ')}) / ${node.inputs.length}`;
    default:
      return UNARY_TEXT[node.op]!(a);
  }
}

/** After a minus, a sum needs its parentheses (a − (b + c)); a product does not. */
const wrapSum = (text: string) => (/[ +−]/.test(text.slice(1)) ? `(${text})` : text);

/**
 * Every node's label: its name (w, b3, x₁, ŷ, L, SSR), else its own expression in its operands'
 * labels while that is short (w1·x₁ + b1, y₁ − ŷ₁), else z₁, z₂… numbered in forward order.
 */
export function nodeLabels(graph: Graph): string[] {
  const labels: string[] = new Array(graph.nodes.length).fill('');
  let unnamed = 0;
  for (const node of graph.nodes) {
    if (node.name !== undefined) {
      labels[node.id] = node.name;
      continue;
    }
    if (node.op === 'constant') {
      labels[node.id] = fixed4(node.value!);
      continue;
    }
    const text = operation(graph, node.id, (i) => labels[i]!)?.replace(' × ', '·');
    labels[node.id] = text !== undefined && text.length <= LABEL_LIMIT ? text : `z${subscript(++unnamed)}`;
  }
  return labels;
}

/** The operation in its operands' labels ("w1 × x₁", "softplus(z₁)"), or null for a leaf. */
export function operationText(graph: Graph, labels: readonly string[], id: number): string | null {
  return operation(graph, id, (i) => labels[i]!);
}

/** The operation with the operands' values plugged in ("3.3400 × 0.5000"), or null for a leaf. */
export function operationNumbers(graph: Graph, values: ReadonlyNumbers, id: number): string | null {
  return operation(graph, id, (i) => numberFactor(values[i]!));
}

/** A local derivative ∂to/∂from as a formula in labels and the same with numbers. */
export interface LocalText {
  readonly symbolic: string;
  readonly numeric: string;
}

export function localText(graph: Graph, labels: readonly string[], values: ReadonlyNumbers, edge: number): LocalText {
  const f = derivativeFormula(graph, edge);
  const label = (id: number) => wrap(labels[id]!);
  const value = (id: number) => numberFactor(values[id]!);
  switch (f.rule) {
    case 'one':
      return { symbolic: '1', numeric: '1' };
    case 'minusOne':
      return { symbolic: '(−1)', numeric: '(−1)' };
    case 'other':
      return { symbolic: label(f.node), numeric: value(f.node) };
    case 'reciprocal':
      return { symbolic: `1/${label(f.denominator)}`, numeric: `1/${value(f.denominator)}` };
    case 'quotient':
      return {
        symbolic: `−${label(f.numerator)}/${label(f.denominator)}²`,
        numeric: `−${value(f.numerator)}/${value(f.denominator)}²`,
      };
    case 'power':
      return {
        symbolic: `${f.exponent}·${label(f.operand)}^${f.exponent - 1}`,
        numeric: `${f.exponent} × ${value(f.operand)}^${f.exponent - 1}`,
      };
    case 'exp':
      return { symbolic: `exp(${labels[graph.edges[edge]!.from]})`, numeric: value(f.result) };
    case 'log':
      return { symbolic: `1/${label(f.operand)}`, numeric: `1/${value(f.operand)}` };
    case 'sqrt':
      return { symbolic: `1/(2√${label(graph.edges[edge]!.from)})`, numeric: `1/(2 × ${value(f.result)})` };
    case 'sign':
      return { symbolic: `sign(${labels[f.operand]})`, numeric: `sign(${value(f.operand)})` };
    case 'tanh':
      return { symbolic: `1 − ${label(f.result)}²`, numeric: `1 − ${value(f.result)}²` };
    case 'sigmoid':
      return {
        symbolic: `${label(f.result)}(1 − ${label(f.result)})`,
        numeric: `${value(f.result)} × (1 − ${value(f.result)})`,
      };
    case 'logistic':
      return { symbolic: `σ(${labels[f.operand]})`, numeric: `σ(${value(f.operand)})` };
    case 'step':
      return { symbolic: `[${labels[f.operand]} > 0]`, numeric: `[${value(f.operand)} > 0]` };
    case 'double':
      return { symbolic: `2${label(f.operand)}`, numeric: `2 × ${value(f.operand)}` };
    case 'mean':
      return { symbolic: `1/${f.count}`, numeric: `1/${f.count}` };
  }
}

const partial = (labels: readonly string[], of: number, by: number) => `∂${wrap(labels[of]!)}/∂${wrap(labels[by]!)}`;

/** An edge's formula with numbers: "∂(y − ŷ)/∂ŷ = (−1) = (−1) = -1.0000", without the repeat when both read alike. */
export function edgeLine(graph: Graph, labels: readonly string[], evaluation: GraphEvaluation, edge: number): string {
  const { from, to } = graph.edges[edge]!;
  const { symbolic, numeric } = localText(graph, labels, evaluation.values, edge);
  return chain([partial(labels, to, from), symbolic, numeric, fixed4(evaluation.local[edge]!)]);
}

/** Parts joined by " = ", each written once where two neighbours read alike. */
function chain(parts: readonly string[]): string {
  return parts.filter((part, i) => i === 0 || part !== parts[i - 1]).join(' = ');
}

/** A node's forward line: "w1·x₁ + b1 = 3.3400 × 0.5000 + (−1.4300) = 0.2400"; a leaf's is "w = 0.0000". */
export function forwardLine(graph: Graph, labels: readonly string[], values: ReadonlyNumbers, id: number): string {
  const symbolic = operationText(graph, labels, id);
  const value = fixed4(values[id]!);
  if (symbolic === null) return `${labels[id]} = ${value}`;
  return chain([labels[id]!, symbolic, operationNumbers(graph, values, id)!, value]);
}

/** The edges out of each node into the nodes that use it on the loss's path (the rest carry no gradient). */
export function outgoingEdges(graph: Graph): number[][] {
  const out: number[][] = graph.nodes.map(() => []);
  const onPath = new Uint8Array(graph.nodes.length);
  for (const id of graph.forwardOrder) onPath[id] = 1;
  graph.edges.forEach((edge, e) => {
    if (onPath[edge.to]) out[edge.from]!.push(e);
  });
  return out;
}

/**
 * A node's backward line, the chain rule with numbers: its gradient is the sum, over the nodes
 * that use it, of their gradient times the local derivative: "∂L/∂(y − ŷ) = ∂L/∂L × 2(y − ŷ) =
 * 1.0000 × 2 × 2.8000 = 5.6000". The loss's own is "∂L/∂L = 1".
 */
export function backwardLine(
  graph: Graph,
  labels: readonly string[],
  evaluation: GraphEvaluation,
  outgoing: readonly (readonly number[])[],
  id: number,
): string {
  const head = partial(labels, graph.loss, id);
  const gradient = fixed4(evaluation.gradients[id]!);
  if (id === graph.loss) return `${head} = 1`;
  const uses = outgoing[id]!;
  const symbolic = uses.map((e) => {
    const local = localText(graph, labels, evaluation.values, e);
    return `${partial(labels, graph.loss, graph.edges[e]!.to)} × ${local.symbolic}`;
  });
  const numeric = uses.map((e) => {
    const local = localText(graph, labels, evaluation.values, e);
    return `${numberFactor(evaluation.gradients[graph.edges[e]!.to]!)} × ${local.numeric}`;
  });
  return chain([head, terms(symbolic, ' + '), terms(numeric, ' + '), gradient]);
}
