import { activeOf } from '../../store/activeRun';
import type { DescentState } from '../../store/descentStore';
import type { Check } from './lessonTypes';

/*
 * What a lesson's checks read from the store, in the words a lesson speaks: steps taken, a
 * parameter's value, the loss where the next step starts. Every number comes from the engine, as
 * every number on screen does.
 */

/** Steps shown (the history up to the Iteration slider). */
export const stepsShown = (state: DescentState): number => activeOf(state).run.cursor;

/** A trained parameter by the name the page gives it (b3, w, b…), where the next step starts. */
export function parameter(state: DescentState, name: string): number {
  const { scenario, run } = activeOf(state);
  const last = run.cursor > 0 ? run.history.at(run.cursor - 1) : undefined;
  return scenario.graph?.values(run.settings, last)[name] ?? Number.NaN;
}

/** The loss at the shown parameters: the loss the next step starts from. */
export function currentLoss(state: DescentState): number {
  const { scenario, run } = activeOf(state);
  const last = run.cursor > 0 ? run.history.at(run.cursor - 1) : undefined;
  return scenario.trainer.loss(scenario.trainer.step(run.settings, last, run.cursor));
}

/** The loss of the last step taken (the one the history's newest row and the log print). */
export function lastLoss(state: DescentState): number {
  const { scenario, run } = activeOf(state);
  return run.cursor > 0 ? scenario.trainer.loss(run.history.at(run.cursor - 1)) : Number.NaN;
}

export const outcomeKind = (state: DescentState) => activeOf(state).run.outcome.kind;

export const learningRate = (state: DescentState) => activeOf(state).run.settings.learningRate;

/** A setting by its link key (epochs, b3…). */
export function setting(state: DescentState, key: string): number {
  const { scenario, run } = activeOf(state);
  const settings = typeof scenario.settings === 'function' ? scenario.settings(run.settings) : scenario.settings;
  return settings.find((s) => s.key === key)?.read(run.settings) ?? Number.NaN;
}

/** A choice by its link key (the surface's `fn`, its `opt`…). */
export function choice(state: DescentState, key: string): string | undefined {
  const { scenario, run } = activeOf(state);
  return scenario.choices.find((c) => c.key === key)?.read(run.settings);
}

/** The lanes set up for the race. */
export const raceLanes = (state: DescentState) => activeOf(state).run.settings.race ?? [];

/** The scenario a lesson's link fields name (`scenario=bias&…`; every lesson's setup names one). */
export const scenarioOfSetup = (setup: string): string | null => new URLSearchParams(setup).get('scenario');

/**
 * A check that counts only in the scenario the lesson set up: two steps taken in another scenario
 * are not the two steps the card asked for.
 */
export const inScenario =
  (setup: string, check: Check): Check =>
  (state) =>
    state.scenario === scenarioOfSetup(setup) && check(state);

/**
 * A check that counts only where the setup's scenario and the named choices of it are (the
 * saddle's stop is not a stop on the ravine).
 */
export const inSetup =
  (setup: string, keys: readonly string[], check: Check): Check =>
  (state) => {
    const fields = new URLSearchParams(setup);
    return (
      state.scenario === fields.get('scenario') &&
      keys.every((key) => choice(state, key) === fields.get(key)) &&
      check(state)
    );
  };
