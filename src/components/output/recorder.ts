import { flushSync } from 'react-dom';
import { msg } from '../../i18n/i18n';
import { useDescent } from '../../store/descentStore';
import { pngSize, standaloneSvg, type StyleCache } from './chartExport';
import type { GifWorkerReply, GifWorkerRequest } from './gifWorker';
import { MessageError } from './messageError';
import { FINAL_HOLD_MS, frameLayout, type FrameSize, type RecordingFormat } from './recordingPlan';

/*
 * Records the run as an animation: the real store takes each step (flushSync, so the page's charts
 * are drawn before the next line), each chosen chart's SVG, the very one on the page, is
 * serialized and drawn onto a canvas under a caption, and the canvas goes to an encoder. The run
 * is put back as it was afterwards, done or cancelled. Every await between frames hands the main
 * thread back, so the page never blocks for long.
 */

export interface RecordRequest {
  /** The charts to draw, side by side: their <figure class="chart-frame"> elements on the page. */
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

interface FrameSink {
  add(canvas: HTMLCanvasElement, context: CanvasRenderingContext2D): Promise<void>;
  finish(): Promise<Blob>;
  dispose(): void;
}

/** Abandons the recording: an AbortError, which the dialog treats as "cancelled", not a failure. */
function checkAborted(signal: AbortSignal) {
  if (signal.aborted) throw new DOMException('Recording cancelled', 'AbortError');
}

/**
 * Lets the browser run other tasks (input, paint) before going on: between the step, the drawing
 * and the pixel read, so each is a task of its own and none approaches 50 ms.
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** A data: URL (the CSP allows it for images): cheaper per frame than a blob URL made and revoked. */
function loadImage(svgText: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  return image.decode().then(
    () => image,
    () => {
      throw new MessageError(msg('output.record.chartImage'));
    },
  );
}

/** One frame: the caption (iteration and current values) over the charts, on white. */
async function drawFrame(
  context: CanvasRenderingContext2D,
  charts: readonly HTMLElement[],
  size: FrameSize,
  styles: StyleCache,
) {
  const svgs = charts.map((figure) => figure.querySelector('svg'));
  if (svgs.length === 0 || svgs.some((svg) => !svg)) throw new MessageError(msg('output.record.chartGone'));
  const texts: string[] = [];
  for (const svg of svgs) {
    texts.push(standaloneSvg(svg!, svg!.querySelector('title')?.textContent ?? '', '', styles));
    await yieldToPage();
  }
  const images = await Promise.all(texts.map(loadImage));
  const { caption, boxes } = frameLayout(size, texts.map(pngSize));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  const text = charts[0]!.dataset.caption ?? '';
  let font = Math.round(caption * 0.48);
  context.font = `600 ${font}px "DejaVu Sans", Arial, sans-serif`;
  const room = size.width - 2 * Math.round(size.width * 0.012);
  while (font > 8 && context.measureText(text).width > room) {
    font -= 1;
    context.font = `600 ${font}px "DejaVu Sans", Arial, sans-serif`;
  }
  context.fillStyle = '#14202b';
  context.textBaseline = 'middle';
  context.fillText(text, Math.round(size.width * 0.012), caption / 2 + 2);
  // Drawing an SVG image rasterizes it on this thread: one chart per task.
  for (const [i, image] of images.entries()) {
    const box = boxes[i]!;
    context.drawImage(image, box.x, box.y, box.width, box.height);
    if (i < images.length - 1) await yieldToPage();
  }
}

/** GIF: frames go to a worker (gifenc); at most two wait there, so memory stays flat. */
function gifSink(size: FrameSize, delay: number): FrameSink {
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

export function webmSupported(): boolean {
  return (
    typeof MediaRecorder !== 'undefined' &&
    typeof HTMLCanvasElement.prototype.captureStream === 'function' &&
    MediaRecorder.isTypeSupported('video/webm')
  );
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * WebM: the platform's MediaRecorder on the canvas. It records in real time, so it runs only while
 * a frame is on show (resume, show for `delay`, pause): the time spent drawing the next frame is
 * not in the video.
 */
function webmSink(canvas: HTMLCanvasElement, delay: number): FrameSink {
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const type = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((t) =>
    MediaRecorder.isTypeSupported(t),
  )!;
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  let frames = 0;
  return {
    async add() {
      if (frames === 0) recorder.start();
      else recorder.resume();
      track.requestFrame();
      frames += 1;
      await wait(delay);
      recorder.pause();
    },
    async finish() {
      // The last frame stays on a while longer, as in the GIF.
      recorder.resume();
      track.requestFrame();
      await wait(Math.max(0, FINAL_HOLD_MS - delay));
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      recorder.stop();
      await stopped;
      return new Blob(chunks, { type: 'video/webm' });
    },
    dispose() {
      if (recorder.state !== 'inactive') recorder.stop();
      track.stop();
    },
  };
}

export async function record(request: RecordRequest): Promise<Recording> {
  const { charts, steps, size, signal } = request;
  const store = useDescent;
  const saved = store.getState();
  const from = saved.runs[saved.scenario].cursor;
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
    flushSync(() => store.setState({ scenario: saved.scenario, runs: saved.runs }));
  }
}
