import type { KeyboardEvent } from 'react';

export type DiagramParameter = 'w1' | 'b1' | 'w2' | 'b2' | 'w3' | 'w4' | 'b3';

export interface NetworkDiagramProps {
  readonly values: Readonly<Record<DiagramParameter, number>>;
  readonly gradient: Readonly<Record<DiagramParameter, number>>;
  /** Parameters that train; the others are drawn as fixed. */
  readonly trained: readonly DiagramParameter[];
  readonly selected: DiagramParameter;
  onSelect(name: DiagramParameter): void;
  /** Forward values per node, shown on hover: "x", "h1", "h2", "out". */
  readonly nodeNotes: Readonly<Record<'x' | 'h1' | 'h2' | 'out', string>>;
  readonly format: (value: number) => string;
}

const NODES = {
  x: { x: 80, y: 160, label: 'x' },
  h1: { x: 320, y: 80, label: 'softplus' },
  h2: { x: 320, y: 240, label: 'softplus' },
  out: { x: 560, y: 160, label: 'ŷ' },
} as const;

/** Each parameter: the segment it is drawn on and where its label sits. */
const SHAPES: Record<DiagramParameter, { from: [number, number]; to: [number, number]; label: [number, number] }> = {
  w1: { from: [NODES.x.x, NODES.x.y], to: [NODES.h1.x, NODES.h1.y], label: [190, 100] },
  w2: { from: [NODES.x.x, NODES.x.y], to: [NODES.h2.x, NODES.h2.y], label: [190, 232] },
  w3: { from: [NODES.h1.x, NODES.h1.y], to: [NODES.out.x, NODES.out.y], label: [450, 100] },
  w4: { from: [NODES.h2.x, NODES.h2.y], to: [NODES.out.x, NODES.out.y], label: [450, 232] },
  b1: { from: [NODES.h1.x, 18], to: [NODES.h1.x, NODES.h1.y - 28], label: [NODES.h1.x + 14, 24] },
  b2: { from: [NODES.h2.x, 302], to: [NODES.h2.x, NODES.h2.y + 28], label: [NODES.h2.x + 14, 300] },
  b3: { from: [NODES.out.x, 104], to: [NODES.out.x, NODES.out.y - 28], label: [NODES.out.x, 94] },
};

const ORDER: readonly DiagramParameter[] = ['w1', 'b1', 'w2', 'b2', 'w3', 'w4', 'b3'];

/**
 * The network as a diagram: edge width grows with |weight|, positive and negative differ by colour
 * and dash, fixed parameters are grey. Every weight and bias is a button that opens its chain rule.
 */
export function NetworkDiagram({
  values,
  gradient,
  trained,
  selected,
  onSelect,
  nodeNotes,
  format,
}: NetworkDiagramProps) {
  const keyed = (name: DiagramParameter) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(name);
    }
  };
  return (
    <div className="chart network-diagram">
      <svg role="group" aria-labelledby="network-title" viewBox="0 0 640 320" width="100%">
        <title id="network-title">Network diagram: choose a weight or bias to see its chain rule</title>
        {ORDER.map((name) => {
          const { from, to, label } = SHAPES[name];
          const value = values[name];
          const isTrained = trained.includes(name);
          const width = 1.5 + Math.min(6, Math.abs(value) * 1.5);
          const sign = value >= 0 ? 'positive' : 'negative';
          return (
            <g
              key={name}
              role="button"
              tabIndex={0}
              aria-pressed={selected === name}
              aria-label={`${name} = ${format(value)}, gradient ${format(gradient[name])}${isTrained ? '' : ', fixed'}. Show its chain rule.`}
              className={`parameter ${sign}${isTrained ? '' : ' fixed'}${selected === name ? ' selected' : ''}`}
              onClick={() => onSelect(name)}
              onKeyDown={keyed(name)}
            >
              <line className="hit" x1={from[0]} y1={from[1]} x2={to[0]} y2={to[1]} />
              <line className="edge" x1={from[0]} y1={from[1]} x2={to[0]} y2={to[1]} strokeWidth={width} />
              <text x={label[0]} y={label[1]} textAnchor={name === 'b1' || name === 'b2' ? 'start' : 'middle'}>
                {name} = {format(value)}
              </text>
            </g>
          );
        })}
        {(Object.keys(NODES) as (keyof typeof NODES)[]).map((key) => (
          <g key={key} className="node" transform={`translate(${NODES[key].x},${NODES[key].y})`}>
            <title>{nodeNotes[key]}</title>
            <circle r={28} />
            <text dy="0.35em" textAnchor="middle">
              {NODES[key].label}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
