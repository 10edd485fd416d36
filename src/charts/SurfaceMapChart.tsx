import { memo, useCallback, useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ArrowMarker } from './ArrowMarker';
import { ColourScale, colourScaleRoom, colourTicks } from './ColourScale';
import { colourDomainOf, contourBands, logThresholds, type Band } from './contours';
import type { LegendEntry } from './Legend';
import { Plot } from './Plot';
import { thin } from './thin';
import type { ChartSize } from './useChartDimensions';
import { usePlot } from './usePlot';
import { WhatIfMarks, type WhatIf } from './WhatIfMarks';
import type { LossGrid } from '../engine/lossGrid';

type Point = readonly [number, number];

/** The map's own words, in the page's language. */
export interface SurfaceMapWords {
  readonly pathTaken: string;
  readonly nextStep: string;
  readonly minimum: string;
  readonly velocity: string;
  readonly lanes: string;
  readonly colour: string;
  /** The start marker's name and how to move it, at these x and y. */
  pick(x: number, y: number): string;
}

export interface SurfaceMapChartProps {
  /** f on a grid, already lifted above 0 for the log-spaced levels. */
  readonly grid: LossGrid;
  /** Points visited, oldest first; the last is the current point. */
  readonly path: readonly Point[];
  /** The step Step takes next, from the current point (already scaled), or none. */
  readonly next: Point | null;
  /** Momentum's velocity carried into the next step, drawn as a second arrow. */
  readonly velocity: Point | null;
  readonly minima: readonly Point[];
  /** Race lanes' paths from the same start, each with its lane class. */
  readonly lanes: readonly { readonly className: string; readonly points: readonly Point[] }[];
  readonly start: Point;
  onPick(x: number, y: number): void;
  readonly title: string;
  readonly description: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly words: SurfaceMapWords;
  readonly decimal: string;
  readonly whatIf?: WhatIf | null;
}

const LEVELS = 16;
const PATH_LIMIT = 400;
/** Arrow keys move the start marker by this share of the view. */
const KEY_STEP = 1 / 40;

const Contours = memo(function Contours({ bands }: { readonly bands: readonly Band[] }) {
  return (
    <>
      {bands.map((b) => (
        <path key={b.value} d={b.d} fill={b.fill} className="contour" />
      ))}
    </>
  );
});

const arrowSymbol = (className: string) => (
  <>
    <line x1={-12} x2={4} className={className} />
    <path d="M12,0L2,-5L2,5Z" className={`${className}-head`} />
  </>
);

/**
 * A surface f(x, y) as filled contours (log-spaced levels), its minima, the run's path and the
 * next step's arrow; a click or tap sets the start, and so do the arrow keys and Enter.
 */
export function SurfaceMapChart(props: SurfaceMapChartProps) {
  const { grid, path, next, velocity, minima, words, decimal, onPick } = props;
  const id = useId();
  const arrowId = `${id}-arrow`;
  const velocityId = `${id}-velocity`;
  const [marker, setMarker] = useState<Point | null>(null);

  const thresholds = useMemo(() => logThresholds(grid.values, LEVELS), [grid.values]);
  const colourDomain = useMemo(() => colourDomainOf(thresholds), [thresholds]);
  const legend: LegendEntry[] = [
    { label: words.pathTaken, symbol: <line x1={-12} x2={12} className="descent-path" /> },
    ...(next ? [{ label: words.nextStep, symbol: arrowSymbol('gradient-arrow') }] : []),
    ...(velocity ? [{ label: words.velocity, symbol: arrowSymbol('velocity-arrow') }] : []),
    ...(props.lanes.length > 0
      ? [{ label: words.lanes, symbol: <line x1={-12} x2={12} className="race-line lane-1" /> }]
      : []),
    ...(minima.length > 0
      ? [{ label: words.minimum, symbol: <path d="M-5,-5L5,5M-5,5L5,-5" className="minimum-mark" /> }]
      : []),
  ];
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
  const lanes = useMemo(
    () =>
      props.lanes.map((lane) => ({
        className: lane.className,
        points: thin(lane.points, PATH_LIMIT)
          .map((p) => `${x(p[0])},${y(p[1])}`)
          .join(' '),
      })),
    [props.lanes, x, y],
  );

  const pick = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = x.invert(event.clientX - box.left);
    const py = y.invert(event.clientY - box.top);
    if (Number.isFinite(px) && Number.isFinite(py)) onPick(px, py);
  };
  const shownMarker = marker ?? props.start;
  const onKeyDown = (event: KeyboardEvent<SVGRectElement>) => {
    const dx = (grid.xDomain[1] - grid.xDomain[0]) * KEY_STEP;
    const dy = (grid.yDomain[1] - grid.yDomain[0]) * KEY_STEP;
    const move: Record<string, Point> = {
      ArrowLeft: [-dx, 0],
      ArrowRight: [dx, 0],
      ArrowUp: [0, dy],
      ArrowDown: [0, -dy],
    };
    const by = move[event.key];
    if (by) {
      event.preventDefault();
      setMarker([shownMarker[0] + by[0], shownMarker[1] + by[1]]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPick(shownMarker[0], shownMarker[1]);
      setMarker(null);
    } else if (event.key === 'Escape') setMarker(null);
  };
  const arrow = (from: Point, by: Point, className: string, marker: string) => (
    <line
      className={className}
      x1={x(from[0])}
      y1={y(from[1])}
      x2={x(from[0] + by[0])}
      y2={y(from[1] + by[1])}
      markerEnd={`url(#${marker})`}
    />
  );

  return (
    <Plot
      plot={plot}
      role="group"
      title={props.title}
      description={props.description}
      xLabel={props.xLabel}
      yLabel={props.yLabel}
      grid={false}
      defs={
        <>
          <ArrowMarker id={arrowId} className="gradient-arrow-head" />
          <ArrowMarker id={velocityId} className="velocity-arrow-head" />
        </>
      }
      beneath={(clip) => (
        <g clipPath={clip}>
          <Contours bands={bands} />
          {lanes.map((lane) => (
            <polyline key={lane.className} className={`race-line ${lane.className}`} points={lane.points} />
          ))}
          <polyline className="descent-path-casing" points={line} />
          <polyline className="descent-path" points={line} />
          {shown.length < 80 &&
            shown
              .slice(0, -1)
              .map((p, i) => <circle key={i} className="trail-point" cx={x(p[0])} cy={y(p[1])} r={3} />)}
          {props.whatIf && (
            <WhatIfMarks
              points={props.whatIf.points.map(([a, b]) => [x(a), y(b)])}
              width={dims.innerWidth}
              height={dims.innerHeight}
              label={props.whatIf.label}
              arrows
            />
          )}
          {current && velocity && arrow(current, velocity, 'velocity-arrow', velocityId)}
          {current && next && arrow(current, next, 'gradient-arrow', arrowId)}
        </g>
      )}
    >
      {(clip) => (
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
          <g clipPath={clip}>
            {minima.map((m) => (
              <g
                key={`${m[0]},${m[1]}`}
                className="minimum"
                transform={`translate(${x(m[0])},${y(m[1])}) scale(${dims.k})`}
              >
                <path d="M-6,-6L6,6M-6,6L6,-6" />
              </g>
            ))}
            <g
              className={marker ? 'start-marker moving' : 'start-marker'}
              transform={`translate(${x(shownMarker[0])},${y(shownMarker[1])}) scale(${dims.k})`}
            >
              <rect x={-6} y={-6} width={12} height={12} />
            </g>
          </g>
          {current && (
            <circle className="current-point animated" cx={x(current[0])} cy={y(current[1])} r={6 * dims.k} />
          )}
          <rect
            className="pick-area"
            role="button"
            tabIndex={0}
            aria-label={words.pick(shownMarker[0], shownMarker[1])}
            width={dims.innerWidth}
            height={dims.innerHeight}
            onPointerDown={(event) => {
              event.currentTarget.setPointerCapture?.(event.pointerId);
              pick(event);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setMarker(null)}
          />
        </>
      )}
    </Plot>
  );
}
