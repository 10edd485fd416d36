import { roundTrip } from '../format/number';
import type { Column } from '../scenarios/scenario';

/** The history as CSV: the contract's header, then every value at full (round-trip) precision. */
export function historyCsv<T>(columns: readonly Column<T>[], history: readonly T[]): string {
  const lines = [columns.map((c) => c.csv).join(',')];
  for (const step of history) lines.push(columns.map((c) => roundTrip(c.value(step))).join(','));
  return `${lines.join('\n')}\n`;
}

/** Saves text as a file through a temporary link (works offline, no server). */
export function downloadText(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
