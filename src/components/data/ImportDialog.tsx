import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type SyntheticEvent,
} from 'react';
import { plain } from '../../format/number';
import { msg, type Msg } from '../../i18n/i18n';
import { checkFileSize, decodeCsvFile, MAX_FILE_BYTES, type Separator } from '../../scenarios/dataCsv';
import {
  columnName,
  defaultColumns,
  numericColumns,
  parseTable,
  pick,
  pickedPoints,
  type Picked,
  type PointLimits,
  type Table,
  type TableResult,
} from '../../scenarios/dataTable';
import { maxPointsOf, minPointsOf } from '../../scenarios/dataSets';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario } from '../../store/selectors';
import { useT, type Translate } from '../common/useT';
import { readTableOffPage, type TableReading } from './tableReader';

/** The separator as the preview's message selects it. */
const SEPARATOR_NAMES: Record<Separator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
/** Rows shown in the preview table; the count says how many more there are. */
const PREVIEW_ROWS = 5;
/**
 * Text up to this many characters (a file up to this many bytes) is read here, as it is typed:
 * about 5,000 rows, a few milliseconds. Anything longer is read by a worker, with a progress bar.
 */
const READ_HERE = 100_000;
/** A big paste is read once typing pauses this long, not on every key. */
const PASTE_PAUSE_MS = 150;
/** Points drawn in the preview's scatter, evenly strided: enough to see the shape. */
const SCATTER_POINTS = 300;

interface ImportDialogProps {
  /** A file dropped on the data chart, read as soon as the dialog opens. */
  readonly file: File | null;
  onClose(): void;
}

/** A table read off the page, and the text in the box it belongs to ('' for a big file, whose text is not shown). */
interface Loaded {
  readonly text: string;
  readonly result: TableResult;
}

/** A reading under way: the file's name (null for pasted text), how far it is, and the text it reads. */
interface Reading {
  readonly name: string | null;
  readonly text: string | null;
  readonly fraction: number;
}

const nameText = (t: Translate, name: string | Msg) => (typeof name === 'string' ? name : t.msg(name));

/**
 * "Import data": a modal <dialog> (focus kept inside, Esc closes it) with the table as text or from
 * a file, the x and y columns to take, a live preview, and "Use this data". Small texts are read as
 * they are typed; big ones and big files by a worker, with a progress bar and Cancel. Nothing
 * reaches the store until the chosen columns give points; a refusal names why in an alert and
 * leaves the current data as it is.
 */
export function ImportDialog({ file, onClose }: ImportDialogProps) {
  const id = useId();
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const scenario = useActiveScenario();
  const limits = useMemo<PointLimits>(() => ({ min: minPointsOf(scenario), max: maxPointsOf(scenario) }), [scenario]);
  const replaceData = useDescent((s) => s.replaceData);
  const [text, setText] = useState('');
  const [source, setSource] = useState<string | null>(null);
  const [fileError, setFileError] = useState<Msg | null>(null);
  const [storeError, setStoreError] = useState<Msg | null>(null);
  // An empty box is a refusal only once "Use this data" is pressed; before, it is just empty.
  const [tried, setTried] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  // A big paste whose reading was cancelled is not read again until it changes.
  const [stopped, setStopped] = useState<string | null>(null);
  const [choice, setChoice] = useState<{ table: Table; x: number; y: number } | null>(null);
  const job = useRef<TableReading | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const readHere = text.length <= READ_HERE;
  const inline = useMemo(() => (readHere ? parseTable(text, limits) : null), [readHere, text, limits]);
  const result: TableResult | null = loaded && loaded.text === text ? loaded.result : inline;
  const table = result?.ok ? result.table : null;
  const [x, y] = table && choice?.table === table ? [choice.x, choice.y] : table ? defaultColumns(table) : [0, 1];
  const picked = useMemo(() => (table ? pick(table, x, y, limits) : null), [table, x, y, limits]);

  useLayoutEffect(() => {
    const dialog = ref.current!;
    // Where focus goes back to: the button that opened the dialog (or, after a drop, the focus then).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      const back = opener?.isConnected && opener !== document.body ? opener : document.getElementById('import-data');
      back?.focus();
    };
  }, []);

  // Closing the dialog ends a reading under way.
  useEffect(() => () => job.current?.cancel(), []);

  const startReading = (what: File | string, name: string | null) => {
    job.current?.cancel();
    const pasted = typeof what === 'string' ? what : null;
    setReading({ name, text: pasted, fraction: 0 });
    job.current = readTableOffPage(
      { source: what, limits },
      {
        progress: (fraction) => setReading({ name, text: pasted, fraction }),
        done: (read) => {
          job.current = null;
          setReading(null);
          if (pasted !== null) return setLoaded({ text: pasted, result: read });
          // A big file that gives no table is refused like a file that is not text: the box keeps its text.
          if (!read.ok) return setFileError(read.error);
          setFileError(null);
          setSource(name);
          setText('');
          setLoaded({ text: '', result: read });
        },
      },
    );
  };

  /** Ends a reading under way, if any, without a word: the reader asked for something else. */
  const dropReading = () => {
    job.current?.cancel();
    job.current = null;
    setReading(null);
  };

  const cancelReading = () => {
    dropReading();
    if (reading?.text != null) setStopped(reading.text);
    // The same file can be chosen again; focus goes back where the reading was asked for.
    if (fileRef.current) fileRef.current.value = '';
    (reading?.name != null ? fileRef : textRef).current?.focus();
  };

  // A big paste is read by the worker once typing pauses.
  useEffect(() => {
    if (readHere || loaded?.text === text || stopped === text) return undefined;
    const timer = setTimeout(() => startReading(text, null), PASTE_PAUSE_MS);
    return () => clearTimeout(timer);
    // startReading is a fresh function each render; the text is what decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, readHere, stopped]);

  const read = async (chosen: File) => {
    dropReading();
    setStoreError(null);
    const tooLarge = checkFileSize(chosen.name, chosen.size);
    if (tooLarge) return setFileError(tooLarge);
    if (chosen.size > READ_HERE) return startReading(chosen, chosen.name);
    const decoded = decodeCsvFile(chosen.name, new Uint8Array(await chosen.arrayBuffer()));
    if (!decoded.ok) return setFileError(decoded.error);
    setFileError(null);
    setSource(chosen.name);
    setLoaded(null);
    setText(decoded.text);
  };

  useEffect(() => {
    if (file) void read(file);
    // Read once, when the dialog opens with a dropped file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (chosen) void read(chosen);
  };

  const refusal = result && !result.ok ? result.error : picked && !picked.ok ? picked.error : null;
  const shown = text.trim() !== '' || tried || (loaded !== null && loaded.text === text);
  const error = fileError ?? storeError ?? (refusal && shown ? refusal : null);

  const use = () => {
    setTried(true);
    if (reading) return;
    // A refusal disables the button under the pointer: focus goes to the text the reader now fixes.
    if (fileError || !picked?.ok) return textRef.current?.focus();
    const points = pickedPoints(picked);
    const count = points.length;
    const message = source ? msg('data.import.doneFrom', { count, source }) : msg('data.import.done', { count });
    const refused = replaceData(points, message);
    if (refused) {
      setStoreError(refused);
      textRef.current?.focus();
    } else onClose();
  };

  // Esc while reading stops the reading, as Cancel does; otherwise it closes the dialog.
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    if (!reading) return;
    event.preventDefault();
    cancelReading();
  };

  const choose = (axis: 'x' | 'y', index: number) => {
    if (!table) return;
    setStoreError(null);
    setChoice({ table, x: axis === 'x' ? index : x, y: axis === 'y' ? index : y });
  };

  const waiting = reading ? null : !readHere && stopped === text ? t('data.import.stopped') : t('data.import.waiting');

  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onCancel}>
      <h2 id={`${id}-title`}>{t('data.import')}</h2>
      <p className="field-hint" id={`${id}-hint`}>
        {t('data.import.hint', { max: limits.max, megabytes: MAX_FILE_BYTES / (1024 * 1024) })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('data.import.text')}</label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          rows={8}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          aria-invalid={error !== null}
          value={text}
          onChange={(e) => {
            dropReading();
            setText(e.target.value);
            setSource(null);
            setLoaded(null);
            setFileError(null);
            setStoreError(null);
          }}
          placeholder={'x,y\n0,0\n0.5,1\n1,0'}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('data.import.file')}</label>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
          onChange={onFile}
        />
      </div>
      {reading && (
        <div className="field">
          <label htmlFor={`${id}-progress`}>
            {t('data.import.reading', { fromFile: reading.name !== null ? 'yes' : 'no', name: reading.name ?? '' })}
          </label>
          <progress id={`${id}-progress`} className="progress" max={100} value={Math.round(reading.fraction * 100)}>
            {`${Math.round(reading.fraction * 100)}%`}
          </progress>
        </div>
      )}
      {table && !reading && (table.hasHeader || table.columns.length > 2) && (
        <div className="button-row">
          {(['x', 'y'] as const).map((axis) => (
            <div className="field" key={axis}>
              <label htmlFor={`${id}-${axis}`}>{t(axis === 'x' ? 'data.import.xColumn' : 'data.import.yColumn')}</label>
              <select
                id={`${id}-${axis}`}
                value={axis === 'x' ? x : y}
                onChange={(e) => choose(axis, Number(e.target.value))}
              >
                {numericColumns(table).map((index) => (
                  <option key={index} value={index}>
                    {nameText(t, columnName(table.columns[index]!, index))}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      )}
      <div className="import-preview">
        {error ? (
          <p className="field-error" role="alert" id={`${id}-error`}>
            {t('data.import.unchanged', { error })}
          </p>
        ) : table && picked?.ok && !reading ? (
          <Preview table={table} picked={picked} x={x} y={y} source={source} />
        ) : (
          waiting && <p className="field-hint">{waiting}</p>
        )}
      </div>
      <div className="button-row dialog-buttons">
        {/* Disabled while a refusal shows (it says why) or a table is read: pressing could only refuse. */}
        <button
          type="button"
          className="primary"
          onClick={use}
          disabled={error !== null || reading !== null}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {t('data.import.use')}
        </button>
        {/* One Cancel: while a table is read it stops the reading (the dialog stays); otherwise it closes. */}
        <button type="button" onClick={reading ? cancelReading : onClose}>
          {t('data.import.cancel')}
        </button>
      </div>
    </dialog>
  );
}

interface PreviewProps {
  readonly table: Table;
  readonly picked: Picked;
  readonly x: number;
  readonly y: number;
  readonly source: string | null;
}

function Preview({ table, picked, x, y, source }: PreviewProps) {
  const { note } = picked;
  const count = picked.rows.length;
  const t = useT();
  const rest = count - PREVIEW_ROWS;
  const heading = (axis: 'x' | 'y', index: number) => {
    const header = table.columns[index]!.header;
    return table.hasHeader && header !== null ? t('data.preview.axisColumn', { axis, name: header }) : axis;
  };
  return (
    <>
      <p>
        <strong>{t('data.preview.count', { count })}</strong>
        {t('data.preview.details', {
          fromFile: source ? 'yes' : 'no',
          source: source ?? '',
          separator: SEPARATOR_NAMES[table.separator],
          decimalComma: table.decimalComma ? 'yes' : 'no',
          hasHeader: table.hasHeader ? 'yes' : 'no',
          columns: table.columns.length,
          numeric: numericColumns(table).length,
        })}
      </p>
      {note && <p className="field-hint">{t.msg(note)}</p>}
      <table className="data-table preview-table">
        <caption className="visually-hidden">{t('data.preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{heading('x', x)}</th>
            <th scope="col">{heading('y', y)}</th>
          </tr>
        </thead>
        <tbody>
          {pickedPoints(picked, 0, PREVIEW_ROWS).map((p, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td>{plain(p.x)}</td>
              <td>{plain(p.y)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rest > 0 && <p className="field-hint">{t('data.preview.more', { count: rest })}</p>}
      <Scatter picked={picked} />
    </>
  );
}

const SCATTER = { width: 240, height: 140, pad: 6 };

/**
 * The chosen columns at a glance: at most SCATTER_POINTS points, evenly strided, in the data's
 * extent, as the dots of one path (zero-length segments with round caps): one element to draw.
 */
function Scatter({ picked }: { picked: Picked }) {
  const id = useId();
  const t = useT();
  const { dots, shown } = useMemo(() => {
    const { xs, ys, rows } = picked;
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (let k = 0; k < rows.length; k++) {
      const x = xs[rows[k]!]!;
      const y = ys[rows[k]!]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    const { width, height, pad } = SCATTER;
    // A column of one value sits in the middle.
    const at = (v: number, lo: number, hi: number, size: number) =>
      pad + (hi > lo ? (v - lo) / (hi - lo) : 0.5) * (size - 2 * pad);
    const stride = Math.max(1, Math.ceil(rows.length / SCATTER_POINTS));
    const parts: string[] = [];
    for (let k = 0; k < rows.length; k += stride) {
      const i = rows[k]!;
      parts.push(`M${at(xs[i]!, x0, x1, width).toFixed(1)} ${(height - at(ys[i]!, y0, y1, height)).toFixed(1)}h0`);
    }
    return { dots: parts.join(''), shown: parts.length };
  }, [picked]);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      className="preview-scatter"
      width={SCATTER.width}
      height={SCATTER.height}
      viewBox={`0 0 ${SCATTER.width} ${SCATTER.height}`}
      style={{ color: 'var(--point)', display: 'block', marginTop: '0.5rem' }}
    >
      <title id={`${id}-title`}>{t('data.preview.scatter', { shown, count: picked.rows.length })}</title>
      <rect x={0.5} y={0.5} width={SCATTER.width - 1} height={SCATTER.height - 1} fill="none" stroke="#c9d2dc" />
      <path d={dots} fill="none" stroke="currentColor" strokeOpacity={0.7} strokeWidth={3.5} strokeLinecap="round" />
    </svg>
  );
}
