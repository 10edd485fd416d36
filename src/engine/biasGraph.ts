import type { Graph, GraphBuilder } from './graph';
import { squaredLossGraph, type Sample } from './graphLoss';
import type { Data } from './point';
import { STATQUEST_WEIGHTS, type NetworkWeights } from './statquestNetwork';

/**
 * The bias scenario's SSR as a graph: StatQuest's network with its six weights fixed (constants
 * named as the video names them) and b3 the only parameter, grouped as networkOutput computes it:
 * ŷ = (w3·softplus(w1·x + b1) + w4·softplus(w2·x + b2)) + b3.
 */
export function biasGraph(data: Data, sample: Sample = 'all', weights: NetworkWeights = STATQUEST_WEIGHTS): Graph {
  // One constant node per weight, shared by every point, as the one parameter b3 is.
  let constants: Record<keyof NetworkWeights, number> | undefined;
  return squaredLossGraph(
    data,
    (builder, x) => {
      constants ??= {
        w1: builder.constant(weights.w1, 'w1'),
        b1: builder.constant(weights.b1, 'b1'),
        w2: builder.constant(weights.w2, 'w2'),
        b2: builder.constant(weights.b2, 'b2'),
        w3: builder.constant(weights.w3, 'w3'),
        w4: builder.constant(weights.w4, 'w4'),
      };
      return biasPrediction(builder, constants, x);
    },
    'ssr',
    sample,
  );
}

function biasPrediction(builder: GraphBuilder, constants: Record<keyof NetworkWeights, number>, x: number): number {
  const weight = (name: keyof NetworkWeights) => constants[name];
  const h1 = builder.unary('softplus', builder.binary('add', builder.binary('mul', weight('w1'), x), weight('b1')));
  const h2 = builder.unary('softplus', builder.binary('add', builder.binary('mul', weight('w2'), x), weight('b2')));
  const hidden = builder.binary(
    'add',
    builder.binary('mul', weight('w3'), h1),
    builder.binary('mul', weight('w4'), h2),
  );
  return builder.binary('add', hidden, builder.parameter('b3'));
}
