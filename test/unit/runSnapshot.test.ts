import { beforeEach, describe, expect, it } from 'vitest';
import { msg } from '../../src/i18n/i18n';
import { resetDescent, useDescent } from '../../src/store/descentStore';

const store = () => useDescent.getState();

describe('a snapshot of the run', () => {
  beforeEach(resetDescent);

  it('holds the active scenario and its run as they are', () => {
    store().step(2);
    const snapshot = store().snapshotRun();
    expect(snapshot.scenario).toBe('bias');
    expect(snapshot.run).toBe(store().runs.bias);
  });

  it('brings the run back exactly after more steps, the other scenarios untouched', () => {
    store().step();
    const snapshot = store().snapshotRun();
    const linreg = store().runs.linreg;
    store().step(5);
    store().seek(3);
    expect(store().runs.bias.cursor).toBe(3);
    store().restoreRun(snapshot);
    expect(store().runs.bias).toBe(snapshot.run);
    expect(store().runs.bias.cursor).toBe(1);
    expect(store().runs.linreg).toBe(linreg);
  });

  it('shows its scenario again when another was chosen meanwhile', () => {
    const snapshot = store().snapshotRun();
    store().setScenario('linreg');
    store().step();
    store().restoreRun(snapshot);
    expect(store().scenario).toBe('bias');
    expect(store().runs.linreg.history).toHaveLength(1);
  });

  it('is what Undo keeps: an undone reset restores the very run, and clears a pending prediction', () => {
    store().step(3);
    const before = store().runs.bias;
    store().reset();
    expect(store().undoable).toMatchObject({ scenario: 'bias', run: before });
    store().setPredictMode(true);
    store().requestStep();
    expect(store().asking).toBe(true);
    store().undo();
    expect(store().runs.bias).toBe(before);
    expect([store().asking, store().undoable, store().playing]).toEqual([false, null, null]);
  });

  it('is not taken for refused data: replaceData returns why and leaves nothing to undo', () => {
    const run = store().runs.bias;
    const refused = store().replaceData([], msg('store.reset', { unit: 'step', count: 0 }));
    expect(refused).toEqual(msg('data.tooFew'));
    expect(store().runs.bias).toBe(run);
    expect(store().undoable).toBeNull();
  });
});
