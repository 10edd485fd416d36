import { roundTrip } from '../../format/number';
import type { Column } from '../../scenarios/scenario';

/** The history as CSV: the contract's header, then every value at full (round-trip) precision. */
export function historyCsv<T>(columns: readonly Column<T>[], history: readonly T[]): string {
  const lines = [columns.map((c) => c.csv).join(',')];
  for (const step of history) lines.push(columns.map((c) => roundTrip(c.value(step))).join(','));
  return `${lines.join('\n')}\n`;
}

/** Saves a blob as a file through a temporary link (works offline, no server). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadText(filename: string, type: string, text: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** `descent-bias-iter-5` (+ `-ssr`): scenario and iteration in every exported file's name. */
export function exportName(scenario: string, iteration: number, part?: string): string {
  return `descent-${scenario}-iter-${iteration}${part ? `-${part}` : ''}`;
}
