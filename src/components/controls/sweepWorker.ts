/// <reference lib="webworker" />
import type { SweepRow } from '../../engine/forecast';
import { scenarioOf } from '../../scenarios/registry';
import { sweepOne, unpacked, type SweepReply, type SweepRequest } from './sweepJob';

/**
 * Runs a steps-to-converge sweep off the main thread, posting the rows done in each slice as one
 * message (the panel shows progress; a linreg sweep fits in one slice, so the main thread
 * gets one message, not sixty). It works in slices of a few milliseconds and yields between them,
 * so a new request replaces the running one within a slice; one worker serves every sweep. It
 * yields through a MessageChannel: nested setTimeout(0) is clamped to 4 ms, which made a 62-rate
 * sweep of the bias scenario take a quarter of a second of waiting.
 */
const SLICE_MS = 8;
let current: SweepRequest | null = null;
let index = 0;
const tick = new MessageChannel();
// One slice at a time is queued: a stop then a new request must not start a second chain.
let queued = false;
const queue = () => {
  if (queued) return;
  queued = true;
  tick.port2.postMessage(null);
};

function work(): void {
  queued = false;
  const request = current;
  if (!request) return;
  const start = performance.now();
  const from = index;
  const rows: SweepRow[] = [];
  while (index < request.rates.length && performance.now() - start < SLICE_MS) {
    rows.push(sweepOne(request, index));
    index++;
  }
  const reply: SweepReply = { job: request.job, from, rows };
  self.postMessage(reply);
  if (index < request.rates.length) queue();
  else current = null;
}
tick.port1.onmessage = work;

// A request starts a sweep in place of the running one; null only stops it.
// Counts requests, so a sweep waiting for its scenario's code never replaces a later request.
let received = 0;
self.onmessage = (event: MessageEvent<SweepRequest | null>) => {
  const request = event.data && unpacked(event.data);
  const mine = ++received;
  const start = () => {
    if (mine !== received) return;
    current = request;
    index = 0;
    if (current) queue();
  };
  // A scenario whose code loads on demand (the surface lab) is loaded here too, once.
  const loading = request ? scenarioOf(request.scenario).load?.() : undefined;
  if (!loading) return start();
  current = null;
  void loading.then(start);
};
