import { useSyncExternalStore } from 'react';
import { onChartsChange, recordableCharts } from '../common/recordableCharts';

/** The charts on the page that can be recorded, in page order: live, so charts still loading appear. */
export function useRecordableCharts(): readonly HTMLElement[] {
  return useSyncExternalStore(onChartsChange, recordableCharts, recordableCharts);
}

/** A chart's name in the dialog: its SVG's title, or null if it has none. */
export const chartTitle = (figure: HTMLElement): string | null =>
  figure.querySelector('svg > title')?.textContent ?? null;
