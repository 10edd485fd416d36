import type { Graph } from '../engine/graph';
import type { Sample } from '../engine/graphLoss';
import type { Data } from '../engine/point';

/**
 * A scenario graph built once per data array and sample: the store keeps data arrays immutable, so
 * their identity is a safe key, and a learning-rate drag (new settings, same data) finds the same
 * graph and leaves the drawing's layout alone.
 */
export function graphPerData(build: (data: Data, sample: Sample) => Graph): (data: Data, sample: Sample) => Graph {
  const graphs = new WeakMap<Data, Map<Sample, Graph>>();
  return (data, sample) => {
    let bySample = graphs.get(data);
    if (!bySample) graphs.set(data, (bySample = new Map()));
    let graph = bySample.get(sample);
    if (!graph) bySample.set(sample, (graph = build(data, sample)));
    return graph;
  };
}
