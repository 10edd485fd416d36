import { PARAMETERS, type NetworkParams } from './backprop';
import type { Graph } from './graph';
import { graphGradientCheck, type GraphGradientCheck } from './graphCheck';
import { squaredLossGraph, type Sample } from './graphLoss';
import type { Data } from './point';

/**
 * The network scenario's SSR as a graph with all seven weights and biases as parameters (those
 * that do not train simply keep their value), grouped exactly as backprop.ts's forward pass:
 * ŷ = (w3·softplus(w1·x + b1) + w4·softplus(w2·x + b2)) + b3.
 */
export function networkGraph(data: Data, sample: Sample = 'all'): Graph {
  return squaredLossGraph(
    data,
    (builder, x) => {
      // Declared in backprop's PARAMETERS order, so graph.parameters matches it.
      const [w1, b1, w2, b2, w3, w4, b3] = PARAMETERS.map((name) => builder.parameter(name)) as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      const h1 = builder.unary('softplus', builder.binary('add', builder.binary('mul', w1, x), b1));
      const h2 = builder.unary('softplus', builder.binary('add', builder.binary('mul', w2, x), b2));
      const hidden = builder.binary('add', builder.binary('mul', w3, h1), builder.binary('mul', w4, h2));
      return builder.binary('add', hidden, b3);
    },
    'ssr',
    sample,
  );
}

/**
 * The gradient check of the network's hand-written chain rule through the graph engine's: each
 * backprop.ts gradient against a central finite difference of the graph's SSR, whose step is
 * scaled as gradientCheck.ts scales it (the two finite differences agree to rounding).
 */
export function networkGradientCheck(
  data: Data,
  params: NetworkParams,
  gradient: NetworkParams,
): readonly GraphGradientCheck[] {
  const values = PARAMETERS.map((name) => params[name]);
  return graphGradientCheck(
    networkGraph(data),
    values,
    PARAMETERS.map((name) => gradient[name]),
  );
}
