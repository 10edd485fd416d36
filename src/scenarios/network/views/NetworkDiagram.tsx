import { useMemo, type KeyboardEvent } from 'react';
import { textWidth } from '../../../charts/axisLayout';
import { networkLayout, type DiagramNode, type DiagramParameter } from './networkLayout';
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
  const keyed = (name: DiagramParameter) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(name);
    }
  };
  return (
    <div ref={ref} className="chart network-diagram">
      <svg role="group" aria-labelledby="network-title" width={layout.width} height={layout.height}>
        <title id="network-title">{title}</title>
        {ORDER.map((name) => {
          const { from, to } = layout.edges[name];
          const slot = layout.labels[name];
          const value = values[name];
          const isTrained = trained.includes(name);
          const width = (1.5 + Math.min(6, Math.abs(value) * 1.5)) * k;
          const sign = value >= 0 ? 'positive' : 'negative';
          const text = `${name} = ${format(value)}`;
          // A label wider than its slot is drawn narrower rather than into its neighbour's.
          const squeeze = textWidth(text, labelSize, true) > slot.width * 0.95;
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
