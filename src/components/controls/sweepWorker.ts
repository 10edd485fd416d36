/// <reference lib="webworker" />
import { sweepOne, type SweepReply, type SweepRequest } from './sweepJob';

/**
 * Runs a steps-to-converge sweep off the main thread, one rate at a time, posting each row as it
 * is done (the panel shows progress). The page cancels a sweep by ending this worker.
 */
self.onmessage = (event: MessageEvent<SweepRequest>) => {
  const request = event.data;
  for (let index = 0; index < request.rates.length; index++) {
    const reply: SweepReply = { job: request.job, index, row: sweepOne(request, index) };
    self.postMessage(reply);
  }
};
