import type { StateCreator } from 'zustand';
import type { Data } from '../engine/point';
import type { Msg } from '../i18n/i18n';
import { checkData } from '../scenarios/data';
import { freshRun } from '../scenarios/run';
import { activeOf, updateActive } from './activeRun';
import { maxPointsOf } from '../scenarios/dataSets';
import type { DescentStore } from './descentStore';

export interface DataState {
  /** Why the last data edit was refused (too few or too many points, a value out of range). */
  readonly dataError: Msg | null;
}

export interface DataActions {
  /** New data for the active scenario; refused (with dataError set) unless checkData accepts it. */
  setData(data: Data): void;
  /** New data that starts the run over, undoably; returns why it was refused (data untouched), or null. */
  replaceData(data: Data, message: Msg): Msg | null;
}

export const dataInitial: DataState = { dataError: null };

export const createDataSlice: StateCreator<DescentStore, [], [], DataActions> = (set, get) => {
  /** Starts the active run over on `data` if checkData accepts it; returns why not, or null. */
  const startOver = (data: Data): Msg | null => {
    const checked = checkData(data, maxPointsOf(activeOf(get()).scenario));
    if (!checked.ok) return checked.error;
    set({ dataError: null });
    updateActive(set, get, (scenario, run) => freshRun(scenario, { ...run.settings, data: checked.value }), true);
    return null;
  };
  return {
    setData: (data) => {
      const refused = startOver(data);
      if (refused) set({ dataError: refused });
    },
    // A refused import changes no run, so withUndo leaves no undo point for it.
    replaceData: (data, message) => {
      let refused: Msg | null = null;
      get().withUndo(message, () => (refused = startOver(data)));
      return refused;
    },
  };
};
