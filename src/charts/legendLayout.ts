import { textWidth } from './axisLayout';

/** Where one legend entry goes: its symbol's centre line (y), its left edge, its text lines. */
export interface PlacedEntry {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
}

export interface LegendLayout {
  readonly entries: readonly PlacedEntry[];
  /** The height the legend takes, px. */
  readonly height: number;
}

/**
 * A label as its width is reckoned: textWidth counts every digit alike, so labels that differ only
 * in their digits ("slope -15.3750", "slope -15.3601") lay out alike, and a step that only changes
 * a legend's numbers keeps the plot's layout (and all that is memoised on it).
 */
export const widthShape = (label: string): string => label.replace(/[0-9]/g, '0');

/**
 * `label` broken into lines where `like` (its widthShape laid out, or another label's of the same
 * shape) breaks. The shapes match character for character, so each line is found in the shape
 * and cut from the label at the same place: spaces dropped at a break stay dropped.
 */
export function linesLike(label: string, like: readonly string[]): string[] {
  if (like.length === 1) return [label];
  const shape = widthShape(label);
  let at = 0;
  return like.map((line) => {
    const start = Math.max(at, shape.indexOf(line, at));
    at = start + line.length;
    return label.slice(start, at);
  });
}

/** Room for an entry's symbol (a line, a cross, a dot) and the gap after it, px at 13 px type. */
export const SYMBOL = 24;
const SYMBOL_GAP = 6;

/** A label broken at spaces into lines no wider than `width` (a word longer than that keeps its line). */
export function wrapText(label: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * A legend laid out above a plot `width` px wide: entries flow left to right and onto a new row
 * when the next would not fit; an entry wider than the whole width wraps its text at spaces.
 * Drawn outside the plot, it can never cover what the plot shows, and nothing is cut.
 */
export function legendLayout(labels: readonly string[], width: number, fontSize: number, bold = false): LegendLayout {
  const line = Math.round(fontSize * 1.45);
  const symbol = (SYMBOL * fontSize) / 13;
  const textRoom = Math.max(fontSize * 4, width - symbol - SYMBOL_GAP);
  const entries: PlacedEntry[] = [];
  let x = 0;
  let rowTop = 0;
  let rowHeight = 0;
  for (const label of labels) {
    const lines = wrapText(label, textRoom, fontSize, bold);
    const entryWidth = symbol + SYMBOL_GAP + Math.max(...lines.map((l) => textWidth(l, fontSize, bold)));
    if (x > 0 && x + entryWidth > width) {
      rowTop += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    entries.push({ x, y: rowTop + line / 2, lines });
    rowHeight = Math.max(rowHeight, lines.length * line);
    x += entryWidth + fontSize * 1.2;
  }
  return { entries, height: rowTop + rowHeight };
}
