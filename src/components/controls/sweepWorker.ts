/// <reference lib="webworker" />
import { sweepOne, type SweepReply, type SweepRequest } from './sweepJob';

/**
 * Runs a steps-to-converge sweep off the main thread, posting each row as it is done (the panel
 * shows progress). It works in slices of a few milliseconds and yields between them, so a new
 * request replaces the running one within a slice; one worker serves every sweep. It yields
 * through a MessageChannel: nested setTimeout(0) is clamped to 4 ms, which made a 62-rate sweep
 * of the bias scenario take a quarter of a second of waiting.
 */
const SLICE_MS = 8;
let current: SweepRequest | null = null;
let index = 0;
const tick = new MessageChannel();

function work(): void {
  const request = current;
  if (!request) return;
  const start = performance.now();
  while (index < request.rates.length && performance.now() - start < SLICE_MS) {
    const reply: SweepReply = { job: request.job, index, row: sweepOne(request, index) };
    self.postMessage(reply);
    index++;
  }
  if (index < request.rates.length) tick.port2.postMessage(null);
  else current = null;
}
tick.port1.onmessage = work;

self.onmessage = (event: MessageEvent<SweepRequest>) => {
  const idle = current === null;
  current = event.data;
  index = 0;
  if (idle) tick.port2.postMessage(null);
};
