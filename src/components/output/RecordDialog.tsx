import { useId, useLayoutEffect, useRef, useState } from 'react';
import { scenarioOf } from '../../scenarios/registry';
import { useDescent } from '../../store/descentStore';
import { selectActiveRun } from '../../store/selectors';
import { useModalDialog } from '../shell/useModalDialog';
import { downloadBlob } from './download';
import { record, webmSupported } from './recorder';
import {
  DEFAULT_DELAY,
  FRAME_DELAYS,
  MAX_RECORDED_STEPS,
  RECORDING_SIZES,
  recordingName,
  stepsUntilStop,
  type RecordingFormat,
} from './recordingPlan';

interface RecordDialogProps {
  readonly open: boolean;
  onClose(): void;
}

type Phase =
  | { kind: 'setup' }
  | { kind: 'recording'; frame: number; frames: number }
  | { kind: 'saved'; name: string; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** The charts on the page that can be recorded, by title, in page order. */
function pageCharts(): { title: string; figure: HTMLElement }[] {
  return [...document.querySelectorAll<HTMLElement>('main .charts figure.chart-frame')].map((figure) => ({
    title: figure.querySelector('svg > title')?.textContent ?? 'Chart',
    figure,
  }));
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;

/**
 * "Record animation": the next steps of the run as a GIF or a WebM video for slides, drawn from
 * the charts on the page. The recorder's code (and its GIF encoder) loads with this dialog.
 */
export function RecordDialog({ open, onClose }: RecordDialogProps) {
  const ref = useModalDialog(open);
  const id = useId();
  const [charts, setCharts] = useState<{ title: string; figure: HTMLElement }[]>([]);
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
      ? 'The run has stopped here: Reset, step back or change the learning rate to record its steps.'
      : !/^\s*\d+\s*$/.test(stepsText) || steps < 1 || steps > MAX_RECORDED_STEPS
        ? `Steps must be a whole number from 1 to ${MAX_RECORDED_STEPS}.`
        : null;
  const chartsError =
    charts.length === 0
      ? 'The charts are still loading: Record is ready once they are on the page.'
      : chosen.size === 0
        ? 'Choose at least one chart.'
        : null;
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
      else setPhase({ kind: 'failed', message: (error as Error).message });
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
      <h2 id={`${id}-heading`}>Record animation</h2>
      <p className="field-hint">
        From iteration {from}, one frame per step, drawn from the charts on the page with the current values above them.
      </p>
      <fieldset disabled={recording}>
        <legend>Charts, side by side</legend>
        {charts.map((chart, i) => (
          <div className="field checkbox-field" key={chart.title}>
            <input id={`${id}-chart-${i}`} type="checkbox" checked={chosen.has(i)} onChange={() => toggleChart(i)} />
            <label htmlFor={`${id}-chart-${i}`}>{chart.title}</label>
          </div>
        ))}
        {chartsError && (
          <p role="alert" className="field-error">
            {chartsError}
          </p>
        )}
      </fieldset>
      <fieldset disabled={recording} className="record-options">
        <legend>Frames</legend>
        <div className="field">
          <label htmlFor={`${id}-steps`}>Steps</label>
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
              ? `At most ${MAX_RECORDED_STEPS}; the run goes on beyond that.`
              : `The run stops after ${until} more.`}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-delay`}>Frame delay</label>
          <select id={`${id}-delay`} value={delay} onChange={(e) => setDelay(Number(e.target.value))}>
            {FRAME_DELAYS.map((d) => (
              <option key={d} value={d}>
                {d} ms
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-size`}>Size</label>
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
            Format
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
            <label htmlFor={`${id}-webm`}>WebM{canWebm ? '' : ' (not in this browser)'}</label>
          </span>
        </div>
      </fieldset>
      {stepsError && (
        <p role="alert" className="field-error">
          {stepsError}
        </p>
      )}
      {recording && (
        <progress className="progress" aria-label="Recording progress" max={phase.frames} value={phase.frame}>
          {phase.frame} of {phase.frames}
        </progress>
      )}
      <p aria-live="polite" className="field-hint record-status">
        {phase.kind === 'recording'
          ? `Frame ${phase.frame} of ${phase.frames}${format === 'webm' ? ' (a video records in real time)' : ''}…`
          : phase.kind === 'saved'
            ? `Saved ${phase.name} (${megabytes(phase.bytes)}).`
            : phase.kind === 'cancelled'
              ? 'Cancelled: nothing was saved.'
              : phase.kind === 'failed'
                ? `Could not record: ${phase.message}`
                : ''}
      </p>
      <div className="button-row">
        {recording ? (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={start}
            disabled={stepsError !== null || chartsError !== null}
          >
            Record
          </button>
        )}
        <button type="button" onClick={close} disabled={recording}>
          Close
        </button>
      </div>
    </dialog>
  );
}
