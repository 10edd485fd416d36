import { useMemo } from 'react';
import { linePath } from './linePath';
import { decadeExtent, steppedMax } from './axisSteps';
import { useStableDomain } from './useStableDomain';
import { usePlot } from './usePlot';
import { Plot } from './Plot';
import { WhatIfMarks, type WhatIf } from './WhatIfMarks';

export interface LossCurveChartProps {
  /** [epoch, loss] points, oldest first: every epoch, or an even sample of a long run. */
  readonly points: readonly (readonly [number, number])[];
  /** Epochs in the whole run (the x axis spans them). */
  readonly epochs: number;
  /** The epoch shown and its loss, or null before the first. */
  readonly current: { readonly epoch: number; readonly loss: number } | null;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly title: string;
  readonly description: string;
  /** The language's decimal sign, for the tick labels. */
  readonly decimal: string;
  /** The loss continuing at a learning rate being chosen, as [epoch, loss] points. */
  readonly whatIf?: WhatIf | null;
  /**
   * A second, noisy series drawn faint behind the line (each mini-batch's own loss), with the
   * legend's names for it and for the line.
   */
  readonly noisy?: { readonly points: readonly (readonly [number, number])[]; readonly label: string; readonly line: string } | null;
}

/** A log axis cannot show 0: losses below this sit on the floor. */
const FLOOR = 1e-12;

/** The loss per epoch (or iteration) so far, on a log axis, with the current one marked. */
export function LossCurveChart(props: LossCurveChartProps) {
  const { epochs, current } = props;
  // The history's points are the states steps started from; the current state, after the newest
  // step, has none yet: the line runs on to it, so it ends at the dot, and the axes hold it.
  const points = useMemo(() => {
    const newest = props.points[props.points.length - 1];
    return current && (!newest || newest[0] < current.epoch)
      ? [...props.points, [current.epoch, current.loss] as const]
      : props.points;
  }, [props.points, current?.epoch, current?.loss]);
  const newestEpoch = points[points.length - 1]?.[0] ?? 0;

  // Both axes move in steps, not on every epoch: the x axis to the next of 1, 1.5, 2, 3, 5 or 7
  // times a power of ten, the log y axis to whole decades. The axes then stay as they are for
  // most steps (a Step re-rendered some 80 tick elements when they followed every epoch).
  // A what-if continuation reaches past the history: the axis makes room for it.
  const reach = props.whatIf?.points.reduce((m, p) => Math.max(m, p[0]), 0) ?? 0;
  const xDomain = useStableDomain([0, steppedMax(Math.max(epochs - 1, newestEpoch, reach))] as const);
  const { noisy } = props;
  const yDomain = useStableDomain(
    useMemo(() => decadeExtent(noisy ? [...points, ...noisy.points] : points, FLOOR), [points, noisy]),
  );
  const legend = useMemo(
    () =>
      noisy
        ? [
            { label: noisy.line, symbol: <line x1={-12} x2={12} className="loss-curve" /> },
            { label: noisy.label, symbol: <line x1={-12} x2={12} className="loss-curve noisy" /> },
          ]
        : undefined,
    [noisy?.line, noisy?.label],
  );
  const plot = usePlot({
    x: { domain: xDomain },
    y: { domain: yDomain, log: true },
    decimal: props.decimal,
    aspect: 0.5,
    ...(legend && { legend }),
  });
  const { x, y, dims } = plot;
  const pathOf = (series: readonly (readonly [number, number])[]) =>
    linePath(
      series,
      (p) => x(p[0]),
      (p) => y(Math.max(p[1], FLOOR)),
    );
  const d = useMemo(() => pathOf(points), [points, x, y]);
  const noisyD = useMemo(() => noisy && pathOf(noisy.points), [noisy, x, y]);

  return (
    <Plot plot={plot} title={props.title} description={props.description} xLabel={props.xLabel} yLabel={props.yLabel}>
      {(clip) => (
        <>
          {noisyD && <path className="loss-curve noisy" d={noisyD} clipPath={clip} />}
          <path className="loss-curve" d={d} clipPath={clip} />
          {props.whatIf && (
            <g clipPath={clip}>
              <WhatIfMarks
                points={props.whatIf.points.map(([e, l]) => [x(e), y(Math.max(l, FLOOR))])}
                width={dims.innerWidth}
                height={dims.innerHeight}
                label={props.whatIf.label}
              />
            </g>
          )}
          {current && (
            <>
              <line
                className="current-epoch"
                x1={x(current.epoch)}
                x2={x(current.epoch)}
                y1={0}
                y2={dims.innerHeight}
              />
              <circle
                className="current-point"
                cx={x(current.epoch)}
                cy={y(Math.max(current.loss, FLOOR))}
                r={5 * dims.k}
              />
            </>
          )}
        </>
      )}
    </Plot>
  );
}
