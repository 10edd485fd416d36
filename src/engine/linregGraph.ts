import type { Graph } from './graph';
import { squaredLossGraph, type Sample } from './graphLoss';
import type { Data } from './point';

/**
 * Linear regression's loss as a graph: ŷ = w·x + b, the MSE over all points (what an epoch's batch
 * gradient descends), or one point's L = (y − (w·x + b))², the seed article's single-sample view.
 */
export function linregGraph(data: Data, sample: Sample = 'all'): Graph {
  return squaredLossGraph(
    data,
    (builder, x) => {
      // w before b, so graph.parameters reads [w, b] as the page lists them.
      const w = builder.parameter('w');
      const b = builder.parameter('b');
      return builder.binary('add', builder.binary('mul', w, x), b);
    },
    'mse',
    sample,
  );
}
