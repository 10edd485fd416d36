import { lazy, Suspense, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Data } from '../../engine/point';
import { MAX_POINTS, nextPoint } from '../../scenarios/data';
import { dataSetsOf, matchingSet, standardizeMessage, standardizeX, xNeedsScaling } from '../../scenarios/dataSets';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../../store/selectors';
import { downloadText } from '../output/download';
import { useImportRequest } from './importRequest';

// The x/y table loads when first opened: most sessions edit on the chart or not at all.
const DataTable = lazy(() => import('./DataTable').then((m) => ({ default: m.DataTable })));
// So does the import dialog, with its CSV parser.
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

const OWN = 'own';

/**
 * The data, editable by keyboard: ready-made sets, import and download as CSV, add, remove, reset,
 * and a table of x/y fields. The chart offers the same by pointer (drag, click to add, drop a file)
 * and by arrow keys on a focused point.
 */
export function DataEditor() {
  const id = useId();
  const scenario = useActiveScenario();
  const settings = useActiveSettings();
  const setData = useDescent((s) => s.setData);
  const replaceData = useDescent((s) => s.replaceData);
  const dataError = useDescent((s) => s.dataError);
  const undoable = useDescent((s) => s.undoable);
  const importOpen = useImportRequest((s) => s.open);
  const importFile = useImportRequest((s) => s.file);
  const importId = useImportRequest((s) => s.id);
  const showImport = useImportRequest((s) => s.show);
  const closeImport = useImportRequest((s) => s.close);
  const [open, setOpen] = useState(false);
  const [scaleError, setScaleError] = useState<string | null>(null);
  const data: Data = settings.data;
  const isSeed = data === scenario.defaults.data;
  const sets = dataSetsOf(scenario);
  const current = matchingSet(sets, data);
  const safeRate = scenario.bands(settings).divergesAbove;
  const slowest = scenario.learningRate.min;
  const needsScaling = xNeedsScaling(data, safeRate, slowest);

  const chooseSet = (value: string) => {
    const set = sets.find((s) => s.id === value);
    if (set) replaceData(set.data, `Data set “${set.label}”: ${set.data.length} points; the run starts over on them.`);
  };
  const standardize = () => {
    const result = standardizeX(data);
    if (!result.ok) return setScaleError(result.error);
    setScaleError(null);
    replaceData(result.value.data, standardizeMessage(result.value));
  };

  return (
    <section className="panel data-editor" aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <div className="field">
        <label htmlFor={`${id}-set`}>Data set</label>
        <select
          id={`${id}-set`}
          value={current?.id ?? OWN}
          aria-describedby={`${id}-set-about`}
          onChange={(e) => chooseSet(e.target.value)}
        >
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.label}
            </option>
          ))}
          {!current && (
            <option value={OWN} disabled>
              Your own data
            </option>
          )}
        </select>
        <p className="field-hint" id={`${id}-set-about`}>
          {current?.description ?? 'Points you edited, imported or standardized.'}
        </p>
      </div>
      {needsScaling && (
        <div className="scaling-hint">
          <p>
            {safeRate < slowest
              ? `With this x the safe learning rates end at ${safeRate.toPrecision(2)}, below the slider’s lowest ` +
                `${slowest}: every rate it offers diverges. Features are scaled for this reason.`
              : 'x runs into the hundreds or more, far from the scale the model was made for.'}
          </p>
          <button type="button" onClick={standardize}>
            Standardize x
          </button>
          {scaleError && (
            <p className="field-error" role="alert">
              {scaleError}
            </p>
          )}
        </div>
      )}
      <p className="field-hint">
        {data.length} {data.length === 1 ? 'point' : 'points'}. Drag a point on the chart (or focus it and use the arrow
        keys), click empty space to add one, Delete removes the focused one, drop a CSV file on the chart to import it.
        Editing starts over.
      </p>
      <div className="button-row">
        <button type="button" id="import-data" onClick={() => showImport()}>
          Import data
        </button>
        <button
          type="button"
          onClick={async () => {
            // The CSV module (with d3's parser) loads on first use, as the import dialog does.
            const { dataToCsv } = await import('../../scenarios/dataCsv');
            downloadText(`descent-${scenario.id}-data.csv`, 'text/csv', dataToCsv(data));
          }}
        >
          Download data
        </button>
      </div>
      <div className="button-row">
        <button type="button" onClick={() => setData([...data, nextPoint(data)])} disabled={data.length >= MAX_POINTS}>
          Add point
        </button>
        <button
          type="button"
          onClick={() => replaceData(scenario.defaults.data, 'The data is back to the seed’s; the run starts over.')}
          disabled={isSeed}
        >
          Reset data
        </button>
      </div>
      {/* Always here, so a screen reader hears each change; the notice itself appears at once. */}
      <p className="visually-hidden" aria-live="polite">
        {undoable && `Data changed to ${data.length} ${data.length === 1 ? 'point' : 'points'}; Undo is in the notice.`}
      </p>
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
      {/* In the body, outside this panel's content-visibility, which would skip drawing it. */}
      {importOpen &&
        createPortal(
          <Suspense fallback={null}>
            <ImportDialog key={importId} file={importFile} onClose={closeImport} />
          </Suspense>,
          document.body,
        )}
    </section>
  );
}
