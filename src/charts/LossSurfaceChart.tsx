import { memo, useId, useMemo } from 'react';
import { contours, geoPath, geoTransform, interpolateRgbBasis, scaleLinear, scaleLog, scaleSequentialLog } from 'd3';
import { PlotAxes } from './PlotAxes';
import { ChartSvg } from './ChartSvg';
import { thin } from './thin';
import { ArrowMarker } from './ArrowMarker';
import { useChartDimensions } from './useChartDimensions';
import { decadeTicks, TICK, TICK_GAP, verticalTicks, widest, type AxisTicks } from './axisLayout';
import { legendOrigin } from './plotLayout';
import { usePlotFrame } from './usePlotFrame';
import { Legend, type LegendEntry } from './Legend';
import { decadeTick, tickFormat } from '../format/number';
import { t } from '../i18n/i18n';
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

/** The colour scale's ticks over [lo, hi] along `length` px: decades, or both ends within one. */
export function colourTicks([lo, hi]: readonly [number, number], length: number, fontSize: number): AxisTicks {
  const decades = decadeTicks([lo, hi], length, fontSize * 1.8, decadeTick);
  if (decades.values.length >= 2) return decades;
  const format = tickFormat([lo, hi]);
  return { values: [lo, hi], labels: [format(lo), format(hi)] };
}

/** Width of the colour scale's bar, px at 13 px type. */
const BAR = 12;

export function LossSurfaceChart(props: LossSurfaceChartProps) {
  const { grid, path, descent, minimum } = props;
  const [ref, size] = useChartDimensions();
  const id = useId();
  const arrowId = `${id}-arrow`;
  const gradientId = `${id}-ramp`;
  const fs = size.fontSize;

  const thresholds = useMemo(() => logThresholds(grid.values, LEVELS), [grid.values]);
  const colourDomain = useMemo(
    (): [number, number] | null =>
      thresholds.length === 0 ? null : [thresholds[0]!, thresholds[thresholds.length - 1]! * 1.0001],
    [thresholds],
  );
  // The colour scale's labels are as wide as their widest at the chart's full height: the margin
  // right of the plot holds the bar, its labels and its title.
  const colourLabels = useMemo(
    () => (colourDomain ? colourTicks(colourDomain, size.height * 0.7, fs).labels : []),
    [colourDomain, size.height, fs],
  );
  const right = colourDomain
    ? Math.ceil(10 + BAR * (fs / 13) + TICK + TICK_GAP + widest(colourLabels, fs) + 6 + fs * 1.15 + 6)
    : 0;
  const yTicks = useMemo(
    () => (h: number) => verticalTicks(scaleLinear().domain(grid.yDomain).range([h, 0]), h, fs),
    [grid.yDomain, fs],
  );
  const entries: LegendEntry[] = [
    { label: t('charts.surface.pathTaken'), symbol: <line x1={-12} x2={12} className="descent-path" /> },
    ...(descent
      ? [
          {
            label: t('charts.surface.nextStep'),
            symbol: (
              <>
                <line x1={-12} x2={4} className="gradient-arrow" />
                <path d="M12,0L2,-5L2,5Z" className="gradient-arrow-head" />
              </>
            ),
          },
        ]
      : []),
    ...(minimum
      ? [{ label: t('charts.surface.minimum'), symbol: <path d="M-5,-5L5,5M-5,5L5,-5" className="minimum-mark" /> }]
      : []),
  ];
  const { layout, dims } = usePlotFrame(
    size,
    yTicks,
    grid.xDomain,
    entries.map((e) => e.label),
    right,
  );

  const x = useMemo(
    () => scaleLinear().domain(grid.xDomain).range([0, dims.innerWidth]),
    [grid.xDomain, dims.innerWidth],
  );
  const y = useMemo(
    () => scaleLinear().domain(grid.yDomain).range([dims.innerHeight, 0]),
    [grid.yDomain, dims.innerHeight],
  );
  const colour = useMemo(
    () => (colourDomain ? scaleSequentialLog(lossColor).domain(colourDomain) : null),
    [colourDomain],
  );
  const colourAxis = useMemo(() => {
    if (!colourDomain) return null;
    const scale = scaleLog().domain(colourDomain).range([dims.innerHeight, 0]);
    return { scale, ticks: colourTicks(colourDomain, dims.innerHeight, fs) };
  }, [colourDomain, dims.innerHeight, fs]);

  const bands = useMemo((): Band[] => {
    if (!colour) return [];
    const color = colour;
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
  }, [grid, x, y, thresholds, colour]);

  const shown = useMemo(() => thin(path, PATH_LIMIT), [path]);
  const current = path[path.length - 1];
  const line = shown.map((p) => `${x(p[0])},${y(p[1])}`).join(' ');

  return (
    <ChartSvg
      chartRef={ref}
      dims={dims}
      title={props.title}
      description={props.description}
      defs={
        <>
          <ArrowMarker id={arrowId} className="gradient-arrow-head" />
          <linearGradient id={gradientId} x1="0" x2="0" y1="1" y2="0">
            {YL_GN_BU.map((c, i) => (
              <stop key={c} offset={i / (YL_GN_BU.length - 1)} stopColor={c} />
            ))}
          </linearGradient>
        </>
      }
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
          <PlotAxes
            x={x}
            y={y}
            dims={dims}
            layout={layout}
            fontSize={fs}
            xLabel={props.xLabel}
            yLabel={props.yLabel}
            grid={false}
          />
          {colourAxis && (
            <g className="colour-scale" transform={`translate(${dims.innerWidth + 10},0)`}>
              <rect
                width={BAR * dims.k}
                height={dims.innerHeight}
                fill={`url(#${gradientId})`}
                className="colour-bar"
              />
              {colourAxis.ticks.values.map((v, i) => (
                <g key={v} transform={`translate(${BAR * dims.k},${colourAxis.scale(v)})`}>
                  <line x2={TICK} className="axis-line" />
                  <text x={TICK + TICK_GAP} dy="0.32em">
                    {colourAxis.ticks.labels[i]}
                  </text>
                </g>
              ))}
              <text
                className="axis-label"
                fontSize={layout.titleSize}
                transform={`translate(${BAR * dims.k + TICK + TICK_GAP + widest(colourLabels, fs) + 6 + layout.titleSize * 0.25},${dims.innerHeight / 2}) rotate(90)`}
                textAnchor="middle"
              >
                {t('charts.surface.colour')}
              </text>
            </g>
          )}
          <Legend entries={entries} layout={layout.legend} fontSize={fs} origin={legendOrigin(layout.margins)} />
          {minimum && (
            <g className="minimum" transform={`translate(${x(minimum[0])},${y(minimum[1])}) scale(${dims.k})`}>
              <path d="M-6,-6L6,6M-6,6L6,-6" />
            </g>
          )}
          {current && (
            <circle className="current-point animated" cx={x(current[0])} cy={y(current[1])} r={6 * dims.k} />
          )}
        </>
      )}
    </ChartSvg>
  );
}
