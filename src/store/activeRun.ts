import type { StoreApi } from 'zustand';
import { scenarioOf, type AnyScenario } from '../scenarios/registry';
import type { Run } from '../scenarios/run';
import type { CommonSettings } from '../scenarios/scenario';
import type { DescentState, DescentStore } from './descentStore';
import type { RunSnapshot } from './runsSlice';
import type { LinkState } from '../url/hash';

export type AnyRun = Run<CommonSettings, unknown>;

/** The one place the scenario-typed runs meet the generic run functions. */
export function activeOf(state: Pick<DescentState, 'scenario' | 'runs'>): { scenario: AnyScenario; run: AnyRun } {
  return {
    scenario: scenarioOf(state.scenario),
    run: state.runs[state.scenario] as AnyRun,
  };
}

export function withRun(state: Pick<DescentState, 'scenario' | 'runs'>, run: AnyRun): Pick<DescentState, 'runs'> {
  return { runs: { ...state.runs, [state.scenario]: run } };
}

/**
 * What no longer applies once another run is shown (a scenario switch, an undo): the run loop, a
 * refused data edit, a prediction asked or revealed.
 */
export const LEAVING_RUN = { playing: null, dataError: null, asking: false, reveal: null, guess: null } as const;

/** Replaces the active run, and stops the run loop when the run can take no more steps. */
export function updateActive(
  set: StoreApi<DescentStore>['setState'],
  get: StoreApi<DescentStore>['getState'],
  change: (scenario: AnyScenario, run: AnyRun) => AnyRun,
  stopPlaying = false,
): void {
  const state = get();
  const { scenario, run } = activeOf(state);
  const next = change(scenario, run);
  if (next === run && !stopPlaying) return;
  const ended = next.outcome.kind !== 'ready' && next.cursor === next.history.length;
  // A rate chosen and let go forecast the step from where the run was: once it moves, that is gone.
  const moved = next.cursor !== run.cursor && !state.candidateHeld;
  set({
    ...withRun(state, next),
    playing: stopPlaying || ended ? null : state.playing,
    ...(moved && { candidateRate: null }),
  });
}

/** The runs with `snapshot` put back, and its scenario shown again. */
export function restored(
  state: Pick<DescentState, 'runs'>,
  snapshot: RunSnapshot,
): Pick<DescentState, 'scenario' | 'runs'> {
  return { scenario: snapshot.scenario, runs: { ...state.runs, [snapshot.scenario]: snapshot.run } };
}

/** What a link says about the page around the run: the compact view, the lesson, the hidden panels. */
export const linkedPage = (link: LinkState) => ({
  embed: link.embed ?? false,
  lesson: link.lesson ?? null,
  hidden: link.hide ?? [],
});
