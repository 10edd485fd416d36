import { beforeEach, describe, expect, it } from 'vitest';
import { biasScenario, type BiasSettings } from '../../src/scenarios/bias/bias';
import { resetDescent, useDescent } from '../../src/store/descentStore';
import { msg } from '../../src/i18n/i18n';

const store = () => useDescent.getState();
const bias = () => store().runs.bias;

describe('the store', () => {
  beforeEach(resetDescent);

  it('steps the active scenario through the engine', () => {
    store().step();
    store().step();
    expect(
      bias()
        .history.toArray()
        .map((s) => s.iteration),
    ).toEqual([1, 2]);
    expect(bias().cursor).toBe(2);
    expect(bias().history.at(1).newB3).toBeCloseTo(2.191715173, 9);
  });

  it('a new learning rate applies from the next step, keeping the history', () => {
    store().step();
    store().setLearningRate(0.05);
    store().step();
    expect(bias().history).toHaveLength(2);
    expect(bias().history.at(1).learningRate).toBe(0.05);
    expect(bias().history.at(1).b3).toBeCloseTo(1.565510838, 9);
  });

  it('a new start resets, and so does a new data set', () => {
    store().step();
    store().setSetting('b3', 1);
    expect(bias().history.length).toBe(0);
    expect(bias().settings.b3).toBe(1);
    store().step();
    store().setData([{ x: 0, y: 1 }]);
    expect(bias().history.length).toBe(0);
  });

  it('step back then step replaces the future with the same deterministic step', () => {
    store().step(3);
    const third = bias().history.at(2);
    store().stepBack();
    expect(bias().cursor).toBe(2);
    expect(bias().history).toHaveLength(3); // kept for scrubbing forward
    store().step();
    expect(bias().history).toHaveLength(3);
    expect(bias().history.at(2)).toEqual(third);
  });

  it('stops the run loop when the run converges, and after reset can run again', () => {
    store().run();
    expect(store().playing).toBe('paced');
    store().step(100);
    expect(bias().outcome.kind).toBe('converged');
    expect(store().playing).toBeNull();
    store().reset();
    expect(bias()).toMatchObject({ history: { length: 0 }, cursor: 0, outcome: { kind: 'ready' } });
    expect(bias().settings).toEqual(biasScenario.defaults);
  });

  it('lowering a diverging rate reopens the run from where it stands', () => {
    store().setLearningRate(0.5);
    store().step(10);
    expect(bias().outcome.kind).toBe('diverging');
    const before = bias().history.length;
    store().setLearningRate(0.1);
    expect(bias().outcome.kind).toBe('ready');
    store().step();
    expect(bias().history).toHaveLength(before + 1);
  });

  it('each scenario keeps its own run', () => {
    store().step();
    store().setScenario('linreg');
    store().step(2);
    expect(store().runs.linreg.history).toHaveLength(2);
    store().setScenario('bias');
    expect(bias().history).toHaveLength(1);
  });

  it('fewer epochs cut the history to the new budget and finish', () => {
    store().setScenario('linreg');
    store().step(20);
    store().setSetting('epochs', 10);
    expect(store().runs.linreg.history).toHaveLength(10);
    expect(store().runs.linreg.outcome.kind).toBe('finished');
  });

  it('loading a link applies its settings and replays its iterations', () => {
    const settings: BiasSettings = { ...biasScenario.defaults, learningRate: 0.05, b3: -1 };
    store().load({ scenario: 'bias', settings, iter: 7 }, [msg('link.embed')]);
    expect(bias().history).toHaveLength(7);
    expect(store().notices).toEqual([msg('link.embed')]);
  });
});
