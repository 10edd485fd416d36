import { useState } from 'react';
import type { Data } from '../engine/point';
import { COORDINATE_LIMIT, MAX_POINTS, movePoint, nextPoint, removePoint } from '../scenarios/data';
import { useDescent } from '../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../store/selectors';
import { NumberField } from './NumberField';

const RANGE = { min: -COORDINATE_LIMIT, max: COORDINATE_LIMIT };

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
          <table className="data-table">
            <caption className="visually-hidden">Data points</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">x</th>
                <th scope="col">y</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((p, i) => (
                <tr key={`${i}-${data.length}`}>
                  <th scope="row">{i + 1}</th>
                  <td>
                    <NumberField
                      label={`Point ${i + 1} x`}
                      className="compact"
                      value={p.x}
                      step={0.1}
                      {...RANGE}
                      onCommit={(x) => setData(movePoint(data, i, { x, y: p.y }))}
                    />
                  </td>
                  <td>
                    <NumberField
                      label={`Point ${i + 1} y`}
                      className="compact"
                      value={p.y}
                      step={0.1}
                      {...RANGE}
                      onCommit={(y) => setData(movePoint(data, i, { x: p.x, y }))}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="small"
                      aria-label={`Remove point ${i + 1}`}
                      onClick={() => setData(removePoint(data, i))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </section>
  );
}
