import { useEffect, useMemo, useRef, useState } from 'react';
import type { SweepRow } from '../../engine/forecast';
import type { ScenarioId } from '../../scenarios/registry';
import type { CommonSettings } from '../../scenarios/scenario';
import { scenarioOf } from '../../scenarios/registry';
import { packed, sweepOne, type SweepReply, type SweepRequest } from './sweepJob';

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
 * A scenario whose trainer has a lean run to its rule (bias: the 62 rates in ~0.2 ms) is swept in
 * place instead, in the render its new settings cause: a worker's reply would wait behind the
 * frame that render draws, longer than the work. Without workers (jsdom) there is no worker sweep.
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

  const inPlace = key !== '' && scenarioOf(scenario).trainer.runToStop !== undefined;
  const local = useMemo(() => {
    if (!inPlace) return null;
    const start = performance.now();
    const request: SweepRequest = { job: 0, scenario, settings: { ...settings, race: undefined }, rates };
    const rows = rates.map((_, index) => sweepOne(request, index));
    return { key, rows, done: rows.length, total: rows.length, start, end: performance.now() };
    // As below: the key stands for the settings and rates.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, inPlace]);
  useEffect(() => {
    // For npm run bench, as for a worker's sweep.
    if (local) performance.measure('descent-sweep', { start: local.start, end: local.end });
  }, [local]);

  useEffect(() => {
    // An empty key: not wanted yet; swept in place: not the worker's.
    if (key === '' || inPlace) return undefined;
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
    sweeper.postMessage(packed(request));
    return () => {
      if (frame) cancelAnimationFrame(frame);
      // Settings changed: the worker stops this sweep (a new one, if any, follows).
      sweeper.postMessage(null);
    };
    // The key stands for the settings and rates: a new settings object with the same key (a new
    // rate, a step) must not restart the sweep.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return local ?? (state.key === key ? state : { rows: [], done: 0, total: rates.length });
}
