import { useMemo } from 'react';
import { scaleLinear } from 'd3';
import { pairPath } from './linePath';
import { paddedExtent } from './extent';

interface SparklineProps {
  /** [iteration, value] points, already thinned. */
  readonly points: readonly (readonly [number, number])[];
  readonly label: string;
  /** The text alternative: first and last values in words. */
  readonly description: string;
}

const WIDTH = 180;
const HEIGHT = 44;

/** A small line of one quantity over the iterations (a parameter or its gradient). */
export function Sparkline({ points, label, description }: SparklineProps) {
  const d = useMemo(() => {
    if (points.length === 0) return '';
    const x = scaleLinear()
      .domain([points[0]![0], Math.max(points[0]![0] + 1, points[points.length - 1]![0])])
      .range([2, WIDTH - 2]);
    const y = scaleLinear()
      .domain(
        paddedExtent(
          points.map((p) => p[1]),
          0.1,
          1e-9,
        ),
      )
      .range([HEIGHT - 3, 3]);
    return pairPath(points, x, y);
  }, [points]);
  return (
    <figure className="sparkline">
      <svg role="img" aria-label={`${label}: ${description}`} width={WIDTH} height={HEIGHT}>
        <path d={d} />
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
