import { useMemo, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { extent, scaleLinear } from 'd3';
import { pairPath } from './linePath';
import { PlotAxes } from './PlotAxes';
import { ChartSvg } from './ChartSvg';
import { paddedExtent } from './extent';
import { useChartDimensions } from './useChartDimensions';
import { useGrowingDomain } from './useStableDomain';
import { verticalTicks } from './axisLayout';
import { legendOrigin } from './plotLayout';
import { usePlotFrame } from './usePlotFrame';
import { Legend, type LegendEntry } from './Legend';
import { t } from '../i18n/i18n';
import { plain } from '../format/number';
import { WhatIfMarks, type WhatIf } from './WhatIfMarks';
import type { PointEditing } from './pointEditing';

type Domain = readonly [number, number];

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
  /** A highlighted point (the chain-rule panel's sample). */
  readonly selected?: number;
  /** Picks a point by clicking it (the panel's "Sample" select does the same by keyboard). */
  onPointClick?(index: number): void;
  readonly editing?: PointEditing;
  /**
   * What the view was drawn for (the settings): while it stays the same the y view only grows;
   * a new one, new points, or the run back at its start draw the view afresh.
   */
  readonly viewKey?: unknown;
  /** The fitted curve after the next step at a learning rate being chosen. */
  readonly whatIf?: WhatIf | null;
}

/** A scale's domain as a pair (a linear scale's domain always has two ends). */
const domainOf = (scale: { domain(): number[] }): Domain => {
  const [lo = 0, hi = 1] = scale.domain();
  return [lo, hi];
};

/** A dragged coordinate, rounded to a thousandth of the view so links stay short. */
function snap(value: number, [lo, hi]: Domain): number {
  const step = Math.pow(10, Math.floor(Math.log10(Math.max(hi - lo, 1e-9))) - 3);
  return Number((Math.round(value / step) * step).toPrecision(12));
}

/** A curve point's y where it is finite (d3's extent skips undefined). */
const finiteY = (p: readonly [number, number]) => (Number.isFinite(p[1]) ? p[1] : undefined);

/**
 * A data dot's radius (px at 13 px type): 7 while there are few points, shrinking with their
 * number from 20 on, to 3 from about 110, so a large data set reads as points around the fitted
 * curve rather than one blob that hides it.
 */
export const dotRadius = (count: number): number => Math.max(3, Math.min(7, 7 * Math.sqrt(20 / Math.max(1, count))));

export function FitChart(props: FitChartProps) {
  const { points, predictions, curve, previousCurve, editing } = props;
  const liftNow = props.lift?.now ?? 0;
  const liftBefore = props.lift?.before ?? 0;
  const [ref, size] = useChartDimensions();
  // While a point is dragged the view holds still, so the point stays under the pointer.
  const [drag, setDrag] = useState<{ index: number; x: Domain; y: Domain } | null>(null);

  const xDomain = drag?.x ?? props.xDomain;
  // The curves' own extents are taken once per shape; a Step only lifts them.
  const curveExtent = useMemo(() => extent(curve, finiteY), [curve]);
  const previousExtent = useMemo(() => (previousCurve ? extent(previousCurve, finiteY) : []), [previousCurve]);
  const yExtent = useMemo(() => {
    const ys = [
      ...points.map((p) => p.y),
      ...curveExtent.map((v) => (v === undefined ? NaN : v + liftNow)),
      ...previousExtent.map((v) => (v === undefined ? NaN : v + liftBefore)),
    ];
    return paddedExtent(ys, 0.06);
  }, [points, curveExtent, previousExtent, liftNow, liftBefore]);
  const grown = useGrowingDomain(yExtent, [points, props.viewKey], previousCurve === null);
  const yDomain = drag?.y ?? grown;
  const yTicks = useMemo(
    () => (h: number) => verticalTicks(scaleLinear().domain(yDomain).range([h, 0]).nice(), h, size.fontSize),
    [yDomain, size.fontSize],
  );
  const entries: LegendEntry[] = [
    { label: props.curveLabel, symbol: <line x1={-12} x2={12} className="fit-curve" /> },
    ...(previousCurve
      ? [{ label: t('charts.fit.before'), symbol: <line x1={-12} x2={12} className="fit-previous" /> }]
      : []),
  ];
  const { layout, dims } = usePlotFrame(
    size,
    yTicks,
    xDomain,
    entries.map((e) => e.label),
  );
  const x = useMemo(() => scaleLinear().domain(xDomain).range([0, dims.innerWidth]), [xDomain, dims.innerWidth]);
  const y = useMemo(
    () => scaleLinear().domain(yDomain).range([dims.innerHeight, 0]).nice(),
    [yDomain, dims.innerHeight],
  );
  const curvePath = useMemo(() => pairPath(curve, x, y), [curve, x, y]);
  const dot = dotRadius(points.length);
  const dense = dot < 5;
  const previousPath = useMemo(() => previousCurve && pairPath(previousCurve, x, y), [previousCurve, x, y]);
  /** The shift that lifts a path by `lift` in data units (y is linear: y(v + lift) = y(v) + shift). */
  const lifted = (lift: number) => (lift === 0 ? undefined : `translate(0,${y(lift) - y(0)})`);

  /** The data coordinates under a pointer event. */
  const pointerToData = (event: MouseEvent<Element>): [number, number] => {
    const svg = (event.currentTarget as SVGElement).ownerSVGElement ?? (event.currentTarget as SVGSVGElement);
    const box = svg.getBoundingClientRect();
    const px = event.clientX - box.left - dims.left;
    const py = event.clientY - box.top - dims.top;
    return [snap(x.invert(px), domainOf(x)), snap(y.invert(py), domainOf(y))];
  };

  const onPointerDown = (index: number) => (event: PointerEvent<SVGGElement>) => {
    props.onPointClick?.(index);
    if (!editing) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ index, x: domainOf(x), y: domainOf(y) });
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    if (!drag || !editing) return;
    const [px, py] = pointerToData(event);
    editing.onMove(drag.index, px, py);
  };
  const endDrag = () => setDrag(null);

  const onKeyDown = (index: number) => (event: KeyboardEvent<SVGGElement>) => {
    if (!editing) return;
    const point = points[index]!;
    const [x0, x1] = domainOf(x);
    const [y0, y1] = domainOf(y);
    const factor = event.shiftKey ? 0.1 : 0.01;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-(x1 - x0) * factor, 0],
      ArrowRight: [(x1 - x0) * factor, 0],
      ArrowUp: [0, (y1 - y0) * factor],
      ArrowDown: [0, -(y1 - y0) * factor],
    };
    const move = moves[event.key];
    if (move) {
      editing.onMove(index, snap(point.x + move[0], [x0, x1]), snap(point.y + move[1], [y0, y1]));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      editing.onRemove(index);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <ChartSvg
      chartRef={ref}
      dims={dims}
      title={props.title}
      description={props.description}
      role={editing ? 'group' : 'img'}
      className={editing ? 'editable' : undefined}
    >
      {(clip) => (
        <>
          <PlotAxes
            x={x}
            y={y}
            dims={dims}
            layout={layout}
            fontSize={size.fontSize}
            xLabel={props.xLabel}
            yLabel={props.yLabel}
          />
          {editing && (
            <rect
              className="add-area"
              width={dims.innerWidth}
              height={dims.innerHeight}
              // A click, not a pointer-down: a finger that pans the page across the chart adds nothing.
              onClick={(event) => {
                const [px, py] = pointerToData(event);
                editing.onAdd(px, py);
              }}
            />
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
            {points.map((p, i) => {
              const predicted = predictions[i];
              return predicted === undefined || !Number.isFinite(predicted) ? null : (
                <line
                  key={i}
                  className={dense ? 'residual animated dense' : 'residual animated'}
                  x1={x(p.x)}
                  x2={x(p.x)}
                  y1={y(p.y)}
                  y2={y(predicted)}
                />
              );
            })}
          </g>
          {points.map((p, i) => {
            const interactive = Boolean(props.onPointClick || editing);
            return (
              // The focusable, touchable element is a 46 × 46 px target (WCAG 2.5.5 asks 44) around a
              // small dot: a finger can take a point without covering its neighbours' dots.
              <g
                key={i}
                className={`point-target${interactive ? ' clickable' : ''}`}
                transform={`translate(${x(p.x)},${y(p.y)})`}
                onPointerDown={onPointerDown(i)}
                onPointerMove={onPointerMove}
                onPointerUp={endDrag}
                onPointerCancel={endDrag}
                {...(editing && {
                  tabIndex: 0,
                  role: 'button',
                  'aria-roledescription': t('charts.fit.draggable'),
                  'aria-label': t('charts.fit.point', {
                    point: i + 1,
                    xName: props.xLabel.toLowerCase(),
                    x: plain(p.x),
                    yName: props.yLabel.toLowerCase(),
                    y: plain(p.y),
                  }),
                  onKeyDown: onKeyDown(i),
                })}
              >
                {interactive && <circle className="point-hit" r={23} />}
                <circle
                  className={`data-point${i === props.selected ? ' selected' : ''}${dense ? ' dense' : ''}`}
                  r={(dot + (i === props.selected ? 2 : 0)) * dims.k}
                />
              </g>
            );
          })}
          <Legend
            entries={entries}
            layout={layout.legend}
            fontSize={size.fontSize}
            origin={legendOrigin(layout.margins)}
          />
        </>
      )}
    </ChartSvg>
  );
}
