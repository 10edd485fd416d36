/// <reference lib="webworker" />
import { applyPalette, GIFEncoder, quantize } from 'gifenc';

/*
 * The GIF encoder, off the main thread: each frame's RGBA pixels come in, are reduced to their own
 * 256-colour palette (charts have few colours, so a per-frame palette keeps them exact) and
 * compressed; "finish" sends the whole file back.
 */
export type GifWorkerRequest =
  { type: 'frame'; width: number; height: number; delay: number; pixels: ArrayBuffer } | { type: 'finish' };

export type GifWorkerReply = { type: 'encoded'; frames: number } | { type: 'done'; bytes: ArrayBuffer };

const gif = GIFEncoder();
let frames = 0;

self.onmessage = (event: MessageEvent<GifWorkerRequest>) => {
  const message = event.data;
  if (message.type === 'frame') {
    const rgba = new Uint8ClampedArray(message.pixels);
    const palette = quantize(rgba, 256, { format: 'rgb444' });
    const index = applyPalette(rgba, palette, 'rgb444');
    gif.writeFrame(index, message.width, message.height, { palette, delay: message.delay, repeat: 0 });
    frames += 1;
    self.postMessage({ type: 'encoded', frames } satisfies GifWorkerReply);
  } else {
    gif.finish();
    const bytes = gif.bytes();
    self.postMessage({ type: 'done', bytes: bytes.buffer as ArrayBuffer } satisfies GifWorkerReply, [bytes.buffer]);
  }
};
