import { describe, expect, it } from 'vitest';
import { PAPER_DEFAULTS } from '../../src/engine/optimizerKinds';
import { runLane } from '../../src/engine/race';
import { advance, emptyHistory } from '../../src/engine/training';
import { biasScenario } from '../../src/scenarios/bias/bias';
import { linregScenario } from '../../src/scenarios/linreg/linreg';

const lane = (problem: ReturnType<NonNullable<typeof biasScenario.raceProblem>>, optimizer: 'gd', rate: number) =>
  runLane(problem, { optimizer, learningRate: rate }, PAPER_DEFAULTS, 2000);

describe('the race judges lanes by the main run’s rules', () => {
  it.each([0.001, 0.01, 0.1, 0.2, 0.3])('bias: gradient descent at %s stops where the main run stops', (rate) => {
    const settings = { ...biasScenario.defaults, learningRate: rate };
    const main = advance(biasScenario.trainer, settings, emptyHistory(biasScenario.trainer, settings), 5000);
    const run = lane(biasScenario.raceProblem!(settings), 'gd', rate);
    const steps = main.history.length;
    if (main.outcome.kind === 'converged') expect([run.converged, run.stopped]).toEqual([steps, null]);
    else expect([run.converged, run.stopped]).toEqual([null, steps]);
    expect(run.path.at(-1)![0]).toBe(main.history.last()!.newB3);
  });

  it('bias at 0.01 stops short of the minimum in both (83 steps), at 0.1 converges in both (10)', () => {
    const at = (rate: number) =>
      lane(biasScenario.raceProblem!({ ...biasScenario.defaults, learningRate: rate }), 'gd', rate);
    expect(at(0.01)).toMatchObject({ converged: null, stopped: 83 });
    expect(at(0.1)).toMatchObject({ converged: 10, stopped: null });
  });

  it('momentum does not stop where it turns round: only when it has also stopped moving', () => {
    const problem = biasScenario.raceProblem!(biasScenario.defaults);
    const run = runLane(problem, { optimizer: 'adam', learningRate: 0.1 }, PAPER_DEFAULTS, 2000);
    expect(run.converged).toBe(129);
    const last = run.path.at(-1)![0]!;
    expect(Math.abs(last - run.path.at(-2)![0]!)).toBeLessThan(0.001);
  });

  it('linreg has no stopping rule of its own: a lane finishes within 1e-6 of the minimum loss', () => {
    const problem = linregScenario.raceProblem!(linregScenario.defaults);
    const results = (['gd', 'momentum', 'nesterov'] as const).map(
      (optimizer) => runLane(problem, { optimizer, learningRate: 0.01 }, PAPER_DEFAULTS, 2000).converged,
    );
    expect(results).toEqual([1388, 103, 89]);
    const adam = runLane(problem, { optimizer: 'adam', learningRate: 0.05 }, PAPER_DEFAULTS, 2000);
    expect(adam.converged).toBe(380);
  });
});
