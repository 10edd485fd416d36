import { useRef, useState } from 'react';
import type { Msg } from '../../i18n/i18n';
import { useDescent } from '../../store/descentStore';
import { downloadBlob } from '../common/download';
import { errorWords } from '../common/messageError';
import { record, type RecordRequest } from './recorder';
import { recordingName } from './recordingPlan';

/** Where a recording job is: its form is open, it is running, or how it ended. */
export type Phase =
  | { kind: 'setup' }
  | { kind: 'recording'; frame: number; frames: number }
  | { kind: 'saved'; name: string; bytes: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: Msg | string };

export type JobRequest = Omit<RecordRequest, 'signal' | 'onProgress'>;

/** One recording at a time: start it, follow its progress, cancel it, and save what it made. */
export function useRecordingJob() {
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  const abort = useRef<AbortController | null>(null);

  const start = async (request: JobRequest) => {
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: 'recording', frame: 0, frames: request.steps + 1 });
    try {
      const result = await record({
        ...request,
        signal: controller.signal,
        onProgress: (frame, frames) => setPhase({ kind: 'recording', frame, frames }),
      });
      const name = recordingName(useDescent.getState().scenario, result.from, result.to, request.format);
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
  const restart = () => setPhase({ kind: 'setup' });
  return { phase, start, cancel, restart };
}
