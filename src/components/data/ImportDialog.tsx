import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { plain } from '../../format/number';
import { msg, type Msg } from '../../i18n/i18n';
import { checkFileSize, decodeCsvFile, parseDataCsv, type CsvPoints, type Separator } from '../../scenarios/dataCsv';
import { MAX_POINTS } from '../../scenarios/data';
import { minPointsOf } from '../../scenarios/dataSets';
import { useDescent } from '../../store/descentStore';
import { useActiveScenario } from '../../store/selectors';
import { useT } from '../common/useT';

/** The separator as the preview's message selects it. */
const SEPARATOR_NAMES: Record<Separator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
/** Rows shown in the preview table; the count says how many more there are. */
const PREVIEW_ROWS = 5;

interface ImportDialogProps {
  /** A file dropped on the data chart, read as soon as the dialog opens. */
  readonly file: File | null;
  onClose(): void;
}

/**
 * "Import data": a modal <dialog> (focus kept inside, Esc closes it) with the CSV as text or from a
 * file, a live preview, and "Use this data". Nothing reaches the store until the text parses; a
 * refusal names its line in an alert and leaves the current data as it is.
 */
export function ImportDialog({ file, onClose }: ImportDialogProps) {
  const id = useId();
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const scenario = useActiveScenario();
  const replaceData = useDescent((s) => s.replaceData);
  const [text, setText] = useState('');
  const [source, setSource] = useState<string | null>(null);
  const [fileError, setFileError] = useState<Msg | null>(null);
  const [storeError, setStoreError] = useState<Msg | null>(null);
  // An empty box is a refusal only once "Use this data" is pressed; before, it is just empty.
  const [tried, setTried] = useState(false);
  const parsed = useMemo(() => parseDataCsv(text, minPointsOf(scenario)), [text, scenario]);

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

  const read = async (chosen: File) => {
    setStoreError(null);
    const tooLarge = checkFileSize(chosen.name, chosen.size);
    if (tooLarge) return setFileError(tooLarge);
    const decoded = decodeCsvFile(chosen.name, new Uint8Array(await chosen.arrayBuffer()));
    if (!decoded.ok) return setFileError(decoded.error);
    setFileError(null);
    setSource(chosen.name);
    setText(decoded.text);
  };

  useEffect(() => {
    if (file) void read(file);
  }, [file]);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (chosen) void read(chosen);
  };

  const textRef = useRef<HTMLTextAreaElement>(null);
  const use = () => {
    setTried(true);
    // A refusal disables the button under the pointer: focus goes to the text the reader now fixes.
    if (fileError || !parsed.ok) return textRef.current?.focus();
    const count = parsed.points.length;
    const message = source ? msg('data.import.doneFrom', { count, source }) : msg('data.import.done', { count });
    const refused = replaceData(parsed.points, message);
    if (refused) {
      setStoreError(refused);
      textRef.current?.focus();
    } else onClose();
  };

  const error = fileError ?? storeError ?? (!parsed.ok && (text.trim() !== '' || tried) ? parsed.error : null);

  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('data.import')}</h2>
      <p className="field-hint" id={`${id}-hint`}>
        {t('data.import.hint', { max: MAX_POINTS })}
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
            setText(e.target.value);
            setSource(null);
            setFileError(null);
            setStoreError(null);
          }}
          placeholder={'x,y\n0,0\n0.5,1\n1,0'}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('data.import.file')}</label>
        <input id={`${id}-file`} type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" onChange={onFile} />
      </div>
      <div className="import-preview">
        {error ? (
          <p className="field-error" role="alert" id={`${id}-error`}>
            {t('data.import.unchanged', { error })}
          </p>
        ) : parsed.ok ? (
          <Preview parsed={parsed} source={source} />
        ) : (
          <p className="field-hint">{t('data.import.waiting')}</p>
        )}
      </div>
      <div className="button-row dialog-buttons">
        {/* Disabled while a refusal shows (it says why): pressing could only refuse again. */}
        <button
          type="button"
          className="primary"
          onClick={use}
          disabled={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {t('data.import.use')}
        </button>
        <button type="button" onClick={onClose}>
          {t('data.import.cancel')}
        </button>
      </div>
    </dialog>
  );
}

function Preview({ parsed, source }: { parsed: CsvPoints; source: string | null }) {
  const { points, header, separator, decimalComma, extraColumns } = parsed;
  const t = useT();
  const rest = points.length - PREVIEW_ROWS;
  return (
    <>
      <p>
        <strong>{t('data.preview.count', { count: points.length })}</strong>
        {t('data.preview.details', {
          fromFile: source ? 'yes' : 'no',
          source: source ?? '',
          separator: SEPARATOR_NAMES[separator],
          decimalComma: decimalComma ? 'yes' : 'no',
          hasHeader: header ? 'yes' : 'no',
          first: header?.[0] ?? '',
          second: header?.[1] ?? '',
          extra: extraColumns,
        })}
      </p>
      <table className="data-table preview-table">
        <caption className="visually-hidden">{t('data.preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">x</th>
            <th scope="col">y</th>
          </tr>
        </thead>
        <tbody>
          {points.slice(0, PREVIEW_ROWS).map((p, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td>{plain(p.x)}</td>
              <td>{plain(p.y)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rest > 0 && <p className="field-hint">{t('data.preview.more', { count: rest })}</p>}
    </>
  );
}
