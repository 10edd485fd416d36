import { GraphBuilder, type Graph } from './graph';
import { emitExpression, type GraphExpression } from './graphExpression';
import type { Data } from './point';

/** SSR = Σ(yᵢ − ŷᵢ)² (bias, network) or MSE = mean (linreg); a single point's loss is L = (y − ŷ)². */
export type SquaredLoss = 'ssr' | 'mse';

/** The whole loss over all points, or one point's (an index into the data). */
export type Sample = 'all' | number;

/** Adds the prediction ŷ for one point x (its node named by the caller) and returns its id. */
export type Predict = (builder: GraphBuilder, x: number) => number;

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
/** "₁₂" for 12: data values and predictions are numbered from 1 as the page's "Point 1". */
export const subscript = (n: number) => [...String(n)].map((d) => SUBSCRIPT[Number(d)]).join('');

/**
 * The squared-error loss of a model over the data: for each point, xᵢ and yᵢ as inputs, the model's
 * ŷᵢ, rᵢ = yᵢ − ŷᵢ and Lᵢ = rᵢ², then SSR = ΣLᵢ or MSE = mean Lᵢ. A single sample is the same chain
 * for one point, with plain names x, y, ŷ and its loss L.
 */
export function squaredLossGraph(data: Data, predict: Predict, loss: SquaredLoss, sample: Sample = 'all'): Graph {
  const builder = new GraphBuilder();
  if (sample !== 'all') {
    const point = data[sample];
    if (!point) throw new RangeError(`no point ${sample}`);
    const yHat = builder.named(predict(builder, builder.input('x', point.x)), 'ŷ');
    const y = builder.input('y', point.y);
    const l = builder.named(builder.unary('square', builder.binary('sub', y, yHat)), 'L');
    return builder.build(l, [yHat]);
  }
  const predictions: number[] = [];
  const losses: number[] = [];
  data.forEach((point, i) => {
    const k = subscript(i + 1);
    const yHat = builder.named(predict(builder, builder.input(`x${k}`, point.x)), `ŷ${k}`);
    const y = builder.input(`y${k}`, point.y);
    predictions.push(yHat);
    losses.push(builder.named(builder.unary('square', builder.binary('sub', y, yHat)), `L${k}`));
  });
  const total = loss === 'ssr' ? builder.sum(losses) : builder.mean(losses);
  return builder.build(builder.named(total, loss === 'ssr' ? 'SSR' : 'MSE'), predictions);
}

/** A typed model ŷ = f(x, parameters) trained on the squared error (the model scenario). */
export function modelLossGraph(model: GraphExpression, data: Data, loss: SquaredLoss, sample: Sample = 'all'): Graph {
  return squaredLossGraph(data, (builder, x) => emitExpression(builder, model, () => x), loss, sample);
}

/** A surface f(x, y) whose variables are what descends: x and y are its parameters, f its loss. */
export function surfaceGraph(surface: GraphExpression): Graph {
  const builder = new GraphBuilder();
  // x and y first, so graph.parameters is [x, y] whichever the formula names first (or if one is absent).
  builder.parameter('x');
  builder.parameter('y');
  const f = emitExpression(builder, surface, (name) => builder.parameter(name));
  return builder.build(builder.named(f, 'f'));
}
