import { useEffect, useRef, useState } from 'react';

interface Scheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Calls `callback` once the next frame is painted and the tasks queued for it have run. A
 * background task where Chromium has them (it waits behind every normal task); a timer elsewhere.
 */
function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (!cancelled) callback();
  };
  const frame = requestAnimationFrame(() => {
    const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
    if (scheduler?.postTask) void scheduler.postTask(run, { priority: 'background' });
    else timer = setTimeout(run, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * The value as it was when the last frame was painted: a Step's (or a slider's) own render leaves
 * a costly panel as it was, the browser paints the Step, and the panel follows in a render of its
 * own right after. Unlike useDeferredValue, whose render React may run before the paint, this
 * waits for the frame. A value that keeps changing (a run) is still shown once per frame: a
 * pending update takes the newest value when it runs, it is never restarted.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => {
    latest.current = value;
    if (Object.is(value, shown) || cancel.current) return;
    cancel.current = afterNextPaint(() => {
      cancel.current = null;
      setShown(() => latest.current);
    });
  });
  useEffect(
    () => () => {
      cancel.current?.();
      cancel.current = null;
    },
    [],
  );
  return shown;
}
