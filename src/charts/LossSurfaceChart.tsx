import { memo, useId, useMemo } from 'react';
import { contours, geoPath, geoTransform, interpolateRgbBasis, scaleLinear, scaleSequentialLog } from 'd3';
import { Axis } from './Axis';
import { ChartSvg } from './ChartSvg';
import { thin } from './thin';
import { ArrowMarker } from './ArrowMarker';
import { PLOT_MARGINS, useChartDimensions } from './useChartDimensions';
import { WhatIfMarks, type WhatIf } from './WhatIfMarks';

/** Loss values on a regular grid: values[i + j·nx] is the loss at column i (w) and row j (b). */
export interface LossGrid {
  readonly values: readonly number[];
  readonly nx: number;
  readonly ny: number;
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
}

export interface LossSurfaceChartProps {
  readonly grid: LossGrid;
  /** Parameters visited, oldest first; the last is the current point. */
  readonly path: readonly (readonly [number, number])[];
  /** The negative gradient at the current point, drawn as an arrow (already scaled). */
  readonly descent: readonly [number, number] | null;
  readonly minimum: readonly [number, number] | null;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly title: string;
  readonly description: string;
  /** The next steps at a learning rate being chosen, as (w, b) points from the current one. */
  readonly whatIf?: WhatIf | null;
}

const LEVELS = 14;
const PATH_LIMIT = 400;
/**
 * ColorBrewer's YlGnBu, light (low loss) to dark (high loss), written out: d3-scale-chromatic
 * builds every scheme when loaded, which would add 5 KB gzip to the first load for one ramp.
 */
const YL_GN_BU = ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'];
const lossColor = interpolateRgbBasis(YL_GN_BU);

/** Log-spaced levels between the grid's smallest positive and largest loss. */
export function logThresholds(values: readonly number[], levels: number): number[] {
  let lo = Infinity;
  let hi = 0;
  for (const v of values) {
    if (v > 0 && v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > 0) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi / lo < 1 + 1e-9) return [lo];
  const ratio = Math.pow(hi / lo, 1 / levels);
  return Array.from({ length: levels }, (_, k) => lo * Math.pow(ratio, k));
}

/** The filled contours: memoised, as they change with the data and the view, not with a step. */
const Contours = memo(function Contours({ bands }: { readonly bands: readonly Band[] }) {
  return (
    <>
      {bands.map((b) => (
        <path key={b.value} d={b.d} fill={b.fill} className="contour" />
      ))}
    </>
  );
});

interface Band {
  readonly d: string;
  readonly fill: string;
  readonly value: number;
}

export function LossSurfaceChart(props: LossSurfaceChartProps) {
  const { grid, path, descent, minimum } = props;
  const [ref, dims] = useChartDimensions(PLOT_MARGINS);
  const id = useId();
  const arrowId = `${id}-arrow`;

  const x = useMemo(
    () => scaleLinear().domain(grid.xDomain).range([0, dims.innerWidth]),
    [grid.xDomain, dims.innerWidth],
  );
  const y = useMemo(
    () => scaleLinear().domain(grid.yDomain).range([dims.innerHeight, 0]),
    [grid.yDomain, dims.innerHeight],
  );

  const bands = useMemo((): Band[] => {
    const thresholds = logThresholds(grid.values, LEVELS);
    if (thresholds.length === 0) return [];
    const color = scaleSequentialLog(lossColor).domain([thresholds[0]!, thresholds[thresholds.length - 1]! * 1.0001]);
    const [x0, x1] = grid.xDomain;
    const [y0, y1] = grid.yDomain;
    // Grid coordinate g covers [g, g+1): map it onto the parameter domain, then onto pixels.
    const project = geoPath(
      geoTransform({
        point(gx, gy) {
          this.stream.point(x(x0 + (gx / grid.nx) * (x1 - x0)), y(y0 + (gy / grid.ny) * (y1 - y0)));
        },
      }),
    );
    return contours()
      .size([grid.nx, grid.ny])
      .thresholds(thresholds)(grid.values as number[])
      .map((c) => ({ d: project(c) ?? '', fill: color(c.value), value: c.value }));
  }, [grid, x, y]);

  const shown = useMemo(() => thin(path, PATH_LIMIT), [path]);
  const current = path[path.length - 1];
  const line = shown.map((p) => `${x(p[0])},${y(p[1])}`).join(' ');

  return (
    <ChartSvg
      chartRef={ref}
      dims={dims}
      title={props.title}
      description={props.description}
      defs={<ArrowMarker id={arrowId} className="gradient-arrow-head" />}
    >
      {(clip) => (
        <>
          <g clipPath={clip}>
            <Contours bands={bands} />
            <polyline className="descent-path-casing" points={line} />
            <polyline className="descent-path" points={line} />
            {shown.length < 80 &&
              shown
                .slice(0, -1)
                .map((p, i) => <circle key={i} className="trail-point" cx={x(p[0])} cy={y(p[1])} r={3} />)}
            {props.whatIf && (
              <WhatIfMarks
                points={props.whatIf.points.map(([w, b]) => [x(w), y(b)])}
                width={dims.innerWidth}
                height={dims.innerHeight}
                label={props.whatIf.label}
                arrows
              />
            )}
            {current && descent && (
              <line
                className="gradient-arrow"
                x1={x(current[0])}
                y1={y(current[1])}
                x2={x(current[0] + descent[0])}
                y2={y(current[1] + descent[1])}
                markerEnd={`url(#${arrowId})`}
              />
            )}
          </g>
          <Axis scale={y} orient="left" gridLength={dims.innerWidth} grid={false} label={props.yLabel} />
          <Axis scale={x} orient="bottom" gridLength={dims.innerHeight} grid={false} label={props.xLabel} />
          {minimum && (
            <g className="minimum" transform={`translate(${x(minimum[0])},${y(minimum[1])})`}>
              <path d="M-6,-6L6,6M-6,6L6,-6" />
            </g>
          )}
          {current && <circle className="current-point animated" cx={x(current[0])} cy={y(current[1])} r={6} />}
        </>
      )}
    </ChartSvg>
  );
}
