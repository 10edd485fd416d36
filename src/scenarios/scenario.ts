import type { Data } from '../engine/point';
import type { HyperParameters } from '../engine/optimizerKinds';
import type { Lane, RaceProblem } from '../engine/race';
import { GROWTH_STEPS, type Outcome, type Trainer } from '../engine/training';
import type { Parsed, Range } from '../format/parseNumber';
import { msg, t, type MessageKey, type Msg } from '../i18n/i18n';
import { plain } from '../format/number';
import type { DataSet } from './dataSets';
import type { Graph } from '../engine/graph';
import type { Sample } from '../engine/graphLoss';

/** Settings every scenario has. */
export interface CommonSettings {
  readonly learningRate: number;
  readonly data: Data;
  /** Runs raced side by side (bias and linreg): up to four optimizer and learning-rate pairs. */
  readonly race?: readonly Lane[];
  /** The optimizers' hyper-parameters for the race (the papers' defaults when left out). */
  readonly hyper?: HyperParameters;
}

/** A numeric setting: one entry drives its form field, its validation and its URL field. */
export interface NumberSetting<S> extends Range {
  /** URL hash key. */
  readonly key: string;
  /** Accessible name of the form field (a message with values for a field named after a parameter). */
  readonly label: MessageKey | Msg;
  /** Arrow-key increment in the field. */
  readonly step: number;
  read(settings: S): number;
  write(settings: S, value: number): S;
  /** Start values begin a new run; the learning rate, say, applies from the next step on. */
  readonly restarts: boolean;
  /** Whether the setting applies to these settings (a seed only matters when something is random). */
  visible?(settings: S): boolean;
  /** Whether a link spells it out (when left out, whenever it is visible): a default is left out. */
  inLink?(settings: S): boolean;
  /** A sentence under the field on what its value means for these settings. */
  describe?(settings: S): Msg;
}

/** A setting chosen from a list (a select in the form, a word in the URL); changing it starts over. */
export interface ChoiceSetting<S> {
  readonly key: string;
  readonly label: MessageKey;
  readonly options: readonly { readonly value: string; readonly label: MessageKey }[];
  /** The value a link leaves out (the default). */
  readonly fallback: string;
  read(settings: S): string;
  write(settings: S, value: string): S;
}

/** A number setting's accessible name, as a message. */
export const settingName = (setting: { readonly label: MessageKey | Msg }): Msg =>
  typeof setting.label === 'string' ? msg(setting.label) : setting.label;

/**
 * A setting typed as text (the model's formula): read back from a link or a field, with what is
 * wrong with it; a good one starts a new run. Its number settings may depend on it.
 */
export interface TextSetting<S> {
  readonly key: string;
  readonly label: MessageKey;
  read(settings: S): string;
  /** Whether a link spells it out for these settings (the surface's formula only when it is the student's own). */
  visible?(settings: S): boolean;
  /** Never throws: bad text comes back as a message naming what and where, and changes nothing. */
  write(settings: S, text: string): Parsed<S>;
}

/** One column of the history table and of the CSV. */
export interface Column<T> {
  /** The table's header, in the page's language ("Step size", "Tamaño del paso", or a symbol). */
  readonly header: Msg;
  /** The CSV's header: machine text, the same in every language. */
  readonly csv: string;
  value(step: T): number;
  /** A count (the batch within its epoch), shown as a whole number like the first column. */
  readonly count?: boolean;
}

/** How the learning rate behaves for the current data (the slider's shaded bands). */
export interface LearningRateBands {
  /** Below this, every step moves toward the minimum without overshooting. */
  readonly monotoneBelow: number;
  /** Above this, the loss grows without bound (where the curvature is local: it may). */
  readonly divergesAbove: number;
  /**
   * The limits come from the curvature at one point (the network's start), not from a loss that is
   * a parabola everywhere: a run can reach flatter ground and converge above divergesAbove.
   */
  readonly local?: boolean;
  /** What the two numbers come from, in words (in the page's language when asked for). */
  readonly basis: string;
}

/** How a run came to a stop by its own rules, for the status's sentence. */
export type StopKind = 'converged' | 'settled' | 'finished';

/** What one step of a scenario is when counting them: an epoch, or a plain step (an iteration). */
export type StepUnit = 'epoch' | 'step';

/**
 * The scenario's loss as a computational graph of simple operations (the "Computational graph"
 * panel): the whole loss or one point's, and where its parameters stand.
 */
export interface ScenarioGraph<S, T> {
  /** Built once per settings and sample; its parameters are named as the page names them. */
  build(settings: S, sample: Sample): Graph;
  /**
   * The parameters by name where the next step starts: after `last`, or at the start when no step
   * is shown. The graph's gradient there is exactly the step the chain-rule panel shows next.
   */
  values(settings: S, last: T | undefined): Readonly<Record<string, number>>;
}

/**
 * The settings' fields as a function of the settings. Declared as a method so that, like the
 * setting's own read and write, a scenario can be seen through CommonSettings (the generic code
 * hands each scenario back only its own settings).
 */
type SettingsFields<S> = { fields(settings: S): readonly NumberSetting<S>[] }['fields'];

export interface Scenario<S extends CommonSettings, T> {
  /** Its key in the registry and its name in links. */
  readonly id: string;
  readonly title: MessageKey;
  /** The control that names this scenario in the "Scenario" choice. */
  readonly choiceLabel: MessageKey;
  readonly defaults: S;
  readonly trainer: Trainer<S, T>;
  /**
   * Optional: the same steps at a lower cost, equal to the trainer's to rounding (linreg over a
   * whole table: a full batch from the moments). Forecasts and what-if paths run it, which take
   * up to thousands of steps per learning rate a drag passes; null where the trainer is cheap.
   */
  leanTrainer?(settings: S): Trainer<S, T> | null;
  readonly learningRate: NumberSetting<S>;
  /**
   * Starting values and budgets, in form order (the learning rate has its own slider); a function
   * of the settings where they depend on them (the model's "Starting …" field per parameter).
   */
  readonly settings: readonly NumberSetting<S>[] | SettingsFields<S>;
  /** Settings typed as text, before every other field in a link (their numbers depend on them). */
  readonly texts?: readonly TextSetting<S>[];
  /**
   * Loads what reading a link needs (the model's formula parser, kept out of the first load; a
   * real table the link names): a link naming the scenario is read once it resolves. Null when
   * this link needs nothing loaded (it is then read at once).
   */
  prepare?(hash: string): Promise<void> | null;
  /**
   * Loads the scenario's own code, for a scenario whose module in the registry is a small shell
   * (the surface lab): the page shows it, and a worker runs it, only once this resolves.
   */
  load?(): Promise<void>;
  /**
   * The keys of its link's fields in the order a link spells them, where the usual order (text,
   * numbers, choices, numbers that depend on a choice) would read worse; keys left out follow.
   */
  readonly linkOrder?: readonly string[];
  /** The scenario learns from no data (a surface f(x, y)): no data editor, no `data` in its links. */
  readonly noData?: boolean;
  /** Settings chosen from lists, shown above the number fields. */
  readonly choices: readonly ChoiceSetting<S>[];
  /** The history table's and the CSV's columns (the network's depend on what trains). */
  columns(settings: S): readonly Column<T>[];
  /** The word for one step in tables and labels: "Iteration" or "Epoch". */
  readonly stepWord: MessageKey;
  /** What a step is called when counting them ("3 epochs", "3 steps"): chooses the messages' words. */
  readonly unit: StepUnit;
  /** Optional: the unit for these settings, where it depends on them (linreg's mini-batch updates are steps). */
  unitFor?(settings: S): StepUnit;
  /** The parameter a student predicts in "Predict, then reveal": its name, before and after a step. */
  readonly primary: {
    /** Its name, or the name for these settings (the model's first parameter). */
    readonly name: string | { name(settings: S): string }['name'];
    before(step: T): number;
    after(step: T): number;
  };
  /** The loss in prose: "SSR" or "loss" (both feminine in Spanish: "la SSR", "la pérdida"). */
  readonly lossName: MessageKey;
  /** The status region's sentence for a step just taken, in the page's language. */
  narrate(step: T, settings: S): string;
  /**
   * Why the run stopped after `last`, in words with its numbers: converged (at the minimum within
   * the stated tolerance), settled (the stopping rule fired short of the minimum), or finished (the
   * epochs are spent).
   */
  explainStop(kind: StopKind, last: T, settings: S): string;
  /** Offers "Train to end" (a scenario that trains a fixed budget, like the reference script). */
  readonly trainsToEnd: boolean;
  /** The chart on which a student can click a guess in "Predict, then reveal", if one takes it. */
  readonly guessChart?: MessageKey;
  /** What makes large rates diverge for these settings (the curvature behind it), in words. */
  divergenceCause(settings: S): string;
  bands(settings: S): LearningRateBands;
  /** The trained parameters after a step, named as the page names them (the rate forecast's "next"). */
  nextValues(step: T, settings: S): readonly (readonly [string, number])[];
  /**
   * The steps-to-converge sweep's stopping rule, for a scenario whose own never fires (linreg
   * trains its whole epoch budget): the sweep then counts the steps until this one does. A run it
   * stops counts as converged only where the trainer's atMinimum agrees.
   */
  readonly sweepRule?: {
    settled(step: T, settings: S): boolean;
    /** Optional: the same run judged by this rule without step records (null where it has none). */
    runToStop?(settings: S): { readonly length: number; readonly outcome: Outcome } | null;
    readonly words: MessageKey;
  };
  /** The loss the race runs on, for scenarios that offer a race. */
  raceProblem?(settings: S): RaceProblem;
  /** Ready-made data for the "Data set" choice, the scenario's own data first. */
  readonly dataSets?: readonly DataSet[];
  /** The loss as a graph, for scenarios that draw one. */
  readonly graph?: ScenarioGraph<S, T>;
  /** Fewest points the scenario learns from, when more than 1 (an import with fewer is refused). */
  readonly minPoints?: number;
  /**
   * Most points it learns from, when more than MAX_POINTS (linreg reads whole tables: its loss and
   * gradients stay cheap per point). Above MAX_POINTS the points are not editable one by one.
   */
  readonly maxPoints?: number;
}

/** The scenario's number settings for these settings. */
export function numberSettings<S extends CommonSettings, T>(
  scenario: Scenario<S, T>,
  settings: S,
): readonly NumberSetting<S>[] {
  return typeof scenario.settings === 'function' ? scenario.settings(settings) : scenario.settings;
}

/** What one step of the scenario is called for these settings. */
export function unitOf<S extends CommonSettings, T>(scenario: Scenario<S, T>, settings: S): StepUnit {
  return scenario.unitFor?.(settings) ?? scenario.unit;
}

/** The name of the parameter a student predicts, for these settings. */
export function primaryName<S extends CommonSettings, T>(scenario: Scenario<S, T>, settings: S): string {
  const { name } = scenario.primary;
  return typeof name === 'function' ? name(settings) : name;
}

/** The learning-rate setting every scenario shares: same name, range and URL key. */
export function learningRateSetting<S extends CommonSettings>(): NumberSetting<S> {
  return {
    key: 'lr',
    label: 'setting.learningRateValue',
    min: 0.001,
    max: 1,
    step: 0.001,
    read: (s) => s.learningRate,
    write: (s, learningRate) => ({ ...s, learningRate }),
    restarts: false,
  };
}

/** A seed for something random in a scenario; shown (and written in links) only when it applies. */
export function seedSetting<S extends CommonSettings & { readonly seed: number }>(
  label: MessageKey,
  visible: (settings: S) => boolean,
): NumberSetting<S> {
  return {
    key: 'seed',
    label,
    min: 0,
    max: 4294967295,
    integer: true,
    step: 1,
    read: (s) => s.seed,
    write: (s, seed) => ({ ...s, seed }),
    restarts: true,
    visible,
  };
}

/** Why the run diverged, in one line a student can follow: the rule that fired and its cause. */
export function explainDivergence<S extends CommonSettings, T>(
  scenario: Scenario<S, T>,
  settings: S,
  outcome: Extract<Outcome, { kind: 'diverging' }>,
): string {
  const cause = scenario.divergenceCause(settings);
  const rate = plain(outcome.rate);
  return outcome.why === 'nonfinite'
    ? t('scenario.diverged.overflow', { rate, cause })
    : t('scenario.diverged.growth', {
        loss: t(scenario.lossName),
        count: GROWTH_STEPS,
        unit: unitOf(scenario, settings),
        rate,
        cause,
      });
}

/** A column headed by a symbol (b3, SSR, dL/dw): the same in every language. */
export const symbolHeader = (symbol: string): Msg => msg('scenario.column.symbol', { symbol });

/** What a chain-rule panel shows for a number the student is predicting, until the reveal. */
export const HIDDEN_ANSWER: MessageKey = 'scenario.hiddenAnswer';

/** Why the step a panel shows will not be taken, for a run that has stopped. */
export function notTakenReason(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'converged':
      return t('scenario.notTaken.converged');
    case 'stopped':
      return outcome.why === 'settled' ? t('scenario.notTaken.settled') : t('scenario.notTaken.budget');
    case 'finished':
      return t('scenario.notTaken.finished');
    case 'diverging':
      return t('scenario.notTaken.diverging');
    case 'ready':
      return '';
  }
}
