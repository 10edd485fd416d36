import type { StateCreator } from 'zustand';
import type { DescentStore } from './descentStore';

export interface RateInputState {
  /**
   * The learning rate being chosen (slider dragged or focused, or a valid rate being typed), for
   * the what-if path and the forecast; null when no rate is being chosen.
   */
  readonly candidateRate: number | null;
}

export interface RateInputActions {
  setCandidateRate(rate: number | null): void;
}

export const rateInputInitial: RateInputState = { candidateRate: null };

export const createRateInputSlice: StateCreator<DescentStore, [], [], RateInputActions> = (set) => ({
  setCandidateRate: (rate) => set({ candidateRate: rate !== null && Number.isFinite(rate) && rate > 0 ? rate : null }),
});
