import type { StateCreator } from 'zustand';
import type { Msg } from '../i18n/i18n';
import { LEAVING_RUN, restored } from './activeRun';
import type { DescentStore } from './descentStore';
import type { RunSnapshot } from './runsSlice';

/** A snapshot to go back to: one scenario's whole run (settings, data, history) before a change. */
export interface UndoPoint extends RunSnapshot {
  /** What the change did, for the notice that offers Undo ("Imported 30 points from a.csv."). */
  readonly message: Msg;
}

export interface UndoState {
  /** The run as it was before the last change that can be undone, with the notice's words. */
  readonly undoable: UndoPoint | null;
}

export interface UndoActions {
  /**
   * Makes a change undoable: remembers the active run, applies `change` (other actions of this
   * store), and when the run changed shows `message` in a notice offering Undo. Generic: an import,
   * a data set, Standardize x use it; so can Reset.
   */
  withUndo(message: Msg, change: () => void): void;
  /** Brings back the remembered run (its data, settings and history) and its scenario. */
  undo(): void;
  dismissUndo(): void;
}

export const undoInitial: UndoState = { undoable: null };

export const createUndoSlice: StateCreator<DescentStore, [], [], UndoActions> = (set, get) => ({
  withUndo: (message, change) => {
    const before = get().snapshotRun();
    change();
    const after = get().snapshotRun();
    const { run } = before;
    const now = after.run;
    // A fresh run on the same settings (a reset with nothing to clear) is no change to undo.
    const same = now === run || (now.settings === run.settings && now.history.length + run.history.length === 0);
    if (after.scenario === before.scenario && same) return;
    set({ undoable: { message, ...before } });
  },
  undo: () => {
    const { undoable } = get();
    if (!undoable) return;
    set((state) => ({ ...restored(state, undoable), ...LEAVING_RUN, undoable: null }));
  },
  dismissUndo: () => set({ undoable: null }),
});
