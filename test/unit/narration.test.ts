import { describe, expect, it } from 'vitest';
import { biasScenario } from '../../src/scenarios/bias/bias';
import { linregScenario } from '../../src/scenarios/linreg/linreg';
import { networkScenario } from '../../src/scenarios/network/network';
import { freshRun, stepRun } from '../../src/scenarios/run';
import type { CommonSettings, Scenario } from '../../src/scenarios/scenario';

/** The first step a scenario takes from its defaults (settings changed by `change`). */
function firstStep<S extends CommonSettings, T>(scenario: Scenario<S, T>, change: Partial<S> = {}) {
  const settings = { ...scenario.defaults, ...change };
  return { step: stepRun(scenario, freshRun(scenario, settings), 1).history.at(0), settings };
}

// The status narrates each step's move; a move must read as one, never "from 1.82 to 1.82".
describe('the status narration shows each move', () => {
  it('bias: as many decimals as the two values need, up to 4', () => {
    const { step, settings } = firstStep(biasScenario);
    expect(biasScenario.narrate(step, settings)).toMatch(/b3 moved from 0\.00 to 1\.57,/);
    const near = { ...step, b3: 2.6081, newB3: 2.6089 };
    expect(biasScenario.narrate(near, settings)).toMatch(/b3 moved from 2\.608 to 2\.609,/);
    const closer = { ...step, b3: 1.82113, newB3: 1.82139 };
    expect(biasScenario.narrate(closer, settings)).toMatch(/b3 moved from 1\.8211 to 1\.8214,/);
  });

  it('bias: a move too small for 4 decimals is given as its change, in exponent form', () => {
    const { step, settings } = firstStep(biasScenario);
    const tiny = { ...step, b3: 2.60915, newB3: 2.609153 };
    expect(biasScenario.narrate(tiny, settings)).toMatch(/b3 moved by 3\.0e-6 to 2\.6092,/);
  });

  it('network: its largest move too', () => {
    const { step, settings } = firstStep(networkScenario);
    const moved = {
      ...step,
      params: { ...step.params, b3: 1.8213 },
      newParams: { ...step.newParams, b3: 1.8247 },
      stepSizes: { ...step.stepSizes, b3: -0.0034 },
    };
    expect(networkScenario.narrate(moved, settings)).toMatch(/the largest move was b3, from 1\.821 to 1\.825 /);
  });

  it('linreg: w and b each', () => {
    const { step, settings } = firstStep(linregScenario);
    const late = { ...step, w: 0.99991, newW: 0.99992, b: 0.0213, newB: 0.0187 };
    expect(linregScenario.narrate(late, settings)).toMatch(/w moved by 1\.0e-5 to 0\.9999, b from 0\.021 to 0\.019\.$/);
  });
});
