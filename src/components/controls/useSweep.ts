import { useEffect, useRef, useState } from 'react';
import type { SweepRow } from '../../engine/forecast';
import type { ScenarioId } from '../../scenarios/registry';
import type { CommonSettings } from '../../scenarios/scenario';
import type { SweepReply, SweepRequest } from './sweepJob';

export interface SweepState {
  /** Rows done so far, in rate order (undefined where not yet done). */
  readonly rows: readonly (SweepRow | undefined)[];
  readonly done: number;
  readonly total: number;
}

let jobs = 0;

/**
 * The steps-to-converge sweep for these settings and rates, computed in a Web Worker (a network
 * sweep runs up to 10,000 steps per rate), row by row, with progress. A new key (scenario, data,
 * start or stopping settings: never the rate or a step) ends the running sweep and starts anew.
 * Without workers (jsdom) there is no sweep: the panel says so.
 */
export function useSweep(
  scenario: ScenarioId,
  settings: CommonSettings,
  rates: readonly number[],
  key: string,
): SweepState {
  const [state, setState] = useState<SweepState & { key: string }>({ key: '', rows: [], done: 0, total: rates.length });
  // One worker for the panel's life: a new sweep replaces the running one inside it.
  const worker = useRef<Worker | null>(null);
  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    worker.current = new Worker(new URL('./sweepWorker.ts', import.meta.url), { type: 'module' });
    return () => {
      worker.current?.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    // An empty key: not wanted yet.
    if (key === '') return undefined;
    const job = ++jobs;
    const request: SweepRequest = { job, scenario, settings: { ...settings, race: undefined }, rates };
    const rows: (SweepRow | undefined)[] = new Array(rates.length).fill(undefined);
    let done = 0;
    let frame = 0;
    // Rows are gathered and shown at most once a frame, so a fast sweep does not re-render per row.
    const show = () => {
      frame = 0;
      setState({ key, rows: rows.slice(), done, total: rates.length });
    };
    const receive = (reply: SweepReply) => {
      if (reply.job !== job) return;
      reply.rows.forEach((row, k) => (rows[reply.from + k] = row));
      done += reply.rows.length;
      if (done === rates.length) {
        if (frame) cancelAnimationFrame(frame);
        show();
        // For npm run bench: the sweep's time from request to its last row.
        performance.measure('descent-sweep', `descent-sweep-${job}`);
        performance.clearMarks(`descent-sweep-${job}`);
      } else if (!frame) frame = requestAnimationFrame(show);
    };
    // No state to reset: until its first rows arrive, a new key already reads as an empty sweep
    // (below), and a render here would only redraw the same empty panel while the worker runs.
    const sweeper = worker.current;
    // No workers (jsdom): no sweep, rather than minutes of main-thread work in every test.
    if (!sweeper) return undefined;
    sweeper.onmessage = (event: MessageEvent<SweepReply>) => receive(event.data);
    performance.mark(`descent-sweep-${job}`);
    sweeper.postMessage(request);
    return () => {
      if (frame) cancelAnimationFrame(frame);
    };
    // The key stands for the settings and rates: a new settings object with the same key (a new
    // rate, a step) must not restart the sweep.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return state.key === key ? state : { rows: [], done: 0, total: rates.length };
}
