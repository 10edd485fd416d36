import type { FrameSink } from './frameSink';
import { FINAL_HOLD_MS } from './recordingPlan';

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
export function webmSink(canvas: HTMLCanvasElement, delay: number): FrameSink {
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
