/**
 * A new build that has been downloaded and waits to take over (its service worker is "waiting"),
 * with the way to apply it. It belongs to this page load, not to a run, a link or Undo, so it is
 * kept here rather than in the store. (No React here: the worker's registration, loaded after the
 * first render, sets it.)
 */
let apply: (() => void) | null = null;
const listeners = new Set<() => void>();

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The waiting update's apply function, or null when there is none (or it was dismissed). */
export const waitingUpdate = (): (() => void) | null => apply;

function set(next: (() => void) | null): void {
  apply = next;
  for (const listener of listeners) listener();
}

export const offerUpdate = (applyUpdate: () => void): void => set(applyUpdate);

/** Not now: the new build still takes over once every tab of the page is closed. */
export const dismissUpdate = (): void => set(null);
