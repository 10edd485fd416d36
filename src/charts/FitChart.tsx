import { useId, useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import { Axis } from './Axis';
import { paddedExtent } from './extent';
import { useChartDimensions } from './useChartDimensions';

export interface FitChartProps {
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** The model's predictions at each point, for the residual segments. */
  readonly predictions: readonly number[];
  /** The fitted curve now, and before the last step (faded), sampled over the x domain. */
  readonly curve: readonly [number, number][];
  readonly previousCurve: readonly [number, number][] | null;
  readonly xDomain: readonly [number, number];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly title: string;
  readonly description: string;
  readonly curveLabel: string;
  /** A highlighted point (the chain-rule panel's sample). */
  readonly selected?: number;
  /**
   * Mouse users may pick a point by clicking it; keyboard users have the panel's "Sample" select,
   * so the points stay plain graphics inside the chart's role="img".
   */
  onPointClick?(index: number): void;
}

const MARGINS = { top: 16, right: 20, bottom: 50, left: 64 };

export function FitChart(props: FitChartProps) {
  const { points, predictions, curve, previousCurve, xDomain } = props;
  const [ref, dims] = useChartDimensions(MARGINS);
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const clipId = `${id}-clip`;

  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, dims.innerWidth]), [xDomain, dims.innerWidth]);
  const y = useMemo(() => {
    const ys = [...points.map((p) => p.y), ...curve.map((p) => p[1]), ...(previousCurve ?? []).map((p) => p[1])];
    return scaleLinear().domain(paddedExtent(ys, 0.06)).range([dims.innerHeight, 0]).nice();
  }, [points, curve, previousCurve, dims.innerHeight]);
  const draw = useMemo(() => line<[number, number]>().x((p) => x(p[0])).y((p) => y(p[1])), [x, y]);

  return (
    <div ref={ref} className="chart">
      <svg role="img" aria-labelledby={`${titleId} ${descId}`} width={dims.width} height={dims.height}>
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{props.description}</desc>
        <defs>
          <clipPath id={clipId}>
            <rect width={dims.innerWidth} height={dims.innerHeight} />
          </clipPath>
        </defs>
        <g transform={`translate(${dims.left},${dims.top})`}>
          <Axis scale={y} orient="left" gridLength={dims.innerWidth} label={props.yLabel} />
          <Axis scale={x} orient="bottom" gridLength={dims.innerHeight} label={props.xLabel} />
          <g clipPath={`url(#${clipId})`}>
            {previousCurve && <path className="fit-previous" d={draw(previousCurve as [number, number][]) ?? ''} />}
            <path className="fit-curve animated" d={draw(curve as [number, number][]) ?? ''} />
            {points.map((p, i) => {
              const predicted = predictions[i];
              return predicted === undefined || !Number.isFinite(predicted) ? null : (
                <line key={i} className="residual animated" x1={x(p.x)} x2={x(p.x)} y1={y(p.y)} y2={y(predicted)} />
              );
            })}
          </g>
          {points.map((p, i) => (
            <circle
              key={i}
              className={`data-point${i === props.selected ? ' selected' : ''}${props.onPointClick ? ' clickable' : ''}`}
              cx={x(p.x)}
              cy={y(p.y)}
              r={i === props.selected ? 9 : 6}
              onClick={props.onPointClick && (() => props.onPointClick!(i))}
            />
          ))}
          <g className="legend" transform={`translate(${dims.innerWidth - 8},8)`}>
            <line x1={-150} x2={-126} y1={0} y2={0} className="fit-curve" />
            <text x={-120} dy="0.32em">
              {props.curveLabel}
            </text>
            {previousCurve && (
              <>
                <line x1={-150} x2={-126} y1={20} y2={20} className="fit-previous" />
                <text x={-120} y={20} dy="0.32em">
                  before the last step
                </text>
              </>
            )}
          </g>
        </g>
      </svg>
    </div>
  );
}
