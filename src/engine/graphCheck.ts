import { lossAt, type Graph } from './graph';
import { relativeError } from './gradientCheck';

/**
 * Central finite difference of a graph's loss in one parameter (its index in graph.parameters),
 * with the step scaled to the parameter as the network's gradient check does (gradientCheck.ts).
 */
export function graphNumericGradient(graph: Graph, parameters: ArrayLike<number>, index: number, h = 1e-6): number {
  const value = parameters[index]!;
  const step = h * Math.max(1, Math.abs(value));
  const moved = Float64Array.from(parameters);
  moved[index] = value + step;
  const plus = lossAt(graph, moved);
  moved[index] = value - step;
  const minus = lossAt(graph, moved);
  return (plus - minus) / (2 * step);
}

export interface GraphGradientCheck {
  readonly name: string;
  readonly analytic: number;
  readonly numeric: number;
  /** relativeError(analytic, numeric): relative above 1, absolute below. */
  readonly error: number;
}

/** Each parameter's backpropagated gradient beside its finite difference. */
export function graphGradientCheck(
  graph: Graph,
  parameters: ArrayLike<number>,
  analytic: ArrayLike<number>,
  h = 1e-6,
): readonly GraphGradientCheck[] {
  return graph.parameters.map(({ name }, i) => {
    const numeric = graphNumericGradient(graph, parameters, i, h);
    return { name, analytic: analytic[i]!, numeric, error: relativeError(analytic[i]!, numeric) };
  });
}
