import type { StateCreator } from 'zustand';
import type { HyperParameters } from '../engine/optimizerKinds';
import type { Lane } from '../engine/race';
import { msg, type Msg } from '../i18n/i18n';
import {
  DEFAULT_SCENARIO,
  scenarioIds,
  scenarioOf,
  type ScenarioId,
  type SettingsOf,
  type StepOf,
} from '../scenarios/registry';
import { changeSetting, freshRun, resetRun, seekRun, stepRun, type Run } from '../scenarios/run';
import { numberSettings, unitOf, type CommonSettings, type NumberSetting } from '../scenarios/scenario';
import type { LinkState } from '../url/hash';
import { activeOf, LEAVING_RUN, linkedPage, restored, updateActive } from './activeRun';
import type { DescentStore } from './descentStore';

export type RunOf<K extends ScenarioId> = Run<SettingsOf<K>, StepOf<K>>;

/** One scenario's whole run (settings, data, history), to go back to. */
export interface RunSnapshot {
  readonly scenario: ScenarioId;
  readonly run: RunOf<ScenarioId>;
}

export interface RunsState {
  readonly scenario: ScenarioId;
  /** Each scenario keeps its own settings and history for the session. */
  readonly runs: { readonly [K in ScenarioId]: RunOf<K> };
}

export interface RunsActions {
  setScenario(id: ScenarioId): void;
  step(count?: number): void;
  reset(): void;
  stepBack(): void;
  seek(cursor: number): void;
  setLearningRate(value: number): void;
  /** A starting value or budget, by its URL key ("b3", "w", "epochs"...). */
  setSetting(key: string, value: number): void;
  /** A setting chosen from a list ("mode", "train", "init"): starts over. */
  setChoice(key: string, value: string): void;
  /**
   * A setting typed as text (the model's formula): a good one starts over; a bad one changes
   * nothing and comes back as the message saying what is wrong (null when applied).
   */
  setText(key: string, text: string): Msg | null;
  /** The race's lanes and hyper-parameters: part of the settings (and the link), not of the run. */
  setRace(lanes: readonly Lane[], hyper?: HyperParameters): void;
  /** Applies a parsed link: its scenario and settings, then replays its iterations. */
  load(link: LinkState, notices: readonly Msg[]): void;
  /** The active run as it is now, for restoreRun (a recording steps the real run, then puts it back). */
  snapshotRun(): RunSnapshot;
  /** Brings back a snapshot's run and shows its scenario again. */
  restoreRun(snapshot: RunSnapshot): void;
}

export const runsInitial: RunsState = {
  scenario: DEFAULT_SCENARIO,
  runs: Object.fromEntries(
    scenarioIds.map((id) => [id, freshRun(scenarioOf(id), scenarioOf(id).defaults)]),
  ) as RunsState['runs'],
};

export const createRunsSlice: StateCreator<DescentStore, [], [], RunsActions> = (set, get) => {
  let chosen: ScenarioId | null = null;
  const update: (change: Parameters<typeof updateActive>[2], stopPlaying?: boolean) => void = (change, stop) =>
    updateActive(set, get, change, stop);
  const settingFor = (key: string): NumberSetting<CommonSettings> | undefined => {
    const { scenario, run } = activeOf(get());
    return [scenario.learningRate, ...numberSettings(scenario, run.settings)].find((s) => s.key === key);
  };

  return {
    setScenario: (id) => {
      const show = () => set({ scenario: id, ...LEAVING_RUN, candidateRate: null, candidateHeld: false });
      const loading = scenarioOf(id).load?.();
      if (!loading) return show();
      // A scenario whose code comes in its own chunk is shown once it is there (the choice made last wins).
      chosen = id;
      loading.then(
        () => chosen === id && show(),
        () => undefined,
      );
    },
    step: (count = 1) => update((scenario, run) => stepRun(scenario, run, count)),
    // An accidental Reset (the r key is one press away) can be undone from its notice.
    reset: () => {
      const { scenario, run } = activeOf(get());
      const taken = run.history.length;
      get().withUndo(msg('store.reset', { unit: unitOf(scenario, run.settings), count: taken }), () =>
        update((scenario, run) => resetRun(scenario, run), true),
      );
    },
    stepBack: () => update((_, run) => seekRun(run, run.cursor - 1), true),
    seek: (cursor) => update((_, run) => seekRun(run, cursor), true),
    setLearningRate: (value) => get().setSetting('lr', value),
    setSetting: (key, value) => {
      const setting = settingFor(key);
      if (!setting) return;
      update((scenario, run) => changeSetting(scenario, run, setting, value), setting.restarts);
    },
    setChoice: (key, value) =>
      update((scenario, run) => {
        const choice = scenario.choices.find((c) => c.key === key);
        const valid = choice?.options.some((o) => o.value === value);
        return choice && valid ? freshRun(scenario, choice.write(run.settings, value)) : run;
      }, true),
    setText: (key, text) => {
      const { scenario, run } = activeOf(get());
      const field = scenario.texts?.find((f) => f.key === key);
      if (!field) return null;
      const written = field.write(run.settings, text);
      if (!written.ok) return written.error;
      update((scenario) => freshRun(scenario, written.value), true);
      return null;
    },
    setRace: (race, hyper) =>
      update((_, run) => ({ ...run, settings: { ...run.settings, race, ...(hyper && { hyper }) } })),
    load: (link, notices) => {
      set({ scenario: link.scenario, playing: null, notices, ...linkedPage(link) });
      if (link.lang && link.lang !== get().language) void get().setLanguage(link.lang);
      update((scenario) => stepRun(scenario, freshRun(scenario, link.settings), link.iter), true);
    },
    snapshotRun: () => {
      const { scenario, runs } = get();
      return { scenario, run: runs[scenario] };
    },
    restoreRun: (snapshot) => set((state) => restored(state, snapshot)),
  };
};
