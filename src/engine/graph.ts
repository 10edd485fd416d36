import { logistic, softplus } from './softplus';

/**
 * A computational graph for reverse-mode automatic differentiation (karpathy/micrograd's engine,
 * made immutable): nodes in forward (topological) order, each naming its operation and its inputs.
 * A graph is built once per model and data; evaluating it at parameter values returns new arrays
 * of values, local derivatives (one per edge) and gradients ∂loss/∂node.
 */
export type UnaryOp = 'neg' | 'exp' | 'log' | 'sqrt' | 'abs' | 'tanh' | 'sigmoid' | 'softplus' | 'relu' | 'square';
export type BinaryOp = 'add' | 'sub' | 'mul' | 'div';
export type LeafOp = 'input' | 'parameter' | 'constant';
/** pow raises its one input to a constant exponent; sum and mean take any number of inputs. */
export type Op = LeafOp | UnaryOp | BinaryOp | 'pow' | 'sum' | 'mean';

export const UNARY_OPS: readonly UnaryOp[] = [
  'neg',
  'exp',
  'log',
  'sqrt',
  'abs',
  'tanh',
  'sigmoid',
  'softplus',
  'relu',
  'square',
];

export interface GraphNode {
  readonly id: number;
  readonly op: Op;
  /** Ids of the operands, all smaller than this node's id. */
  readonly inputs: readonly number[];
  /** As the page names it: a parameter (`w`, `b3`), a data value (`x₁`), `ŷ`, the loss (`L`, `SSR`, `MSE`). */
  readonly name?: string;
  /** The value of a constant or input node (data is fixed when the graph is built). */
  readonly value?: number;
  /** The constant exponent of a pow node. */
  readonly exponent?: number;
}

/** An edge from an operand into the node that uses it; edges are numbered node by node, in order. */
export interface GraphEdge {
  readonly from: number;
  readonly to: number;
  /** Which operand of `to` this edge is (0 for the first). */
  readonly operand: number;
}

export interface GraphParameter {
  readonly name: string;
  readonly node: number;
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** edgeStart[id] is the index of node id's first incoming edge; edgeStart[nodes.length] = edges.length. */
  readonly edgeStart: readonly number[];
  /** In order of first use (creation); evaluateGraph takes their values in this order. */
  readonly parameters: readonly GraphParameter[];
  /** The node whose gradients evaluateGraph computes (∂loss/∂node). */
  readonly loss: number;
  /** The prediction nodes ŷ, one per data point (one for a single sample); empty for a surface. */
  readonly predictions: readonly number[];
  /** The forward pass node by node: every node the loss depends on, operands first. */
  readonly forwardOrder: readonly number[];
  /** The backward pass: the same nodes in reverse topological order, from the loss down. */
  readonly backwardOrder: readonly number[];
}

/** Numbers a reader may index and iterate but not write (a Float64Array underneath). */
export type ReadonlyNumbers = ArrayLike<number> & Iterable<number>;

export interface GraphEvaluation {
  /** Forward value of each node. */
  readonly values: ReadonlyNumbers;
  /** ∂to/∂from for each edge (graph.edges order). */
  readonly local: ReadonlyNumbers;
  /** ∂loss/∂node for each node. */
  readonly gradients: ReadonlyNumbers;
  /** ∂loss/∂parameter, in graph.parameters order. */
  readonly parameterGradients: ReadonlyNumbers;
  readonly loss: number;
}

/**
 * Adds nodes in forward order and hands out their ids. Only used while building: the Graph it
 * returns is a plain readonly value that no builder call changes afterwards.
 */
export class GraphBuilder {
  private readonly nodes: GraphNode[] = [];
  private readonly parameterIds = new Map<string, number>();

  private add(node: Omit<GraphNode, 'id'>): number {
    for (const input of node.inputs) {
      if (!(input >= 0 && input < this.nodes.length)) throw new RangeError(`node ${input} does not exist yet`);
    }
    const id = this.nodes.length;
    this.nodes.push({ id, ...node });
    return id;
  }

  /** One node per parameter name: every use of `w` shares it, so its gradient sums over them. */
  parameter(name: string): number {
    const known = this.parameterIds.get(name);
    if (known !== undefined) return known;
    const id = this.add({ op: 'parameter', inputs: [], name });
    this.parameterIds.set(name, id);
    return id;
  }

  input(name: string, value: number): number {
    return this.add({ op: 'input', inputs: [], name, value });
  }

  constant(value: number, name?: string): number {
    return this.add(
      name === undefined ? { op: 'constant', inputs: [], value } : { op: 'constant', inputs: [], value, name },
    );
  }

  unary(op: UnaryOp, a: number): number {
    return this.add({ op, inputs: [a] });
  }

  binary(op: BinaryOp, a: number, b: number): number {
    return this.add({ op, inputs: [a, b] });
  }

  pow(a: number, exponent: number): number {
    return this.add({ op: 'pow', inputs: [a], exponent });
  }

  sum(inputs: readonly number[]): number {
    return this.add({ op: 'sum', inputs: [...inputs] });
  }

  mean(inputs: readonly number[]): number {
    if (inputs.length === 0) throw new RangeError('the mean of no inputs');
    return this.add({ op: 'mean', inputs: [...inputs] });
  }

  /**
   * Gives node id its display name, or, when it already has one (the model `ŷ = b` is the parameter
   * b itself), a one-operand sum named so, so the table still has a row for each name.
   */
  named(id: number, name: string): number {
    const node = this.nodes[id]!;
    if (node.name !== undefined) return this.add({ op: 'sum', inputs: [id], name });
    this.nodes[id] = { ...node, name };
    return id;
  }

  build(loss: number, predictions: readonly number[] = []): Graph {
    return freezeGraph(this.nodes.slice(), loss, predictions);
  }
}

function freezeGraph(nodes: readonly GraphNode[], loss: number, predictions: readonly number[]): Graph {
  if (!(loss >= 0 && loss < nodes.length)) throw new RangeError(`loss node ${loss} does not exist`);
  const edges: GraphEdge[] = [];
  const edgeStart: number[] = [];
  for (const node of nodes) {
    edgeStart.push(edges.length);
    node.inputs.forEach((from, operand) => edges.push({ from, to: node.id, operand }));
  }
  edgeStart.push(edges.length);
  // The loss's ancestors: nodes built but not used by it (none in the scenario graphs) stay out of both passes.
  const needed = new Uint8Array(nodes.length);
  needed[loss] = 1;
  for (let id = loss; id >= 0; id--) if (needed[id]) for (const input of nodes[id]!.inputs) needed[input] = 1;
  const forwardOrder: number[] = [];
  for (let id = 0; id <= loss; id++) if (needed[id]) forwardOrder.push(id);
  // Every parameter, used or not: a surface keeps [x, y] even when its formula names only x.
  const parameters = nodes.filter((n) => n.op === 'parameter').map((n) => ({ name: n.name!, node: n.id }));
  return {
    nodes,
    edges,
    edgeStart,
    parameters,
    loss,
    predictions: [...predictions],
    forwardOrder,
    backwardOrder: forwardOrder.slice().reverse(),
  };
}

/** The parameter values in graph.parameters order, from a record by name (a missing one is NaN). */
export function parameterValues(graph: Graph, values: Readonly<Record<string, number>>): Float64Array {
  return Float64Array.from(graph.parameters, ({ name }) => values[name] ?? NaN);
}

/** The forward values only (no derivatives): what a loss curve or a finite difference needs. */
export function forwardValues(graph: Graph, parameters: ArrayLike<number>): Float64Array {
  return run(graph, parameters, null);
}

/** Loss at the given parameters, without derivatives. */
export function lossAt(graph: Graph, parameters: ArrayLike<number>): number {
  return forwardValues(graph, parameters)[graph.loss]!;
}

/** The forward pass (values and each edge's local derivative), then the backward pass from the loss. */
export function evaluateGraph(graph: Graph, parameters: ArrayLike<number>): GraphEvaluation {
  const local = new Float64Array(graph.edges.length);
  const values = run(graph, parameters, local);
  const { nodes, edges, edgeStart, backwardOrder } = graph;
  const gradients = new Float64Array(nodes.length);
  gradients[graph.loss] = 1;
  // The chain rule, micrograd's way: each node passes its gradient × local derivative to its operands.
  for (let k = 0; k < backwardOrder.length; k++) {
    const id = backwardOrder[k]!;
    const g = gradients[id]!;
    for (let e = edgeStart[id]!, end = edgeStart[id + 1]!; e < end; e++) gradients[edges[e]!.from]! += g * local[e]!;
  }
  const parameterGradients = Float64Array.from(graph.parameters, ({ node }) => gradients[node]!);
  return { values, local, gradients, parameterGradients, loss: values[graph.loss]! };
}

function run(graph: Graph, parameters: ArrayLike<number>, local: Float64Array | null): Float64Array {
  const { nodes, edgeStart, forwardOrder } = graph;
  if (parameters.length !== graph.parameters.length) {
    throw new RangeError(`expected ${graph.parameters.length} parameter values, got ${parameters.length}`);
  }
  const values = new Float64Array(nodes.length);
  for (let p = 0; p < graph.parameters.length; p++) values[graph.parameters[p]!.node] = parameters[p]!;
  for (let k = 0; k < forwardOrder.length; k++) {
    const id = forwardOrder[k]!;
    const node = nodes[id]!;
    const inputs = node.inputs;
    const e = edgeStart[id]!;
    const a = inputs.length > 0 ? values[inputs[0]!]! : 0;
    const b = inputs.length > 1 ? values[inputs[1]!]! : 0;
    let v: number;
    // da, db: the local derivatives ∂v/∂a, ∂v/∂b, written beside each forward formula.
    let da = 0;
    let db = 0;
    switch (node.op) {
      case 'parameter':
        continue;
      case 'input':
      case 'constant':
        v = node.value!;
        break;
      case 'add':
        v = a + b;
        da = 1;
        db = 1;
        break;
      case 'sub':
        v = a - b;
        da = 1;
        db = -1;
        break;
      case 'mul':
        v = a * b;
        da = b;
        db = a;
        break;
      case 'div':
        v = a / b;
        da = 1 / b;
        db = -a / (b * b);
        break;
      case 'pow': {
        const n = node.exponent!;
        v = n === 2 ? a * a : Math.pow(a, n);
        // d(aⁿ)/da = n·aⁿ⁻¹; for n = 0 the constant 1 has slope 0 even at a = 0 (not 0 × ∞).
        da = n === 0 ? 0 : n === 2 ? 2 * a : n * Math.pow(a, n - 1);
        break;
      }
      case 'neg':
        v = -a;
        da = -1;
        break;
      case 'exp':
        v = Math.exp(a);
        da = v;
        break;
      case 'log':
        v = Math.log(a);
        da = 1 / a;
        break;
      case 'sqrt':
        v = Math.sqrt(a);
        da = 1 / (2 * v);
        break;
      case 'abs':
        v = Math.abs(a);
        // The subgradient 0 at the kink, as relu takes.
        da = a > 0 ? 1 : a < 0 ? -1 : 0;
        break;
      case 'tanh':
        v = Math.tanh(a);
        da = 1 - v * v;
        break;
      case 'sigmoid':
        v = logistic(a);
        da = v * (1 - v);
        break;
      case 'softplus':
        v = softplus(a);
        da = logistic(a);
        break;
      case 'relu':
        v = a > 0 ? a : 0;
        da = a > 0 ? 1 : 0;
        break;
      case 'square':
        v = a * a;
        da = 2 * a;
        break;
      case 'sum':
      case 'mean': {
        let s = 0;
        for (let i = 0; i < inputs.length; i++) s += values[inputs[i]!]!;
        const weight = node.op === 'mean' ? 1 / inputs.length : 1;
        v = node.op === 'mean' ? s / inputs.length : s;
        if (local) for (let i = 0; i < inputs.length; i++) local[e + i] = weight;
        values[id] = v;
        continue;
      }
    }
    values[id] = v;
    if (local) {
      if (inputs.length > 0) local[e] = da;
      if (inputs.length > 1) local[e + 1] = db;
    }
  }
  return values;
}
