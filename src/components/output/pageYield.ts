/**
 * Lets the browser run other tasks (input, paint) before going on: between the step, the drawing
 * and the pixel read, so each is a task of its own and none approaches 50 ms.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
