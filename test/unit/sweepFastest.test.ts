import { describe, expect, it } from 'vitest';
import { fastest, sweep, type SweepRow } from '../../src/engine/forecast';
import { logSpaced, rateRange } from '../../src/engine/rateScale';
import { linregScenario } from '../../src/scenarios/linreg/linreg';
import type { LinregStep } from '../../src/engine/linreg';

describe('the fastest rate of the steps-to-converge sweep', () => {
  it('is chosen among rates that converge, never one that stops short', () => {
    const short: SweepRow = { rate: 0.01, steps: 5, outcome: { kind: 'stopped', why: 'settled' } };
    const converges: SweepRow = { rate: 0.1, steps: 40, outcome: { kind: 'converged' } };
    const budget: SweepRow = { rate: 0.001, steps: 1000, outcome: { kind: 'stopped', why: 'budget' } };
    expect(fastest([short, converges, budget])).toBe(converges);
  });

  it('is none when no rate converges', () => {
    const rows: SweepRow[] = [
      { rate: 0.01, steps: 5, outcome: { kind: 'stopped', why: 'settled' } },
      { rate: 0.02, steps: 1000, outcome: { kind: 'finished' } },
      { rate: 0.5, steps: 4, outcome: { kind: 'diverging', why: 'growing', rate: 0.5 } },
    ];
    expect(fastest(rows)).toBeNull();
  });

  it('names a linreg rate whose run is then at the minimum w = 1, b = 0', () => {
    const settings = linregScenario.defaults;
    const rule = linregScenario.sweepRule!.settled;
    const rates = logSpaced(rateRange(linregScenario.bands(settings).divergesAbove), 60);
    const best = fastest(sweep(linregScenario.trainer, settings, rates, rule))!;
    expect(best).not.toBeNull();
    expect(best.outcome).toEqual({ kind: 'converged' });
    // The run at that rate, epoch by epoch, as Step takes it.
    const at = { ...settings, learningRate: best.rate };
    let last: LinregStep | undefined;
    for (let epoch = 0; epoch < best.steps; epoch++) last = linregScenario.trainer.step(at, last, epoch);
    expect(Math.abs(last!.newW - 1)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(last!.newB)).toBeLessThanOrEqual(0.01);
  });
});
