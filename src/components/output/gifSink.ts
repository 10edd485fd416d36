import { msg } from '../../i18n/i18n';
import type { FrameSink } from './frameSink';
import type { GifWorkerReply, GifWorkerRequest } from './gifWorker';
import { MessageError } from '../common/messageError';
import { FINAL_HOLD_MS, type FrameSize } from './recordingPlan';

/** GIF: frames go to a worker (gifenc); at most two wait there, so memory stays flat. */
export function gifSink(size: FrameSize, delay: number): FrameSink {
  const worker = new Worker(new URL('./gifWorker.ts', import.meta.url), { type: 'module' });
  let inFlight = 0;
  let held: ImageData | null = null;
  let wake: (() => void) | null = null;
  let failed: Error | null = null;
  let finished: ((bytes: ArrayBuffer) => void) | null = null;
  worker.onmessage = (event: MessageEvent<GifWorkerReply>) => {
    if (event.data.type === 'encoded') {
      inFlight -= 1;
      wake?.();
    } else finished?.(event.data.bytes);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failed = new MessageError(msg('output.record.gifStopped'));
    wake?.();
  };
  const post = (message: GifWorkerRequest, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  const send = async (frame: ImageData, frameDelay: number) => {
    while (inFlight >= 2 && !failed) await new Promise<void>((resolve) => (wake = resolve));
    if (failed) throw failed;
    inFlight += 1;
    const pixels = frame.data.buffer as ArrayBuffer;
    post({ type: 'frame', width: size.width, height: size.height, delay: frameDelay, pixels }, [pixels]);
  };
  return {
    // Each frame is sent when the next arrives: the last one is held longer before the loop restarts.
    async add(_, context) {
      const frame = context.getImageData(0, 0, size.width, size.height);
      if (held) await send(held, delay);
      held = frame;
    },
    async finish() {
      if (held) await send(held, Math.max(delay, FINAL_HOLD_MS));
      const bytes = await new Promise<ArrayBuffer>((resolve) => {
        finished = resolve;
        post({ type: 'finish' });
      });
      return new Blob([bytes], { type: 'image/gif' });
    },
    dispose: () => worker.terminate(),
  };
}
