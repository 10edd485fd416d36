import { useId, useLayoutEffect, useRef, useState } from 'react';
import { fixed } from '../../format/number';
import type { Msg } from '../../i18n/i18n';
import { scenarioOf } from '../../scenarios/registry';
import { useDescent } from '../../store/descentStore';
import { selectActiveRun } from '../../store/selectors';
import { useModalDialog } from '../shell/useModalDialog';
import { useT } from '../useT';
import { downloadBlob } from './download';
import { errorWords } from './messageError';
import { record } from './recorder';
import {
  DEFAULT_DELAY,
  FRAME_DELAYS,
  MAX_RECORDED_STEPS,
  RECORDING_SIZES,
  recordingName,
  stepsUntilStop,
  type RecordingFormat,
} from './recordingPlan';
import { webmSupported } from './webmSink';

interface RecordDialogProps {
  readonly open: boolean;
  onClose(): void;
}

type Phase =
  | { kind: 'setup' }
  | { kind: 'recording'; frame: number; frames: number }
  | { kind: 'saved'; name: string; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: Msg | string };

/** The charts on the page that can be recorded, by title (null if it has none), in page order. */
function pageCharts(): { title: string | null; figure: HTMLElement }[] {
  return [...document.querySelectorAll<HTMLElement>('main .charts figure.chart-frame')].map((figure) => ({
    title: figure.querySelector('svg > title')?.textContent ?? null,
    figure,
  }));
}

/** A file's size in megabytes, for the "Saved" line (its unit is written by the message). */
const megabytes = (bytes: number) => fixed(bytes / 1024 / 1024, bytes < 1024 * 1024 ? 2 : 1);

/**
 * "Record animation": the next steps of the run as a GIF or a WebM video for slides, drawn from
 * the charts on the page. The recorder's code (and its GIF encoder) loads with this dialog.
 */
export function RecordDialog({ open, onClose }: RecordDialogProps) {
  const t = useT();
  const ref = useModalDialog(open);
  const id = useId();
  const [charts, setCharts] = useState<{ title: string | null; figure: HTMLElement }[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set([0, 1]));
  const [until, setUntil] = useState(0);
  const [from, setFrom] = useState(0);
  const [stepsText, setStepsText] = useState('');
  const [delay, setDelay] = useState(DEFAULT_DELAY);
  const [sizeIndex, setSizeIndex] = useState(0);
  const [format, setFormat] = useState<RecordingFormat>('gif');
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  const abort = useRef<AbortController | null>(null);
  const canWebm = webmSupported();

  // Each opening starts from the page as it is now: its charts, its iteration, its stopping point.
  // Before the dialog is painted: with a passive effect it showed, for a task or two, the steps
  // left from the last time it was open ("The run has stopped here" on a first open).
  useLayoutEffect(() => {
    if (!open) return;
    const state = useDescent.getState();
    const scenario = scenarioOf(state.scenario);
    const run = selectActiveRun(state);
    const left = stepsUntilStop(scenario, run);
    setChosen(new Set([0, 1]));
    setFrom(run.cursor);
    setUntil(left);
    setStepsText(String(Math.max(1, left)));
    setPhase({ kind: 'setup' });
    // Opened just after the page (or a scenario) loads, the charts may still be on their way:
    // look again each frame until they are there.
    let frame = 0;
    const collect = () => {
      const found = pageCharts();
      setCharts(found);
      if (found.length === 0) frame = requestAnimationFrame(collect);
    };
    collect();
    return () => cancelAnimationFrame(frame);
  }, [open]);

  const steps = Number(stepsText);
  const stepsError =
    until === 0
      ? t('output.record.stopped')
      : !/^\s*\d+\s*$/.test(stepsText) || steps < 1 || steps > MAX_RECORDED_STEPS
        ? t('output.record.stepsRange', { max: MAX_RECORDED_STEPS })
        : null;
  const chartsError =
    charts.length === 0 ? t('output.record.chartsLoading') : chosen.size === 0 ? t('output.record.chooseChart') : null;
  const recording = phase.kind === 'recording';

  const start = async () => {
    if (stepsError || chartsError) return;
    const controller = new AbortController();
    abort.current = controller;
    const size = RECORDING_SIZES[sizeIndex]!;
    setPhase({ kind: 'recording', frame: 0, frames: steps + 1 });
    try {
      const result = await record({
        charts: charts.filter((_, i) => chosen.has(i)).map((c) => c.figure),
        steps,
        delay,
        size,
        format,
        signal: controller.signal,
        onProgress: (frame, frames) => setPhase({ kind: 'recording', frame, frames }),
      });
      const name = recordingName(useDescent.getState().scenario, result.from, result.to, format);
      downloadBlob(name, result.blob);
      setPhase({ kind: 'saved', name, bytes: result.blob.size });
    } catch (error) {
      if ((error as Error).name === 'AbortError') setPhase({ kind: 'cancelled' });
      else setPhase({ kind: 'failed', message: errorWords(error) });
    } finally {
      abort.current = null;
    }
  };
  const cancel = () => abort.current?.abort();
  const close = () => {
    abort.current?.abort();
    onClose();
  };
  const toggleChart = (i: number) =>
    setChosen((set) => {
      const next = new Set(set);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });

  return (
    <dialog
      ref={ref}
      className="help surface-dialog record-dialog"
      aria-labelledby={`${id}-heading`}
      onClose={close}
      onCancel={(e) => {
        // Esc while recording cancels the recording; Esc again closes the dialog.
        if (recording) {
          e.preventDefault();
          cancel();
        }
      }}
    >
      <h2 id={`${id}-heading`}>{t('output.record.heading')}</h2>
      <p className="field-hint">{t('output.record.hint', { from })}</p>
      <fieldset disabled={recording}>
        <legend>{t('output.record.charts')}</legend>
        {charts.map((chart, i) => (
          <div className="field checkbox-field" key={i}>
            <input id={`${id}-chart-${i}`} type="checkbox" checked={chosen.has(i)} onChange={() => toggleChart(i)} />
            <label htmlFor={`${id}-chart-${i}`}>{chart.title ?? t('output.record.chart')}</label>
          </div>
        ))}
        {chartsError && (
          <p role="alert" className="field-error">
            {chartsError}
          </p>
        )}
      </fieldset>
      <fieldset disabled={recording} className="record-options">
        <legend>{t('output.record.frames')}</legend>
        <div className="field">
          <label htmlFor={`${id}-steps`}>{t('output.record.steps')}</label>
          <input
            id={`${id}-steps`}
            type="text"
            inputMode="numeric"
            value={stepsText}
            aria-invalid={stepsError !== null}
            aria-describedby={`${id}-steps-hint`}
            onChange={(e) => setStepsText(e.target.value)}
          />
          <span id={`${id}-steps-hint`} className="field-hint">
            {until >= MAX_RECORDED_STEPS
              ? t('output.record.atMost', { max: MAX_RECORDED_STEPS })
              : t('output.record.stopsAfter', { count: until })}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-delay`}>{t('output.record.delay')}</label>
          <select id={`${id}-delay`} value={delay} onChange={(e) => setDelay(Number(e.target.value))}>
            {FRAME_DELAYS.map((d) => (
              <option key={d} value={d}>
                {t('output.record.delayOption', { ms: d })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-size`}>{t('output.record.size')}</label>
          <select id={`${id}-size`} value={sizeIndex} onChange={(e) => setSizeIndex(Number(e.target.value))}>
            {RECORDING_SIZES.map((s, i) => (
              <option key={i} value={i}>
                {s.width} × {s.height}
              </option>
            ))}
          </select>
        </div>
        <div className="field" role="radiogroup" aria-labelledby={`${id}-format`}>
          <span id={`${id}-format`} className="field-label">
            {t('output.record.format')}
          </span>
          <span className="checkbox-field">
            <input
              id={`${id}-gif`}
              type="radio"
              name={`${id}-format`}
              checked={format === 'gif'}
              onChange={() => setFormat('gif')}
            />
            <label htmlFor={`${id}-gif`}>GIF</label>
            <input
              id={`${id}-webm`}
              type="radio"
              name={`${id}-format`}
              checked={format === 'webm'}
              disabled={!canWebm}
              onChange={() => setFormat('webm')}
            />
            <label htmlFor={`${id}-webm`}>{canWebm ? 'WebM' : t('output.record.webmMissing')}</label>
          </span>
        </div>
      </fieldset>
      {stepsError && (
        <p role="alert" className="field-error">
          {stepsError}
        </p>
      )}
      {recording && (
        <progress
          className="progress"
          aria-label={t('output.record.progressLabel')}
          max={phase.frames}
          value={phase.frame}
        >
          {t('output.record.progressValue', { frame: phase.frame, frames: phase.frames })}
        </progress>
      )}
      <p aria-live="polite" className="field-hint record-status">
        {phase.kind === 'recording'
          ? t(format === 'webm' ? 'output.record.progressVideo' : 'output.record.progress', {
              frame: phase.frame,
              frames: phase.frames,
            })
          : phase.kind === 'saved'
            ? t('output.record.saved', { name: phase.name, size: megabytes(phase.bytes) })
            : phase.kind === 'cancelled'
              ? t('output.record.cancelled')
              : phase.kind === 'failed'
                ? t('output.record.failed', { reason: phase.message })
                : ''}
      </p>
      <div className="button-row">
        {recording ? (
          <button type="button" onClick={cancel}>
            {t('output.record.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={start}
            disabled={stepsError !== null || chartsError !== null}
          >
            {t('output.record.record')}
          </button>
        )}
        <button type="button" onClick={close} disabled={recording}>
          {t('output.record.close')}
        </button>
      </div>
    </dialog>
  );
}
