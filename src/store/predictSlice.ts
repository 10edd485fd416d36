import type { StateCreator } from 'zustand';
import { activeOf } from './activeRun';
import { primaryName } from '../scenarios/scenario';
import type { DescentStore } from './descentStore';

export interface Reveal {
  readonly parameter: string;
  /** The predicted change (signed). */
  readonly predicted: number;
  /** The real change (signed). */
  readonly actual: number;
}

/** "Predict, then reveal": Step first asks which way and how far the main parameter moves. */
export interface PredictState {
  readonly predictMode: boolean;
  /** The prediction form is open, waiting for a guess. */
  readonly asking: boolean;
  /** The last revealed step against its prediction. */
  readonly reveal: Reveal | null;
  /** A predicted change picked on the loss chart (signed), for the prediction form. */
  readonly guess: number | null;
}

export interface PredictActions {
  setPredictMode(on: boolean): void;
  /** Step, or in predict mode ask for a prediction first. */
  requestStep(): void;
  /** Takes the step a prediction was made for, and records both for comparison. */
  revealStep(predicted: number): void;
  cancelPrediction(): void;
  setGuess(change: number | null): void;
}

export const predictInitial: PredictState = { predictMode: false, asking: false, reveal: null, guess: null };

export const createPredictSlice: StateCreator<DescentStore, [], [], PredictActions> = (set, get) => ({
  setPredictMode: (predictMode) => set({ predictMode, asking: false, reveal: null }),
  requestStep: () => {
    const { predictMode, playing } = get();
    if (predictMode && !playing) set({ asking: true, reveal: null, guess: null });
    else get().step();
  },
  revealStep: (predicted) => {
    const { scenario, run } = activeOf(get());
    get().step();
    const after = activeOf(get()).run;
    if (after.cursor === run.cursor) return set({ asking: false, guess: null }); // the run could not step
    const taken = after.history.at(after.cursor - 1);
    const { primary } = scenario;
    set({
      asking: false,
      guess: null,
      reveal: {
        parameter: primaryName(scenario, run.settings),
        predicted,
        actual: primary.after(taken) - primary.before(taken),
      },
    });
  },
  cancelPrediction: () => set({ asking: false, guess: null }),
  setGuess: (guess) => set({ guess }),
});
