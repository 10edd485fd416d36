/*
 * The charts a recording can draw: each ChartFrame registers its <figure> while it is on the page,
 * so the recorder is handed the charts themselves rather than finding them by a CSS query. The
 * list is kept in page order, whatever order the charts mounted in.
 */
type Listener = () => void;

let charts: readonly HTMLElement[] = [];
const listeners = new Set<Listener>();

function changed(next: readonly HTMLElement[]) {
  charts = next;
  for (const listener of listeners) listener();
}

const pageOrder = (a: HTMLElement, b: HTMLElement) =>
  a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/** Adds a chart's figure (already in the page); returns the function that removes it again. */
export function registerChart(figure: HTMLElement): () => void {
  changed([...charts, figure].sort(pageOrder));
  return () => changed(charts.filter((chart) => chart !== figure));
}

/** The registered figures in page order: the same array until one comes or goes. */
export const recordableCharts = (): readonly HTMLElement[] => charts;

export function onChartsChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
