import type { ReactNode } from 'react';
import { linesLike, SYMBOL, type LegendLayout } from './legendLayout';

export interface LegendEntry {
  readonly label: string;
  /** The entry's mark, drawn centred on (0, 0) in a box SYMBOL px wide at 13 px type. */
  readonly symbol: ReactNode;
  /** Extra class for the text (a colour that matches its mark). */
  readonly className?: string;
}

/**
 * A legend drawn where `legendLayout` placed its entries (above the plot, never over it), the
 * layout made for labels of the same widths (widthShape), the text the entries' own. The
 * `legend` class gives its text the halo and colour the export carries along.
 */
export function Legend({
  entries,
  layout,
  fontSize,
  origin,
}: {
  readonly entries: readonly LegendEntry[];
  readonly layout: LegendLayout;
  readonly fontSize: number;
  /** Top left of the legend band, in plot coordinates (negative: above the plot). */
  readonly origin: { readonly x: number; readonly y: number };
}) {
  const symbol = (SYMBOL * fontSize) / 13;
  const line = Math.round(fontSize * 1.45);
  return (
    <g className="legend" transform={`translate(${origin.x},${origin.y})`} pointerEvents="none">
      {entries.map((entry, i) => {
        const placed = layout.entries[i];
        if (!placed) return null;
        return (
          <g key={i} transform={`translate(${placed.x},${placed.y})`}>
            <g transform={`translate(${symbol / 2},0) scale(${fontSize / 13})`}>{entry.symbol}</g>
            <text className={entry.className}>
              {linesLike(entry.label, placed.lines).map((l, j) => (
                <tspan key={j} x={symbol + 6} dy={j === 0 ? '0.32em' : line}>
                  {l}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
