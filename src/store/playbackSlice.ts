import type { StateCreator } from 'zustand';
import { msg, type Msg } from '../i18n/i18n';
import { activeOf } from './activeRun';
import type { DescentStore } from './descentStore';

/** How Run plays: paced at a number of steps per second, or as many steps as fit in a frame. */
export interface Speed {
  readonly id: string;
  /** Its name in the Speed select, put into words when shown. */
  readonly label: Msg;
  readonly perSecond: number;
}

export const SPEEDS: readonly Speed[] = [
  { id: '1', label: msg('controls.speed.perSecond', { count: 1 }), perSecond: 1 },
  { id: '3', label: msg('controls.speed.perSecond', { count: 3 }), perSecond: 3 },
  { id: '10', label: msg('controls.speed.perSecond', { count: 10 }), perSecond: 10 },
  { id: '60', label: msg('controls.speed.perSecond', { count: 60 }), perSecond: 60 },
  { id: 'fast', label: msg('controls.speed.fast'), perSecond: Infinity },
];
export const DEFAULT_SPEED = '3';

/** Steps per second of a speed setting (3, the default, for an unknown id). */
export function stepsPerSecond(speedId: string): number {
  return SPEEDS.find((s) => s.id === speedId)?.perSecond ?? 3;
}

/** Playing faster than a person reads each step: the speeds above 3 per second, "Train to end". */
export function isPlayingFast(state: { readonly playing: Playing; readonly speed: string }): boolean {
  return state.playing === 'to-end' || (state.playing !== null && stepsPerSecond(state.speed) > 3);
}

/** Why the run loop is going: Run (paced by the speed) or "Train to end" (as fast as it can). */
export type Playing = 'paced' | 'to-end' | null;

export interface PlaybackState {
  readonly playing: Playing;
  readonly speed: string;
}

export interface PlaybackActions {
  run(): void;
  trainToEnd(): void;
  pause(): void;
  toggleRun(): void;
  setSpeed(id: string): void;
}

export const playbackInitial: PlaybackState = { playing: null, speed: DEFAULT_SPEED };

export const createPlaybackSlice: StateCreator<DescentStore, [], [], PlaybackActions> = (set, get) => {
  /** A run can play while it can step: not stopped yet, or scrubbed back from where it stopped. */
  const play = (playing: Playing) => {
    const { run } = activeOf(get());
    if (run.outcome.kind === 'ready' || run.cursor < run.history.length) set({ playing });
  };
  return {
    run: () => play('paced'),
    trainToEnd: () => play('to-end'),
    pause: () => set({ playing: null }),
    toggleRun: () => (get().playing ? get().pause() : get().run()),
    setSpeed: (id) => set({ speed: SPEEDS.some((s) => s.id === id) ? id : DEFAULT_SPEED }),
  };
};
