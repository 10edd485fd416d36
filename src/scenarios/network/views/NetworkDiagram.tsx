import { useMemo, useSyncExternalStore, type KeyboardEvent } from 'react';
import { textWidth } from '../../../charts/axisLayout';
import { labelTargets, networkLayout, type DiagramNode, type DiagramParameter, type LabelBox } from './networkLayout';
import { useChartDimensions } from '../../../charts/useChartDimensions';

export type { DiagramParameter } from './networkLayout';

export interface NetworkDiagramProps {
  readonly values: Readonly<Record<DiagramParameter, number>>;
  readonly gradient: Readonly<Record<DiagramParameter, number>>;
  /** Parameters that train; the others are drawn as fixed. */
  readonly trained: readonly DiagramParameter[];
  readonly selected: DiagramParameter;
  onSelect(name: DiagramParameter): void;
  /** Forward values per node, shown on hover: "x", "h1", "h2", "out". */
  readonly nodeNotes: Readonly<Record<DiagramNode, string>>;
  readonly format: (value: number) => string;
  /** The diagram's name, and a parameter's (a button): its value, gradient and whether it trains. */
  readonly title: string;
  parameterLabel(name: DiagramParameter, value: number, gradient: number, trained: boolean): string;
}

const NODE_LABELS: Record<DiagramNode, string> = { x: 'x', h1: 'softplus', h2: 'softplus', out: 'ŷ' };

const ORDER: readonly DiagramParameter[] = ['w1', 'b1', 'w2', 'b2', 'w3', 'w4', 'b3'];

/** The smallest target a finger hits reliably (WCAG 2.5.5), px. */
const TOUCH_TARGET = 44;

const COARSE = '(pointer: coarse)';
const coarseQuery = () => (typeof matchMedia === 'function' ? matchMedia(COARSE) : null);
function subscribeCoarse(change: () => void) {
  const query = coarseQuery();
  query?.addEventListener('change', change);
  return () => query?.removeEventListener('change', change);
}
/** Whether the main pointer is a finger: labels then take touch-sized targets. */
function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    subscribeCoarse,
    () => coarseQuery()?.matches ?? false,
    () => false,
  );
}

/**
 * The network as a diagram: edge width grows with |weight|, positive and negative differ by colour
 * and dash, fixed parameters are grey. Every weight and bias is a button that opens its chain rule.
 * Drawn at its real pixel size (networkLayout), so its type is the charts' type at any width.
 */
export function NetworkDiagram({
  values,
  gradient,
  trained,
  selected,
  onSelect,
  nodeNotes,
  format,
  title,
  parameterLabel,
}: NetworkDiagramProps) {
  const [ref, size] = useChartDimensions();
  const fs = size.fontSize;
  const layout = useMemo(() => networkLayout(size.width, fs), [size.width, fs]);
  const k = fs / 13;
  const labelSize = Math.round(fs * 1.05 * 10) / 10;
  const texts = useMemo(
    () =>
      Object.fromEntries(ORDER.map((name) => [name, `${name} = ${format(values[name])}`])) as Record<
        DiagramParameter,
        string
      >,
    [values, format],
  );
  // A label's whole box selects its parameter, not only the strokes of its glyphs: finger-sized
  // on a touch screen.
  const hitHeight = Math.max(labelSize * 1.6, useCoarsePointer() ? TOUCH_TARGET : 0);
  const labels = useMemo(() => {
    const boxes = {} as Record<DiagramParameter, LabelBox & { readonly squeeze: boolean }>;
    for (const name of ORDER) {
      const slot = layout.labels[name];
      // A label wider than its slot is drawn narrower rather than into its neighbour's.
      const natural = textWidth(texts[name], labelSize, true);
      const squeeze = natural > slot.width * 0.95;
      const width = squeeze ? slot.width : natural;
      const left = slot.anchor === 'start' ? slot.x : slot.anchor === 'end' ? slot.x - width : slot.x - width / 2;
      boxes[name] = { left, width, y: slot.y, squeeze };
    }
    return { boxes, targets: labelTargets(boxes, hitHeight) };
  }, [layout, texts, labelSize, hitHeight]);
  const keyed = (name: DiagramParameter) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(name);
    }
  };
  return (
    <div ref={ref} className="chart network-diagram" data-lesson-target="network-diagram">
      <svg role="group" aria-labelledby="network-title" width={layout.width} height={layout.height}>
        <title id="network-title">{title}</title>
        {ORDER.map((name) => {
          const { from, to } = layout.edges[name];
          const slot = layout.labels[name];
          const value = values[name];
          const isTrained = trained.includes(name);
          const width = (1.5 + Math.min(6, Math.abs(value) * 1.5)) * k;
          const sign = value >= 0 ? 'positive' : 'negative';
          const text = texts[name];
          const { squeeze } = labels.boxes[name];
          const target = labels.targets[name];
          return (
            <g
              key={name}
              role="button"
              tabIndex={0}
              aria-pressed={selected === name}
              aria-label={parameterLabel(name, value, gradient[name], isTrained)}
              className={`parameter ${sign}${isTrained ? '' : ' fixed'}${selected === name ? ' selected' : ''}`}
              onClick={() => onSelect(name)}
              onKeyDown={keyed(name)}
            >
              <line className="hit" x1={from[0]} y1={from[1]} x2={to[0]} y2={to[1]} />
              <line className="edge" x1={from[0]} y1={from[1]} x2={to[0]} y2={to[1]} strokeWidth={width} />
              <rect
                className="label-hit"
                x={target.x}
                y={target.y}
                width={target.width}
                height={target.height}
                fill="transparent"
              />
              <text
                x={slot.x}
                y={slot.y}
                dy="0.32em"
                fontSize={labelSize}
                textAnchor={slot.anchor}
                {...(squeeze && { textLength: slot.width, lengthAdjust: 'spacingAndGlyphs' })}
              >
                {text}
              </text>
            </g>
          );
        })}
        {(Object.keys(layout.nodes) as DiagramNode[]).map((key) => (
          <g key={key} className="node" transform={`translate(${layout.nodes[key][0]},${layout.nodes[key][1]})`}>
            <title>{nodeNotes[key]}</title>
            <circle r={layout.radius[key]} />
            <text dy="0.35em" textAnchor="middle" fontSize={key === 'x' || key === 'out' ? fs * 1.2 : fs * 0.95}>
              {NODE_LABELS[key]}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
