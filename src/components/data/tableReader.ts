import { msg } from '../../i18n/i18n';
import type { TableResult } from '../../scenarios/dataTable';
import { readTable, type TableReply, type TableRequest } from './tableJob';

export interface TableReading {
  /** Stops the reading: nothing more is reported. */
  cancel(): void;
}

export interface TableListener {
  progress(fraction: number): void;
  done(result: TableResult): void;
}

/**
 * Reads a table in a module worker, reporting progress and then the result; cancel() ends the
 * worker at once, wherever it is. Without workers (jsdom) the same job runs here, its result
 * arriving after a microtask as a worker's would.
 */
export function readTableOffPage(request: TableRequest, listener: TableListener): TableReading {
  let live = true;
  const receive = (reply: TableReply) => {
    if (!live) return;
    if (reply.type === 'progress') listener.progress(reply.fraction);
    else {
      live = false;
      listener.done(reply.result);
    }
  };
  if (typeof Worker === 'undefined') {
    void Promise.resolve().then(() => readTable(request, receive));
    return { cancel: () => void (live = false) };
  }
  const worker = new Worker(new URL('./tableWorker.ts', import.meta.url), { type: 'module' });
  const end = () => {
    live = false;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<TableReply>) => {
    receive(event.data);
    if (!live) worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const wasLive = live;
    end();
    if (wasLive) listener.done({ ok: false, error: msg('data.import.failed'), line: null });
  };
  worker.postMessage(request);
  return { cancel: end };
}
