import { create } from 'zustand';
import type { HyperParameters } from '../engine/optimizerKinds';
import type { Data } from '../engine/point';
import type { Lane } from '../engine/race';
import { checkData } from '../scenarios/data';
import {
  DEFAULT_SCENARIO,
  scenarioIds,
  scenarioOf,
  type AnyScenario,
  type ScenarioId,
  type SettingsOf,
  type StepOf,
} from '../scenarios/registry';
import type { CommonSettings, NumberSetting } from '../scenarios/scenario';
import type { LinkState } from '../url/hash';
import { chooseLanguage, currentLanguage, msg, onLanguageChange, type Msg } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { changeSetting, freshRun, resetRun, seekRun, stepRun, type Run } from '../scenarios/run';

export type RunOf<K extends ScenarioId> = Run<SettingsOf<K>, StepOf<K>>;

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

export interface DescentState {
  readonly scenario: ScenarioId;
  /** Each scenario keeps its own settings and history for the session. */
  readonly runs: { readonly [K in ScenarioId]: RunOf<K> };
  readonly playing: Playing;
  readonly speed: string;
  /** Messages about a link's fields that were ignored. */
  readonly notices: readonly Msg[];
  /**
   * The page's language, mirrored from i18n (which holds it: see i18n.ts) so that a component
   * selecting it renders again on a switch. Only the mirror below writes it.
   */
  readonly language: Language;
  /** Large type, high contrast, fewer controls: for a projector. */
  readonly presenter: boolean;
  /** The compact view for an iframe (`embed=1` in the link): charts, the main buttons, the status. */
  readonly embed: boolean;
  /** Why the last data edit was refused (too few or too many points, a value out of range). */
  readonly dataError: Msg | null;
  /** "Predict, then reveal": Step first asks which way and how far the main parameter moves. */
  readonly predictMode: boolean;
  /** The prediction form is open, waiting for a guess. */
  readonly asking: boolean;
  /** The last revealed step against its prediction. */
  readonly reveal: Reveal | null;
  /** A predicted change picked on the loss chart (signed), for the prediction form. */
  readonly guess: number | null;
  /**
   * The learning rate being chosen (slider dragged or focused, or a valid rate being typed), for
   * the what-if path and the forecast; null when no rate is being chosen.
   */
  readonly candidateRate: number | null;
  /** The run as it was before the last change that can be undone, with the notice's words. */
  readonly undoable: UndoPoint | null;
}

/** A snapshot to go back to: one scenario's whole run (settings, data, history) before a change. */
export interface UndoPoint {
  /** What the change did, for the notice that offers Undo ("Imported 30 points from a.csv."). */
  readonly message: Msg;
  readonly scenario: ScenarioId;
  readonly run: RunOf<ScenarioId>;
}

export interface Reveal {
  readonly parameter: string;
  /** The predicted change (signed). */
  readonly predicted: number;
  /** The real change (signed). */
  readonly actual: number;
}

export interface DescentActions {
  setScenario(id: ScenarioId): void;
  step(count?: number): void;
  run(): void;
  trainToEnd(): void;
  pause(): void;
  toggleRun(): void;
  reset(): void;
  stepBack(): void;
  seek(cursor: number): void;
  setLearningRate(value: number): void;
  /** A starting value or budget, by its URL key ("b3", "w", "epochs"...). */
  setSetting(key: string, value: number): void;
  /** New data for the active scenario; refused (with dataError set) unless checkData accepts it. */
  setData(data: Data): void;
  /** A setting chosen from a list ("mode", "train", "init"): starts over. */
  setChoice(key: string, value: string): void;
  setSpeed(id: string): void;
  /** The race's lanes and hyper-parameters: part of the settings (and the link), not of the run. */
  setRace(lanes: readonly Lane[], hyper?: HyperParameters): void;
  /** Applies a parsed link: its scenario and settings, then replays its iterations. */
  load(link: LinkState, notices: readonly Msg[]): void;
  /** Switches every text to `language` once its catalog has loaded; the run goes on as it was. */
  setLanguage(language: Language): Promise<void>;
  dismissNotices(): void;
  setPresenter(on: boolean): void;
  setPredictMode(on: boolean): void;
  /** Step, or in predict mode ask for a prediction first. */
  requestStep(): void;
  /** Takes the step a prediction was made for, and records both for comparison. */
  revealStep(predicted: number): void;
  cancelPrediction(): void;
  setGuess(change: number | null): void;
  /**
   * Makes a change undoable: remembers the active run, applies `change` (other actions of this
   * store), and when the run changed shows `message` in a notice offering Undo. Generic: an import,
   * a data set, Standardize x use it; so can Reset.
   */
  withUndo(message: Msg, change: () => void): void;
  /** New data that starts the run over, undoably; returns why it was refused (data untouched), or null. */
  replaceData(data: Data, message: Msg): Msg | null;
  /** Brings back the remembered run (its data, settings and history) and its scenario. */
  undo(): void;
  dismissUndo(): void;
  setCandidateRate(rate: number | null): void;
}

export type DescentStore = DescentState & DescentActions;

export const initialState: DescentState = {
  scenario: DEFAULT_SCENARIO,
  runs: Object.fromEntries(
    scenarioIds.map((id) => [id, freshRun(scenarioOf(id), scenarioOf(id).defaults)]),
  ) as DescentState['runs'],
  playing: null,
  speed: DEFAULT_SPEED,
  notices: [],
  language: currentLanguage(),
  presenter: false,
  embed: false,
  dataError: null,
  predictMode: false,
  asking: false,
  reveal: null,
  guess: null,
  undoable: null,
  candidateRate: null,
};

type AnyRun = Run<CommonSettings, unknown>;

/** The one place the scenario-typed runs meet the generic run functions. */
function activeOf(state: DescentState): { scenario: AnyScenario; run: AnyRun } {
  return {
    scenario: scenarioOf(state.scenario),
    run: state.runs[state.scenario] as AnyRun,
  };
}

function withRun(state: DescentState, run: AnyRun): Pick<DescentState, 'runs'> {
  return { runs: { ...state.runs, [state.scenario]: run } };
}

export const useDescent = create<DescentStore>()((set, get) => {
  /** Replaces the active run, and stops the run loop when the run can take no more steps. */
  const update = (change: (scenario: AnyScenario, run: AnyRun) => AnyRun, stopPlaying = false) => {
    const state = get();
    const { scenario, run } = activeOf(state);
    const next = change(scenario, run);
    if (next === run && !stopPlaying) return;
    const ended = next.outcome.kind !== 'ready' && next.cursor === next.history.length;
    set({ ...withRun(state, next), playing: stopPlaying || ended ? null : state.playing });
  };
  // Lingui also says "change" when a catalog loads: only a new language is written.
  onLanguageChange((language) => {
    if (get().language !== language) set({ language });
  });
  const settingFor = (key: string): NumberSetting<CommonSettings> | undefined => {
    const { scenario } = activeOf(get());
    return [scenario.learningRate, ...scenario.settings].find((s) => s.key === key);
  };

  return {
    ...initialState,
    setScenario: (id) =>
      set({
        scenario: id,
        playing: null,
        dataError: null,
        asking: false,
        reveal: null,
        guess: null,
        candidateRate: null,
      }),
    step: (count = 1) => update((scenario, run) => stepRun(scenario, run, count)),
    run: () => {
      const { run } = activeOf(get());
      if (run.outcome.kind === 'ready' || run.cursor < run.history.length) set({ playing: 'paced' });
    },
    trainToEnd: () => {
      const { run } = activeOf(get());
      if (run.outcome.kind === 'ready' || run.cursor < run.history.length) set({ playing: 'to-end' });
    },
    pause: () => set({ playing: null }),
    toggleRun: () => (get().playing ? get().pause() : get().run()),
    // An accidental Reset (the r key is one press away) can be undone from its notice.
    reset: () => {
      const { scenario, run } = activeOf(get());
      const taken = run.history.length;
      get().withUndo(msg('store.reset', { unit: scenario.unit, count: taken }), () =>
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
    setData: (data) => {
      const checked = checkData(data);
      if (!checked.ok) {
        set({ dataError: checked.error });
        return;
      }
      set({ dataError: null });
      update((scenario, run) => freshRun(scenario, { ...run.settings, data: checked.value }), true);
    },
    setChoice: (key, value) =>
      update((scenario, run) => {
        const choice = scenario.choices.find((c) => c.key === key);
        const valid = choice?.options.some((o) => o.value === value);
        return choice && valid ? freshRun(scenario, choice.write(run.settings, value)) : run;
      }, true),
    setRace: (race, hyper) =>
      update((_, run) => ({ ...run, settings: { ...run.settings, race, ...(hyper && { hyper }) } })),
    setSpeed: (id) => set({ speed: SPEEDS.some((s) => s.id === id) ? id : DEFAULT_SPEED }),
    load: (link, notices) => {
      set({ scenario: link.scenario, playing: null, notices, embed: link.embed ?? false });
      if (link.lang && link.lang !== get().language) void get().setLanguage(link.lang);
      update((scenario) => stepRun(scenario, freshRun(scenario, link.settings), link.iter), true);
    },
    dismissNotices: () => set({ notices: [] }),
    setLanguage: (language) => chooseLanguage(language),
    setPresenter: (presenter) => set({ presenter }),
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
        reveal: { parameter: primary.name, predicted, actual: primary.after(taken) - primary.before(taken) },
      });
    },
    cancelPrediction: () => set({ asking: false, guess: null }),
    setGuess: (guess) => set({ guess }),
    withUndo: (message, change) => {
      const before = get();
      const run = before.runs[before.scenario];
      change();
      const after = get();
      const now = after.runs[after.scenario];
      // A fresh run on the same settings (a reset with nothing to clear) is no change to undo.
      const same = now === run || (now.settings === run.settings && now.history.length + run.history.length === 0);
      if (after.scenario === before.scenario && same) return;
      set({ undoable: { message, scenario: before.scenario, run } });
    },
    replaceData: (data, message) => {
      const checked = checkData(data);
      if (!checked.ok) return checked.error;
      get().withUndo(message, () => {
        set({ dataError: null });
        update((scenario, run) => freshRun(scenario, { ...run.settings, data: checked.value }), true);
      });
      return null;
    },
    undo: () => {
      const { undoable, runs } = get();
      if (!undoable) return;
      set({
        scenario: undoable.scenario,
        runs: { ...runs, [undoable.scenario]: undoable.run },
        playing: null,
        dataError: null,
        asking: false,
        reveal: null,
        guess: null,
        undoable: null,
      });
    },
    dismissUndo: () => set({ undoable: null }),
    setCandidateRate: (rate) =>
      set({ candidateRate: rate !== null && Number.isFinite(rate) && rate > 0 ? rate : null }),
  };
});

/**
 * Back to the first-load state: for tests, and for a page that wants to start over. The language
 * is not the store's to reset: it stays the one i18n speaks.
 */
export function resetDescent(): void {
  useDescent.setState({ ...initialState, language: currentLanguage() });
}
