import { PARAMETERS } from '../engine/backprop';
import type { BiasStep } from '../engine/bias';
import type { LinregStep } from '../engine/linreg';
import type { NetworkStep } from '../engine/backprop';
import { CONVERGED_STEP } from './bias/bias';
import type { LinregSettings } from './linreg/linreg';
import { trainedOf, type NetworkSettings } from './network/network';
import type { CommonSettings, ScenarioId } from './scenario';

/**
 * What the learning-rate forecast and the steps-to-converge sweep need to know of each scenario,
 * beside its Scenario module: the trained parameters' values after a step, and, for a scenario
 * whose own rule never converges, the rule the sweep counts steps by.
 */
export interface RateTeaching<S, T> {
  /** The trained parameters after `step`, named as the page names them. */
  next(step: T, settings: S): readonly (readonly [string, number])[];
  /** The sweep's rule when the trainer's converged() never holds (linreg runs its whole budget). */
  readonly settled?: { test(step: T): boolean; readonly words: string };
}

const bias: RateTeaching<CommonSettings, BiasStep> = {
  next: (s) => [['b3', s.newB3]],
};

const linreg: RateTeaching<LinregSettings, LinregStep> = {
  next: (s) => [
    ['w', s.newW],
    ['b', s.newB],
  ],
  // StatQuest's rule applied to both parameters: each moves less than 0.001 in the epoch.
  settled: {
    test: (s) => Math.abs(s.newW - s.w) < CONVERGED_STEP && Math.abs(s.newB - s.b) < CONVERGED_STEP,
    words: `until w and b each move less than ${CONVERGED_STEP} in an epoch`,
  },
};

const network: RateTeaching<NetworkSettings, NetworkStep> = {
  next: (s, settings) => {
    const trained = new Set(trainedOf(settings));
    return PARAMETERS.filter((p) => trained.has(p)).map((p) => [p, s.newParams[p]] as const);
  },
};

export const rateTeaching = { bias, linreg, network } as const;

export function rateTeachingOf(id: ScenarioId): RateTeaching<CommonSettings, unknown> {
  return rateTeaching[id] as unknown as RateTeaching<CommonSettings, unknown>;
}
