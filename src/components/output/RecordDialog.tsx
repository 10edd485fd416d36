import { useId, useLayoutEffect, useState } from 'react';
import { scenarioOf } from '../../scenarios/registry';
import { useDescent } from '../../store/descentStore';
import { selectActiveRun } from '../../store/selectors';
import { useModalDialog } from '../common/useModalDialog';
import { useT } from '../common/useT';
import { chartsProblem, stepsProblem } from './recordChecks';
import { RecordStatus } from './RecordStatus';
import {
  DEFAULT_DELAY,
  FRAME_DELAYS,
  MAX_RECORDED_STEPS,
  RECORDING_SIZES,
  stepsUntilStop,
  type RecordingFormat,
} from './recordingPlan';
import { chartTitle, useRecordableCharts } from './useRecordableCharts';
import { useRecordingJob } from './useRecordingJob';
import { webmSupported } from './webmSink';

interface RecordDialogProps {
  readonly open: boolean;
  onClose(): void;
}

/**
 * "Record animation": the next steps of the run as a GIF or a WebM video for slides, drawn from
 * the charts on the page. The recorder's code (and its GIF encoder) loads with this dialog.
 */
export function RecordDialog({ open, onClose }: RecordDialogProps) {
  const t = useT();
  const ref = useModalDialog(open);
  const id = useId();
  const charts = useRecordableCharts();
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set([0, 1]));
  const [until, setUntil] = useState(0);
  const [from, setFrom] = useState(0);
  const [stepsText, setStepsText] = useState('');
  const [delay, setDelay] = useState(DEFAULT_DELAY);
  const [sizeIndex, setSizeIndex] = useState(0);
  const [format, setFormat] = useState<RecordingFormat>('gif');
  const job = useRecordingJob();
  const { phase, cancel, restart } = job;
  const canWebm = webmSupported();

  // Each opening starts from the page as it is now: its iteration, its stopping point.
  // Before the dialog is painted: with a passive effect it showed, for a task or two, the steps
  // left from the last time it was open ("The run has stopped here" on a first open).
  useLayoutEffect(() => {
    if (!open) return;
    const state = useDescent.getState();
    const run = selectActiveRun(state);
    const left = stepsUntilStop(scenarioOf(state.scenario), run);
    setChosen(new Set([0, 1]));
    setFrom(run.cursor);
    setUntil(left);
    setStepsText(String(Math.max(1, left)));
    restart();
  }, [open]);

  const steps = Number(stepsText);
  const stepsError = stepsProblem(stepsText, until);
  const chartsError = chartsProblem(charts.length, chosen.size);
  const recording = phase.kind === 'recording';

  const start = () => {
    if (stepsError || chartsError) return;
    const picked = charts.filter((_, i) => chosen.has(i));
    void job.start({ charts: picked, steps, delay, size: RECORDING_SIZES[sizeIndex]!, format });
  };
  const close = () => {
    cancel();
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
            <label htmlFor={`${id}-chart-${i}`}>{chartTitle(chart) ?? t('output.record.chart')}</label>
          </div>
        ))}
        {chartsError && (
          <p role="alert" className="field-error">
            {t.msg(chartsError)}
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
          {t.msg(stepsError)}
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
      <RecordStatus phase={phase} format={format} />
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
