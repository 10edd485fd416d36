import { flushSync } from 'react-dom';
import { msg } from '../../i18n/i18n';
import { useDescent } from '../../store/descentStore';
import type { StyleCache } from '../common/chartExport';
import { drawFrame } from './frameDrawing';
import { gifSink } from './gifSink';
import { MessageError } from '../common/messageError';
import { yieldToPage } from './pageYield';
import type { FrameSize, RecordingFormat } from './recordingPlan';
import { webmSink } from './webmSink';

/*
 * Records the run as an animation. This is the loop: the real store takes each step (flushSync, so
 * the page's charts are drawn before the next line), each chosen chart's SVG, the very one on the
 * page, is drawn onto a canvas under a caption (frameDrawing.ts), and the canvas goes to an
 * encoder (gifSink.ts, webmSink.ts). The run is put back as it was afterwards, done or cancelled,
 * through the store's snapshotRun and restoreRun. Every await between frames hands the main thread
 * back, so the page never blocks for long.
 */

export interface RecordRequest {
  /** The charts to draw, side by side: their figures on the page (see recordableCharts.ts). */
  readonly charts: readonly HTMLElement[];
  readonly steps: number;
  /** Milliseconds per frame. */
  readonly delay: number;
  readonly size: FrameSize;
  readonly format: RecordingFormat;
  readonly signal: AbortSignal;
  onProgress(frame: number, frames: number): void;
}

export interface Recording {
  readonly blob: Blob;
  /** The first and last iteration in the recording. */
  readonly from: number;
  readonly to: number;
}

/** Abandons the recording: an AbortError, which the dialog treats as "cancelled", not a failure. */
function checkAborted(signal: AbortSignal) {
  if (signal.aborted) throw new DOMException('Recording cancelled', 'AbortError');
}

export async function record(request: RecordRequest): Promise<Recording> {
  const { charts, steps, size, signal } = request;
  const store = useDescent;
  const saved = store.getState().snapshotRun();
  const from = saved.run.cursor;
  const cursor = () => store.getState().runs[saved.scenario].cursor;
  flushSync(() => store.getState().pause());
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d', { willReadFrequently: request.format === 'gif' });
  if (!context) throw new MessageError(msg('output.record.noCanvas'));
  const styles: StyleCache = new Map();
  const sink = request.format === 'gif' ? gifSink(size, request.delay) : webmSink(canvas, request.delay);
  try {
    for (let k = 0; k <= steps; k++) {
      checkAborted(signal);
      if (k > 0) {
        const before = cursor();
        flushSync(() => store.getState().step());
        if (cursor() === before) break; // the run stopped (converged, diverging, budget spent)
        await yieldToPage();
      }
      await drawFrame(context, charts, size, styles);
      await yieldToPage();
      checkAborted(signal);
      await sink.add(canvas, context);
      request.onProgress(k + 1, steps + 1);
      await yieldToPage();
    }
    const to = cursor();
    checkAborted(signal);
    const blob = await sink.finish();
    checkAborted(signal);
    return { blob, from, to };
  } finally {
    sink.dispose();
    // The run as it was: the recording leaves the page where the teacher left it.
    flushSync(() => store.getState().restoreRun(saved));
  }
}
