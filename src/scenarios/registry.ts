import { biasScenario } from './bias/bias';
import { linregScenario } from './linreg/linreg';
import { networkScenario } from './network/network';
import type { ScenarioId } from './scenario';

/** Adding a scenario: one module beside this file and one line here. */
export const scenarios = {
  bias: biasScenario,
  linreg: linregScenario,
  network: networkScenario,
} as const;

export const scenarioIds = Object.keys(scenarios) as ScenarioId[];

export function isScenarioId(text: string): text is ScenarioId {
  return Object.hasOwn(scenarios, text);
}
