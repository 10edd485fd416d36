import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { layeredLayout, type LayoutLink } from './graphLayout';

/** What a node's box shows: all words and numbers come in as text, in the page's language. */
export interface DiagramNode {
  readonly label: string;
  /** The operation in a word or a sign (×, +, softplus, Σ), muted beside the label. */
  readonly op: string;
  /** "= 0.2400", or null while a forward walk has not reached it. */
  readonly value: string | null;
  /** "∂ -5.6000", or null until the backward pass reaches it. */
  readonly gradient: string | null;
  readonly kind: 'parameter' | 'data' | 'constant' | 'operation' | 'loss' | 'more';
  /** Its formula with the numbers plugged in: the tooltip and the accessible name. */
  readonly formula: string;
}

export interface DiagramEdge {
  /** The local derivative's value, written on the edge. */
  readonly label: string;
  readonly formula: string;
}

export interface GraphDiagramProps {
  /** The SVG's accessible name: "Computational graph of …". */
  readonly title: string;
  readonly nodes: readonly DiagramNode[];
  /** Stable while the graph's shape is: the layout is computed from it alone. */
  readonly links: readonly LayoutLink[];
  /** One per link, in the same order. */
  readonly edges: readonly DiagramEdge[];
  /** The node the walk-through is at, highlighted and scrolled into view. */
  readonly current: number | null;
}

export const GRAPH_SIZES = { nodeWidth: 124, nodeHeight: 54, layerGap: 56, rowGap: 18, margin: 8 } as const;
/** The drawing's unit is a twelfth of its font size, so presenter mode's larger type scales it. */
const UNIT_EM = 1 / 12;

type Item = { readonly kind: 'node' | 'edge'; readonly index: number };

/**
 * The computational graph, laid out left to right. One tab stop: the arrow keys walk its nodes,
 * each followed by the edges into it (forward order), and the focused or hovered one shows its
 * formula in a tooltip under the drawing, kept inside the panel.
 */
export function GraphDiagram({ title, nodes, links, edges, current }: GraphDiagramProps) {
  const layout = useMemo(() => layeredLayout(nodes.length, links, GRAPH_SIZES), [nodes.length, links]);
  const order = useMemo(() => {
    const into: number[][] = Array.from({ length: nodes.length }, () => []);
    links.forEach((link, e) => into[link.to]!.push(e));
    return into.flatMap((es, v): Item[] => [
      { kind: 'node', index: v },
      ...es.map((e) => ({ kind: 'edge', index: e }) as const),
    ]);
  }, [nodes.length, links]);
  const [focus, setFocus] = useState(0);
  const [active, setActive] = useState<Item | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const items = useRef(new Map<string, SVGGElement>());
  const focusAt = Math.min(focus, Math.max(0, order.length - 1));

  const move = (event: KeyboardEvent) => {
    const next = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key] ?? null;
    let to: number | null = next === null ? null : Math.max(0, Math.min(order.length - 1, focusAt + next));
    if (event.key === 'Home') to = 0;
    if (event.key === 'End') to = order.length - 1;
    if (to === null) return;
    event.preventDefault();
    setFocus(to);
    const item = order[to]!;
    items.current.get(`${item.kind}${item.index}`)?.focus();
  };

  useEffect(() => {
    if (current === null) return;
    const element = items.current.get(`node${current}`);
    // jsdom has no scrollIntoView; "nearest" scrolls only the graph's own box when it can.
    element?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [current]);

  const tip = useTooltip(
    frame,
    scroller,
    active === null ? null : (items.current.get(`${active.kind}${active.index}`) ?? null),
  );
  const tipText =
    active === null ? null : active.kind === 'node' ? nodes[active.index]?.formula : edges[active.index]?.formula;

  // One set of handlers for every node and edge, so a memoised box whose text is unchanged stays as it was.
  const handlers = useMemo(
    (): ItemHandlers => ({
      register: (key, element) => {
        if (element) items.current.set(key, element);
        else items.current.delete(key);
      },
      focused: (item, position) => {
        setFocus(position);
        setActive(item);
      },
      entered: (item) => setActive(item),
      left: () => setActive(null),
    }),
    [],
  );
  const positionOf = useMemo(() => {
    const map = new Map<string, number>();
    order.forEach((item, i) => map.set(`${item.kind}${item.index}`, i));
    return map;
  }, [order]);
  return (
    <div className="graph-frame" ref={frame}>
      <div className="graph-scroll" ref={scroller}>
        <svg
          role="group"
          aria-label={title}
          className="graph-diagram"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          style={{ width: `${layout.width * UNIT_EM}em`, height: `${layout.height * UNIT_EM}em` }}
          onKeyDown={move}
        >
          <defs>
            <marker
              id="graph-arrow"
              viewBox="0 0 8 8"
              refX="8"
              refY="4"
              markerWidth="7"
              markerHeight="7"
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <path d="M0,0 L8,4 L0,8 z" className="graph-arrow-head" />
            </marker>
          </defs>
          {links.map((_, e) => {
            const position = positionOf.get(`edge${e}`)!;
            return (
              <EdgeMark
                key={`e${e}`}
                index={e}
                position={position}
                tabbable={position === focusAt}
                active={active?.kind === 'edge' && active.index === e}
                path={layout.paths[e]!}
                labelX={layout.labelX[e]!}
                labelY={layout.labelY[e]!}
                label={edges[e]!.label}
                formula={edges[e]!.formula}
                handlers={handlers}
              />
            );
          })}
          {nodes.map((node, v) => {
            const position = positionOf.get(`node${v}`)!;
            return (
              <NodeBox
                key={`n${v}`}
                index={v}
                position={position}
                tabbable={position === focusAt}
                current={v === current}
                x={layout.x[v]!}
                y={layout.y[v]!}
                {...node}
                handlers={handlers}
              />
            );
          })}
        </svg>
      </div>
      {tipText && tip && (
        <div
          className="graph-tooltip"
          aria-hidden="true"
          style={{ left: tip.left, top: tip.top, maxWidth: tip.maxWidth }}
        >
          {tipText}
        </div>
      )}
    </div>
  );
}

interface ItemHandlers {
  readonly register: (key: string, element: SVGGElement | null) => void;
  readonly focused: (item: Item, position: number) => void;
  readonly entered: (item: Item) => void;
  readonly left: () => void;
}

interface ItemProps {
  readonly index: number;
  /** Its place in the arrow keys' order. */
  readonly position: number;
  readonly tabbable: boolean;
  readonly handlers: ItemHandlers;
}

function itemEvents(item: Item, position: number, tabbable: boolean, handlers: ItemHandlers) {
  const key = `${item.kind}${item.index}`;
  return {
    ref: (element: SVGGElement | null) => handlers.register(key, element),
    tabIndex: tabbable ? 0 : -1,
    onFocus: () => handlers.focused(item, position),
    onBlur: handlers.left,
    onMouseEnter: () => handlers.entered(item),
    onMouseLeave: handlers.left,
  };
}

/** One edge: memoised on its numbers, so a Step redraws only the edges whose local derivative moved. */
const EdgeMark = memo(function EdgeMark({
  index,
  position,
  tabbable,
  handlers,
  active,
  path,
  labelX,
  labelY,
  label,
  formula,
}: ItemProps & {
  readonly active: boolean;
  readonly path: string;
  readonly labelX: number;
  readonly labelY: number;
  readonly label: string;
  readonly formula: string;
}) {
  return (
    <g
      className={`graph-edge${active ? ' active' : ''}`}
      role="img"
      aria-label={formula}
      {...itemEvents({ kind: 'edge', index }, position, tabbable, handlers)}
    >
      <path d={path} markerEnd="url(#graph-arrow)" />
      <path d={path} className="graph-edge-hit" />
      <text x={labelX} y={labelY} dy="-0.3em" textAnchor="middle" aria-hidden="true">
        {label}
      </text>
    </g>
  );
});

/** One node's box: memoised on its words and numbers, so a node whose value did not change is not redrawn. */
const NodeBox = memo(function NodeBox({
  index,
  position,
  tabbable,
  handlers,
  current,
  x,
  y,
  label,
  op,
  value,
  gradient,
  kind,
  formula,
}: ItemProps & DiagramNode & { readonly current: boolean; readonly x: number; readonly y: number }) {
  const { nodeWidth: w, nodeHeight: h } = GRAPH_SIZES;
  const classes = ['graph-node', `graph-node-${kind}`];
  if (current) classes.push('current');
  return (
    <g
      className={classes.join(' ')}
      transform={`translate(${x},${y})`}
      role="img"
      aria-label={formula}
      aria-current={current ? 'step' : undefined}
      {...itemEvents({ kind: 'node', index }, position, tabbable, handlers)}
    >
      <rect width={w} height={h} rx={6} />
      <g aria-hidden="true">
        <text x={8} y={16} className="graph-node-label">
          {label}
        </text>
        <text x={w - 8} y={16} textAnchor="end" className="graph-node-op">
          {op}
        </text>
        {value !== null && (
          <text x={8} y={32} className="graph-node-value">
            {value}
          </text>
        )}
        {gradient !== null && (
          <text x={8} y={47} className="graph-node-gradient">
            {gradient}
          </text>
        )}
      </g>
    </g>
  );
});

/**
 * Where the tooltip goes: in the strip kept free under the drawing, so it never covers a node
 * (drawn beside the box, it hid the one below it, or the next column's), its left edge under the
 * element and moved in so that it never crosses the frame's sides, whatever the graph's scroll.
 */
function useTooltip(
  frame: React.RefObject<HTMLDivElement | null>,
  scroller: React.RefObject<HTMLDivElement | null>,
  target: Element | null,
) {
  const [place, setPlace] = useState<{ left: number; top: number; maxWidth: number } | null>(null);
  useLayoutEffect(() => {
    const box = frame.current;
    const drawing = scroller.current;
    if (!box || !drawing || !target) {
      setPlace(null);
      return;
    }
    const outer = box.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    const maxWidth = Math.max(120, Math.min(360, outer.width - 8));
    const left = Math.max(4, Math.min(rect.left - outer.left, outer.width - maxWidth - 4));
    const top = drawing.getBoundingClientRect().bottom - outer.top + 4;
    setPlace({ left, top, maxWidth });
  }, [frame, scroller, target]);
  return place;
}
