import { lazy, Suspense, useState } from 'react';
import type { Data } from '../../engine/point';
import { MAX_POINTS, nextPoint } from '../../scenarios/data';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../../store/selectors';

// The x/y table loads when first opened: most sessions edit on the chart or not at all.
const DataTable = lazy(() => import('./DataTable').then((m) => ({ default: m.DataTable })));

/**
 * The data, editable by keyboard: add, remove, reset, and a table of x/y fields. The chart offers
 * the same by pointer (drag, click to add) and by arrow keys on a focused point.
 */
export function DataEditor() {
  const scenario = useActiveScenario();
  const settings = useActiveSettings();
  const setData = useDescent((s) => s.setData);
  const dataError = useDescent((s) => s.dataError);
  const [open, setOpen] = useState(false);
  const data: Data = settings.data;
  const isSeed = data === scenario.defaults.data;

  return (
    <section className="panel data-editor" aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <p className="field-hint">
        {data.length} {data.length === 1 ? 'point' : 'points'}. Drag a point on the chart (or focus it and use the arrow
        keys), click empty space to add one, Delete removes the focused one. Editing starts over.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => setData([...data, nextPoint(data)])} disabled={data.length >= MAX_POINTS}>
          Add point
        </button>
        <button type="button" onClick={() => setData(scenario.defaults.data)} disabled={isSeed}>
          Reset data
        </button>
      </div>
      {dataError && (
        <p className="field-error" role="alert">
          {dataError} The data is unchanged.
        </p>
      )}
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Edit the points as a table</summary>
        {open && (
          <Suspense fallback={<p>Loading…</p>}>
            <DataTable data={data} onChange={setData} />
          </Suspense>
        )}
      </details>
    </section>
  );
}
