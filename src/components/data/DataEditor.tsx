import { lazy, Suspense, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Data } from '../../engine/point';
import { plain } from '../../format/number';
import { msg, type Msg } from '../../i18n/i18n';
import { localeDecimal } from '../../i18n/locale';
import { MAX_POINTS, nextPoint } from '../../scenarios/data';
import {
  dataSetsOf,
  matchingSet,
  pointsOf,
  safeRateFor,
  standardizeMessage,
  standardizeX,
  xNeedsScaling,
} from '../../scenarios/dataSets';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario, useActiveSettings } from '../../store/selectors';
import { downloadText } from '../common/download';
import { useImportRequest } from './importRequest';
import { useT } from '../common/useT';

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
  const t = useT();
  const scenario = useActiveScenario();
  const settings = useActiveSettings();
  const setData = useDescent((s) => s.setData);
  const importHidden = useDescent((s) => s.hidden.includes('import'));
  const replaceData = useDescent((s) => s.replaceData);
  const withUndo = useDescent((s) => s.withUndo);
  const setLearningRate = useDescent((s) => s.setLearningRate);
  const dataError = useDescent((s) => s.dataError);
  const undoable = useDescent((s) => s.undoable);
  const importOpen = useImportRequest((s) => s.open);
  const importFile = useImportRequest((s) => s.file);
  const importId = useImportRequest((s) => s.id);
  const showImport = useImportRequest((s) => s.show);
  const closeImport = useImportRequest((s) => s.close);
  const [open, setOpen] = useState(false);
  const [scaleError, setScaleError] = useState<Msg | null>(null);
  const data: Data = settings.data;
  const isSeed = data === scenario.defaults.data;
  const sets = dataSetsOf(scenario);
  const current = matchingSet(sets, data);
  const safeRate = scenario.bands(settings).divergesAbove;
  const slowest = scenario.learningRate.min;
  const needsScaling = xNeedsScaling(data, safeRate, slowest);

  const chooseSet = async (value: string) => {
    const set = sets.find((s) => s.id === value);
    if (!set) return;
    let points: Data;
    try {
      // A real table is its own chunk: here in a moment, or (offline on a first visit) not at all.
      points = await pointsOf(set);
    } catch {
      return setScaleError(msg('data.setNotLoaded', { name: msg(set.label) }));
    }
    setScaleError(null);
    // The set's name is kept as a message too, so the notice follows a change of language.
    const about = { name: msg(set.label), count: points.length };
    // A rate that diverges on the new data for certain (bias at 0.1 on 30 points: SSR 2,874,172 in
    // three steps) is replaced by a safe one in the same undoable change, rather than a warning a
    // class would meet only after the first Step: the notice says so, and Undo brings back both.
    const bands = scenario.bands({ ...settings, data: points });
    const safe = safeRateFor(bands, settings.learningRate, slowest);
    if (safe === null) return void replaceData(points, msg('data.setChosen', about));
    const limit = Number(bands.divergesAbove.toPrecision(3));
    withUndo(msg('data.setChosenRate', { ...about, rate: settings.learningRate, limit, safe }), () => {
      setData(points);
      setLearningRate(safe);
    });
  };
  const standardize = () => {
    const result = standardizeX(data);
    if (!result.ok) return setScaleError(result.error);
    setScaleError(null);
    replaceData(result.value.data, standardizeMessage(result.value));
  };

  return (
    <section className="panel data-editor" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-set`}>{t('data.set')}</label>
        <select
          id={`${id}-set`}
          value={current?.id ?? OWN}
          aria-describedby={`${id}-set-about`}
          onChange={(e) => void chooseSet(e.target.value)}
        >
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {t(set.label)}
            </option>
          ))}
          {!current && (
            <option value={OWN} disabled>
              {t('data.ownData')}
            </option>
          )}
        </select>
        <p className="field-hint" id={`${id}-set-about`}>
          {current?.description ? t(current.description) : t('data.ownAbout')}
          {current?.table && (
            <>
              {' '}
              <span className="data-source">{t(current.table.source)}</span>
            </>
          )}
        </p>
      </div>
      {needsScaling && (
        <div className="scaling-hint">
          <p>
            {safeRate < slowest
              ? t('data.scaling.belowSlider', {
                  safe: safeRate.toPrecision(2).replace('.', localeDecimal()),
                  slowest: plain(slowest),
                })
              : t('data.scaling.large')}
          </p>
          <button type="button" onClick={standardize}>
            {t('data.standardize')}
          </button>
          {scaleError && (
            <p className="field-error" role="alert">
              {t.msg(scaleError)}
            </p>
          )}
        </div>
      )}
      <p className="field-hint">
        {data.length > MAX_POINTS
          ? t('data.howToEditTable', { count: data.length, max: MAX_POINTS })
          : t('data.howToEdit', { count: data.length })}
      </p>
      <div className="button-row">
        {!importHidden && (
          <button type="button" id="import-data" onClick={() => showImport()}>
            {t('data.import')}
          </button>
        )}
        <button
          type="button"
          onClick={async () => {
            // The CSV module (with d3's parser) loads on first use, as the import dialog does.
            const { dataToCsv } = await import('../../scenarios/dataCsv');
            downloadText(`descent-${scenario.id}-data.csv`, 'text/csv', dataToCsv(data));
          }}
        >
          {t('data.download')}
        </button>
      </div>
      <div className="button-row">
        <button type="button" onClick={() => setData([...data, nextPoint(data)])} disabled={data.length >= MAX_POINTS}>
          {t('data.addPoint')}
        </button>
        <button
          type="button"
          onClick={() => replaceData(scenario.defaults.data, msg('data.resetDone'))}
          disabled={isSeed}
        >
          {t('data.reset')}
        </button>
      </div>
      {/* Always here, so a screen reader hears each change; the notice itself appears at once. */}
      <p className="visually-hidden" aria-live="polite">
        {undoable && t('data.changed', { count: data.length })}
      </p>
      {dataError && (
        <p className="field-error" role="alert">
          {t('data.unchanged', { error: dataError })}
        </p>
      )}
      {/* A field per point stops being a way to edit long before 100,000 of them. */}
      {data.length <= MAX_POINTS && (
        <details onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('data.editTable')}</summary>
          {open && (
            <Suspense fallback={<p>{t('data.loading')}</p>}>
              <DataTable data={data} onChange={setData} />
            </Suspense>
          )}
        </details>
      )}
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
