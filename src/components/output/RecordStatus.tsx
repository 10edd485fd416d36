import { fixed } from '../../format/number';
import { useT } from '../common/useT';
import type { Phase } from './useRecordingJob';
import type { RecordingFormat } from './recordingPlan';

/** A file's size in megabytes, for the "Saved" line (its unit is written by the message). */
const megabytes = (bytes: number) => fixed(bytes / 1024 / 1024, bytes < 1024 * 1024 ? 2 : 1);

type T = ReturnType<typeof useT>;

/** The words for each phase of a recording job (none while its form is open). */
const WORDS: { [K in Phase['kind']]: (t: T, phase: Extract<Phase, { kind: K }>, format: RecordingFormat) => string } = {
  setup: () => '',
  recording: (t, { frame, frames }, format) =>
    t(format === 'webm' ? 'output.record.progressVideo' : 'output.record.progress', { frame, frames }),
  saved: (t, { name, bytes }) => t('output.record.saved', { name, size: megabytes(bytes) }),
  cancelled: (t) => t('output.record.cancelled'),
  failed: (t, { message }) => t('output.record.failed', { reason: message }),
};

/** The job's progress and outcome, read out politely. */
export function RecordStatus({ phase, format }: { readonly phase: Phase; readonly format: RecordingFormat }) {
  const t = useT();
  const words = WORDS[phase.kind] as (t: T, phase: Phase, format: RecordingFormat) => string;
  return (
    <p aria-live="polite" className="field-hint record-status">
      {words(t, phase, format)}
    </p>
  );
}
