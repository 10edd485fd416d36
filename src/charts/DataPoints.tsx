import type { KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import type { ScaleContinuousNumeric } from 'd3';
import type { PointEditing } from './pointEditing';
import type { Dimensions } from './useChartDimensions';

type Domain = readonly [number, number];
type Scale = ScaleContinuousNumeric<number, number>;

/** The view a drag holds still (so the point stays under the pointer), and the point dragged. */
export interface Drag {
  readonly index: number;
  readonly x: Domain;
  readonly y: Domain;
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

/** The data coordinates under a pointer event on the plot. */
function pointerToData(event: MouseEvent<Element>, x: Scale, y: Scale, dims: Dimensions): [number, number] {
  const svg = (event.currentTarget as SVGElement).ownerSVGElement ?? (event.currentTarget as SVGSVGElement);
  const box = svg.getBoundingClientRect();
  const px = event.clientX - box.left - dims.left;
  const py = event.clientY - box.top - dims.top;
  return [snap(x.invert(px), domainOf(x)), snap(y.invert(py), domainOf(y))];
}

/**
 * A data dot's radius (px at 13 px type): 7 while there are few points, shrinking with their
 * number from 20 on, to 3 from about 110, so a large data set reads as points around the fitted
 * curve rather than one blob that hides it.
 */
export const dotRadius = (count: number): number => Math.max(3, Math.min(7, 7 * Math.sqrt(20 / Math.max(1, count))));

interface Placed {
  readonly x: Scale;
  readonly y: Scale;
  readonly dims: Dimensions;
}

/** The plot's background while the points are editable: a click adds a point there. */
export function AddArea({ x, y, dims, editing }: Placed & { readonly editing: PointEditing }) {
  return (
    <rect
      className="add-area"
      width={dims.innerWidth}
      height={dims.innerHeight}
      // A click, not a pointer-down: a finger that pans the page across the chart adds nothing.
      onClick={(event) => {
        const [px, py] = pointerToData(event, x, y, dims);
        editing.onAdd(px, py);
      }}
    />
  );
}

interface DataPointsProps extends Placed {
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** A highlighted point (the chain-rule panel's sample). */
  readonly selected?: number;
  onPointClick?(index: number): void;
  readonly editing?: PointEditing;
  readonly drag: Drag | null;
  onDrag(drag: Drag | null): void;
  /** The words of an editable point: its role and its name ("Point 1: dosage 0, …"). */
  readonly draggable: string;
  pointLabel(index: number): string;
}

/** The data dots: a click picks one; while editable, a drag or the arrow keys move it, Delete removes it. */
export function DataPoints({ points, x, y, dims, editing, drag, onDrag, ...props }: DataPointsProps) {
  const dot = dotRadius(points.length);
  const dense = dot < 5;
  const onPointerDown = (index: number) => (event: PointerEvent<SVGGElement>) => {
    props.onPointClick?.(index);
    if (!editing) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    onDrag({ index, x: domainOf(x), y: domainOf(y) });
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    if (!drag || !editing) return;
    const [px, py] = pointerToData(event, x, y, dims);
    editing.onMove(drag.index, px, py);
  };
  const endDrag = () => onDrag(null);

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
    <>
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
              'aria-roledescription': props.draggable,
              'aria-label': props.pointLabel(i),
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
    </>
  );
}
