import { memo, useCallback, useId, useMemo } from 'react';
import { thin } from './thin';
import { ArrowMarker } from './ArrowMarker';
import { usePlot } from './usePlot';
import type { ChartSize } from './useChartDimensions';
import { Plot } from './Plot';
import type { LegendEntry } from './Legend';
import type { LossGrid } from '../engine/lossGrid';
import { colourDomainOf, contourBands, logThresholds, type Band } from './contours';
import { ColourScale, colourScaleRoom, colourTicks } from './ColourScale';
import { WhatIfMarks, type WhatIf } from './WhatIfMarks';

/** The loss surface chart's own words, in the page's language. */
export interface SurfaceWords {
  readonly pathTaken: string;
  readonly nextStep: string;
  readonly minimum: string;
  /** The colour scale's title. */
  readonly colour: string;
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
  readonly words: SurfaceWords;
  /** The language's decimal sign, for the tick labels. */
  readonly decimal: string;
  /** The next steps at a learning rate being chosen, as (w, b) points from the current one. */
  readonly whatIf?: WhatIf | null;
}

const LEVELS = 14;
const PATH_LIMIT = 400;

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

/** The loss over two parameters as filled contours, with the path descent took across them. */
export function LossSurfaceChart(props: LossSurfaceChartProps) {
  const { grid, path, descent, minimum, words, decimal } = props;
  const arrowId = `${useId()}-arrow`;

  const thresholds = useMemo(() => logThresholds(grid.values, LEVELS), [grid.values]);
  const colourDomain = useMemo(() => colourDomainOf(thresholds), [thresholds]);
  const legend: LegendEntry[] = [
    { label: words.pathTaken, symbol: <line x1={-12} x2={12} className="descent-path" /> },
    ...(descent
      ? [
          {
            label: words.nextStep,
            symbol: (
              <>
                <line x1={-12} x2={4} className="gradient-arrow" />
                <path d="M12,0L2,-5L2,5Z" className="gradient-arrow-head" />
              </>
            ),
          },
        ]
      : []),
    ...(minimum ? [{ label: words.minimum, symbol: <path d="M-5,-5L5,5M-5,5L5,-5" className="minimum-mark" /> }] : []),
  ];
  // The margin right of the plot holds the colour scale: its bar, its title and its labels, as wide
  // as their widest at the chart's full height.
  const colourRoom = useCallback(
    (size: ChartSize) =>
      colourDomain
        ? colourScaleRoom(colourTicks(colourDomain, size.height * 0.7, size.fontSize, decimal).labels, size.fontSize)
        : 0,
    [colourDomain, decimal],
  );
  const plot = usePlot({
    x: { domain: grid.xDomain },
    y: { domain: grid.yDomain },
    decimal,
    legend,
    right: colourRoom,
  });
  const { x, y, dims, size, layout } = plot;
  const fs = size.fontSize;
  const colourLabels = useMemo(
    () => (colourDomain ? colourTicks(colourDomain, size.height * 0.7, fs, decimal).labels : []),
    [colourDomain, size.height, fs, decimal],
  );
  const bands = useMemo(
    () => (colourDomain ? contourBands(grid, thresholds, colourDomain, x, y) : []),
    [grid, thresholds, colourDomain, x, y],
  );

  const shown = useMemo(() => thin(path, PATH_LIMIT), [path]);
  const current = path[path.length - 1];
  const line = shown.map((p) => `${x(p[0])},${y(p[1])}`).join(' ');

  return (
    <Plot
      plot={plot}
      title={props.title}
      description={props.description}
      xLabel={props.xLabel}
      yLabel={props.yLabel}
      grid={false}
      defs={<ArrowMarker id={arrowId} className="gradient-arrow-head" />}
      beneath={(clip) => (
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
      )}
    >
      {() => (
        <>
          {colourDomain && (
            <ColourScale
              domain={colourDomain}
              plotWidth={dims.innerWidth}
              plotHeight={dims.innerHeight}
              fontSize={fs}
              titleSize={layout.titleSize}
              roomLabels={colourLabels}
              title={words.colour}
              decimal={decimal}
            />
          )}
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
    </Plot>
  );
}
