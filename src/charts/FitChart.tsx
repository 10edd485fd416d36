import { useMemo, useState } from 'react';
import { extent } from 'd3';
import { pairPath } from './linePath';
import { paddedExtent } from './extent';
import { useFollowingDomain } from './useStableDomain';
import { usePlot } from './usePlot';
import { Plot } from './Plot';
import type { LegendEntry } from './Legend';
import { AddArea, DataPoints, dotRadius, type Drag } from './DataPoints';
import { CanvasPoints } from './CanvasPoints';
import { strided } from './thin';
import type { PointEditing } from './pointEditing';
import { WhatIfMarks, type WhatIf } from './WhatIfMarks';

type Domain = readonly [number, number];

/** The fit chart's own words, in the page's language. */
export interface FitWords {
  /** The faded curve's legend entry. */
  readonly before: string;
  /** An editable point's role ("draggable point"). */
  readonly draggable: string;
  /** An editable point's name, from its number (1, 2…) and coordinates. */
  point(number: number, x: number, y: number): string;
  /** The residuals' legend entry when only a sample of them is drawn ("residuals of 250 of 100,000 points"). */
  residuals(shown: number, count: number): string;
}

/**
 * The most points drawn as SVG dots (each one editable and focusable); more go on a canvas.
 * Measured in Chromium (the line and 250 residuals moved, nothing else): with SVG dots a Step's
 * painted frame is 17 ms (p50) at 200 points, 18–22 ms at 300–400, 25 ms at 2,000 and 0.7 s at
 * 100,000; with the dots on a canvas it stays at 17 ms up to 100,000.
 */
export const SVG_POINTS = 250;
/** The most residual segments drawn: more would be a texture that costs every Step's repaint. */
export const RESIDUALS = 250;

export interface FitChartProps {
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** The model's predictions at each point, for the residual segments. */
  readonly predictions: readonly number[];
  /** The fitted curve now, and before the last step (faded), sampled over the x domain. */
  readonly curve: readonly [number, number][];
  readonly previousCurve: readonly [number, number][] | null;
  /**
   * Added to every y of `curve` and of `previousCurve`. A model whose step only lifts its curve
   * (b3 in the bias scenario) passes one shape for both and lifts it: the paths then stay as they
   * are and a Step moves them with a transform, instead of rewriting two 121-point paths.
   */
  readonly lift?: { readonly now: number; readonly before: number };
  readonly xDomain: Domain;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly title: string;
  readonly description: string;
  readonly curveLabel: string;
  readonly words: FitWords;
  /** The language's decimal sign, for the tick labels. */
  readonly decimal: string;
  /** A highlighted point (the chain-rule panel's sample). */
  readonly selected?: number;
  /** Picks a point by clicking it (the panel's "Sample" select does the same by keyboard). */
  onPointClick?(index: number): void;
  /** Makes the points editable; ignored above SVG_POINTS, where they are one picture. */
  readonly editing?: PointEditing;
  /**
   * What the view was drawn for (the settings): while it stays the same the y view grows at once
   * and shrinks back only once the curves have come far inside it (a run back from a divergence);
   * a new one, new points, or the run back at its start draw the view afresh.
   */
  readonly viewKey?: unknown;
  /** The fitted curve after the next step at a learning rate being chosen. */
  readonly whatIf?: WhatIf | null;
}

/** A curve point's y where it is finite (d3's extent skips undefined). */
const finiteY = (p: readonly [number, number]) => (Number.isFinite(p[1]) ? p[1] : undefined);
const finite = (v: number) => (Number.isFinite(v) ? v : undefined);

/** The data, the model's curve through it (and before the last step), and the residuals. */
export function FitChart(props: FitChartProps) {
  const { points, predictions, curve, previousCurve, words } = props;
  const onCanvas = points.length > SVG_POINTS;
  const editing = onCanvas ? undefined : props.editing;
  const liftNow = props.lift?.now ?? 0;
  const liftBefore = props.lift?.before ?? 0;
  // While a point is dragged the view holds still, so the point stays under the pointer.
  const [drag, setDrag] = useState<Drag | null>(null);

  // The points' and the curves' own extents are taken once per shape; a Step only lifts them.
  const pointsExtent = useMemo(() => extent(points, (p) => finite(p.y)), [points]);
  const curveExtent = useMemo(() => extent(curve, finiteY), [curve]);
  const previousExtent = useMemo(() => (previousCurve ? extent(previousCurve, finiteY) : []), [previousCurve]);
  const yExtent = useMemo(() => {
    const ys = [
      ...pointsExtent.map((v) => v ?? NaN),
      ...curveExtent.map((v) => (v === undefined ? NaN : v + liftNow)),
      ...previousExtent.map((v) => (v === undefined ? NaN : v + liftBefore)),
    ];
    return paddedExtent(ys, 0.06);
  }, [pointsExtent, curveExtent, previousExtent, liftNow, liftBefore]);
  const grown = useFollowingDomain(yExtent, [points, props.viewKey], previousCurve === null);
  const residuals = useMemo(
    () => (points.length > RESIDUALS ? strided(points.length, RESIDUALS - 1) : [...points.keys()]),
    [points],
  );
  const legend: LegendEntry[] = [
    { label: props.curveLabel, symbol: <line x1={-12} x2={12} className="fit-curve" /> },
    ...(previousCurve ? [{ label: words.before, symbol: <line x1={-12} x2={12} className="fit-previous" /> }] : []),
    ...(residuals.length < points.length
      ? [
          {
            label: words.residuals(residuals.length, points.length),
            symbol: <line y1={-7} y2={7} className="residual dense" />,
          },
        ]
      : []),
  ];
  const plot = usePlot({
    x: { domain: drag?.x ?? props.xDomain },
    y: { domain: drag?.y ?? grown, nice: true },
    decimal: props.decimal,
    legend,
  });
  const { x, y, dims } = plot;
  const curvePath = useMemo(() => pairPath(curve, x, y), [curve, x, y]);
  const dense = dotRadius(points.length) < 5;
  const previousPath = useMemo(() => previousCurve && pairPath(previousCurve, x, y), [previousCurve, x, y]);
  // On a canvas the chosen sample is the one dot still drawn as SVG, over the picture of the rest.
  const chosen = onCanvas && props.selected !== undefined ? points[props.selected] : undefined;
  const chosenX = chosen ? x(chosen.x) : NaN;
  const chosenY = chosen ? y(chosen.y) : NaN;
  /** The shift that lifts a path by `lift` in data units (y is linear: y(v + lift) = y(v) + shift). */
  const lifted = (lift: number) => (lift === 0 ? undefined : `translate(0,${y(lift) - y(0)})`);

  return (
    <Plot
      plot={plot}
      title={props.title}
      description={props.description}
      xLabel={props.xLabel}
      yLabel={props.yLabel}
      role={editing ? 'group' : 'img'}
      className={editing ? 'editable' : undefined}
    >
      {(clip) => (
        <>
          {editing && <AddArea x={x} y={y} dims={dims} editing={editing} />}
          {onCanvas && (
            <CanvasPoints points={points} x={x} y={y} width={dims.innerWidth} height={dims.innerHeight} k={dims.k} />
          )}
          <g clipPath={clip} pointerEvents="none">
            {previousPath && <path className="fit-previous" d={previousPath} transform={lifted(liftBefore)} />}
            <path className="fit-curve animated" d={curvePath} transform={lifted(liftNow)} />
            {props.whatIf && (
              <WhatIfMarks
                points={props.whatIf.points.map(([px, py]) => [x(px), y(py)])}
                width={dims.innerWidth}
                height={dims.innerHeight}
                label={props.whatIf.label}
              />
            )}
            {residuals.map((i) => {
              const px = x(points[i]!.x);
              const py = y(points[i]!.y);
              const predicted = y(predictions[i] ?? NaN);
              return !Number.isFinite(px + py + predicted) ? null : (
                <line
                  key={i}
                  className={dense ? 'residual animated dense' : 'residual animated'}
                  x1={px}
                  x2={px}
                  y1={py}
                  y2={predicted}
                />
              );
            })}
          </g>
          {onCanvas ? (
            Number.isFinite(chosenX + chosenY) && (
              <circle
                className="data-point selected dense"
                cx={chosenX}
                cy={chosenY}
                r={(dotRadius(points.length) + 2) * dims.k}
              />
            )
          ) : (
            <DataPoints
              points={points}
              x={x}
              y={y}
              dims={dims}
              selected={props.selected}
              onPointClick={props.onPointClick}
              editing={editing}
              drag={drag}
              onDrag={setDrag}
              draggable={words.draggable}
              pointLabel={(i) => words.point(i + 1, points[i]!.x, points[i]!.y)}
            />
          )}
        </>
      )}
    </Plot>
  );
}
