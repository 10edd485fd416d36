import { biasScenario } from './bias/bias';
import { linregScenario } from './linreg/linreg';
import { modelScenario } from './model/model';
import { networkScenario } from './network/network';
import { surfaceScenario } from './surface/surface';
import type { CommonSettings, Scenario } from './scenario';

/** Adding a scenario: its folder beside this file and one line here. */
export const scenarios = {
  bias: biasScenario,
  linreg: linregScenario,
  network: networkScenario,
  model: modelScenario,
  surface: surfaceScenario,
} as const;

export type ScenarioId = keyof typeof scenarios;
/** What the page opens on, and what a link without a scenario means. */
export const DEFAULT_SCENARIO: ScenarioId = 'bias';
type Scenarios = typeof scenarios;
export type SettingsOf<K extends ScenarioId> = Scenarios[K]['defaults'];
// Distributed over a union of ids: a scenario's settings function takes only its own settings.
export type StepOf<K extends ScenarioId> = K extends ScenarioId
  ? Scenarios[K] extends Scenario<SettingsOf<K>, infer T>
    ? T
    : never
  : never;

/** A scenario seen through what every scenario has: how the generic store, URL and panels use it. */
export type AnyScenario = Scenario<CommonSettings, unknown>;

export const scenarioIds = Object.keys(scenarios) as ScenarioId[];

export function isScenarioId(text: string): text is ScenarioId {
  return Object.hasOwn(scenarios, text);
}

/**
 * The one place a scenario's own settings and step types are forgotten: the generic code hands
 * each scenario back only settings and steps that came from that same scenario.
 */
export function scenarioOf(id: ScenarioId): AnyScenario {
  return scenarios[id] as unknown as AnyScenario;
}
