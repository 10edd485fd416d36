import { create } from 'zustand';
import { createDataSlice, dataInitial, type DataActions, type DataState } from './dataSlice';
import { createLessonSlice, lessonInitial, type LessonActions, type LessonState } from './lessonSlice';
import { createPageSlice, pageInitial, type PageActions, type PageState } from './pageSlice';
import { createPlaybackSlice, playbackInitial, type PlaybackActions, type PlaybackState } from './playbackSlice';
import { createPredictSlice, predictInitial, type PredictActions, type PredictState } from './predictSlice';
import { createRateInputSlice, rateInputInitial, type RateInputActions, type RateInputState } from './rateInputSlice';
import { createRunsSlice, runsInitial, type RunsActions, type RunsState } from './runsSlice';
import { createUndoSlice, undoInitial, type UndoActions, type UndoState } from './undoSlice';

// The store's public names stay here, whichever slice defines them, so callers import one module.
export { DEFAULT_SPEED, isPlayingFast, SPEEDS, stepsPerSecond, type Playing, type Speed } from './playbackSlice';
export type { Reveal } from './predictSlice';
export type { RunOf, RunSnapshot } from './runsSlice';
export type { UndoPoint } from './undoSlice';

/*
 * One store, in slices (zustand's slices pattern): each concern's state, actions and initial
 * values in a file of its own, composed here. An action that changes another slice's state lives
 * in the slice that owns its result (Reset is a run change, undoably: runsSlice).
 */
export type DescentState = RunsState &
  DataState &
  PlaybackState &
  PredictState &
  UndoState &
  PageState &
  RateInputState &
  LessonState;
export type DescentActions = RunsActions &
  DataActions &
  PlaybackActions &
  PredictActions &
  UndoActions &
  PageActions &
  RateInputActions &
  LessonActions;
export type DescentStore = DescentState & DescentActions;

export const initialState: DescentState = {
  ...runsInitial,
  ...dataInitial,
  ...playbackInitial,
  ...predictInitial,
  ...undoInitial,
  ...pageInitial(),
  ...rateInputInitial,
  ...lessonInitial,
};

export const useDescent = create<DescentStore>()((...a) => ({
  ...initialState,
  ...createRunsSlice(...a),
  ...createDataSlice(...a),
  ...createPlaybackSlice(...a),
  ...createPredictSlice(...a),
  ...createUndoSlice(...a),
  ...createPageSlice(...a),
  ...createRateInputSlice(...a),
  ...createLessonSlice(...a),
}));

/**
 * Back to the first-load state: for tests, and for a page that wants to start over. The language
 * is not the store's to reset: it stays the one i18n speaks.
 */
export function resetDescent(): void {
  useDescent.setState({ ...initialState, language: pageInitial().language });
}
