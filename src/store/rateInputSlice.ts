import type { StateCreator } from 'zustand';
import type { DescentStore } from './descentStore';

export interface RateInputState {
  /**
   * The learning rate being chosen (slider dragged or focused, or a valid rate being typed), or the
   * one last chosen, for the what-if path and the forecast; null when there is none.
   */
  readonly candidateRate: number | null;
  /**
   * A rate control still holds the candidate (focused, pressed, or a draft being typed): it follows
   * the run while held. Once let go it stays only until the next step, which it no longer
   * describes (the forecast was read at the rate's choice, not at every later step).
   */
  readonly candidateHeld: boolean;
}

export interface RateInputActions {
  /** A control holds this rate (null: it holds none, and nothing stays). */
  setCandidateRate(rate: number | null): void;
  /** The control lets go of the rate it chose (or of `rate`, just applied): it stays until the next step. */
  keepCandidateRate(rate?: number): void;
  /** The control lets go without choosing: what it held goes, a rate kept from before stays. */
  dropHeldCandidateRate(): void;
}

export const rateInputInitial: RateInputState = { candidateRate: null, candidateHeld: false };

const valid = (rate: number | null): number | null =>
  rate !== null && Number.isFinite(rate) && rate > 0 ? rate : null;

export const createRateInputSlice: StateCreator<DescentStore, [], [], RateInputActions> = (set, get) => ({
  setCandidateRate: (rate) => {
    const candidateRate = valid(rate);
    set({ candidateRate, candidateHeld: candidateRate !== null });
  },
  keepCandidateRate: (rate) =>
    set({ candidateRate: rate === undefined ? get().candidateRate : valid(rate), candidateHeld: false }),
  dropHeldCandidateRate: () => {
    if (get().candidateHeld) set(rateInputInitial);
  },
});
