import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { advance, emptyHistory } from '../../src/engine/training';
import { linregScenario, type LinregSettings } from '../../src/scenarios/linreg/linreg';
import { trainingLog } from '../../src/scenarios/linreg/trainingLog';
import { pythonScript } from '../../src/scenarios/linreg/pythonScript';

// The first interpreter that has numpy: $PYTHON, python3 on the PATH, then Debian's, which .ci/run
// gives numpy when the one on the PATH (a pyenv shim, say) has none.
const python = [process.env.PYTHON, 'python3', '/usr/bin/python3']
  .filter((p): p is string => !!p)
  .find((p) => spawnSync(p, ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0);
// Under CI the script's test may not skip: a machine without numpy would pass it unseen.
const ci = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const NO_NUMPY =
  'CI is set and no python3 with numpy was found (tried $PYTHON, python3, /usr/bin/python3). ' +
  'The Export Python test runs the exported script: install numpy (Debian: apt-get install -y python3-numpy, ' +
  'or pip install numpy) or set PYTHON to an interpreter that has it.';

function pageLog(settings: LinregSettings): string[] {
  const { history } = advance(
    linregScenario.trainer,
    settings,
    emptyHistory(linregScenario.trainer, settings),
    settings.epochs,
  );
  return trainingLog(history, history.length, settings).lines;
}

describe('Export Python', () => {
  const custom: LinregSettings = {
    ...linregScenario.defaults,
    data: [
      { x: -1.5, y: 2 },
      { x: 0.25, y: 0.1 },
      { x: 3, y: -4.75 },
      { x: 7, y: 1e-3 },
      { x: 2, y: 2 },
      { x: 9.5, y: -3 },
      { x: 4, y: 0 },
      { x: 1, y: 1 },
      { x: 0, y: 0.5 },
    ],
    w: 0.3,
    b: -1.2,
    learningRate: 0.007,
    epochs: 300,
    every: 37,
  };

  it('fills the article script with the settings', () => {
    const script = pythonScript(custom);
    expect(script).toContain('X = np.array([-1.5, 0.25, 3, 7, 2, 9.5, 4, 1, 0], dtype=float)');
    expect(script).toContain('learning_rate = 0.007');
    expect(script).toContain('epochs = 300');
    expect(script).toContain('if epoch % 37 == 0:');
  });

  // Runs where python3 with numpy is installed (it is on the project's machines and in CI); elsewhere
  // it skips, and the reference log test in linreg.test.ts still pins the default settings.
  it.skipIf(!python && !ci).each([
    ['the article defaults', linregScenario.defaults],
    ['9 points (numpy sums pairwise from 8)', custom],
  ])('prints exactly the page log with %s', (_, settings) => {
    if (!python) throw new Error(NO_NUMPY);
    const run = spawnSync(python, ['-'], { input: pythonScript(settings), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n')).toEqual(pageLog(settings));
  });
});
