import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { historyRows, renderApp, status } from './helpers';
import { useDescent } from '../../src/store/descentStore';

const LINK = '#scenario=surface&fn=rosenbrock&x0=-1.5&y0=2&lr=0.001&opt=gd&noise=0&seed=1&iter=0';

/** The lab's view and its code are chunks of their own: the first test to open them transforms both. */
const openSurface = async (hash = LINK) => {
  const app = renderApp(hash);
  const map = await screen.findByRole('group', { name: /^Loss surface/ }, { timeout: 30_000 });
  return { ...app, map };
};
const stateRows = () =>
  within(screen.getByRole('region', { name: 'Optimizer state' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

describe('surface scenario', () => {
  it('steps Rosenbrock with the numbers of test/unit/fixtures/surface_reference.py, with its contract names', async () => {
    const { user, map } = await openSurface();
    expect(map).toHaveAccessibleName(/^Loss surface f\(x, y\) = \(1 - x\)\^2 \+ 100\*\(y - x\^2\)\^2/);
    expect(screen.getByRole('combobox', { name: 'Surface' })).toHaveDisplayValue('Rosenbrock');
    expect(
      within(screen.getByRole('combobox', { name: 'Surface' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Bowl', 'Ravine', 'Rosenbrock', 'Himmelblau', 'Saddle', 'Your own f(x, y)']);
    expect(screen.getByRole('combobox', { name: 'Optimizer' })).toHaveDisplayValue('gradient descent');
    expect(screen.getByRole('textbox', { name: 'f(x, y)' })).toHaveValue('(1 - x)^2 + 100*(y - x^2)^2');
    expect(screen.getByRole('spinbutton', { name: 'Starting x' })).toHaveValue('-1.5');
    expect(screen.getByRole('spinbutton', { name: 'Starting y' })).toHaveValue('2');
    expect(screen.getByRole('spinbutton', { name: 'Gradient noise' })).toHaveValue('0');
    expect(screen.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('1');
    // A surface has no data to edit.
    expect(screen.queryByRole('heading', { name: 'Data' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.click(screen.getByRole('button', { name: 'Step' }));
    const columns = within(screen.getByRole('table', { name: 'Iteration history' })).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toEqual(['Iteration', 'x', 'y', 'f', '∂f/∂x', '∂f/∂y', 'New x', 'New y']);
    expect(historyRows()).toEqual([
      ['1', '-1.5000', '2.0000', '12.5000', '-155.0000', '-50.0000', '-1.3450', '2.0500'],
      ['2', '-1.3450', '2.0500', '11.3059', '124.9545', '48.1950', '-1.4700', '2.0018'],
    ]);
    expect(stateRows()[0]).toEqual(['Gradient ∇f', expect.any(String), expect.any(String)]);
  }, 45_000);

  it('Adam’s state: its moments and a first step of the learning rate on each axis', async () => {
    const { user } = await openSurface();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Optimizer' }), 'Adam');
    expect(screen.getByRole('spinbutton', { name: 'Optimizer β1' })).toHaveValue('0.9');
    expect(stateRows()).toEqual([
      ['Gradient ∇f', '-155.0000', '-50.0000'],
      ['First moment m (average gradient)', '-15.5000', '-5.0000'],
      ['Second moment v (average g²)', '24.0250', '2.5000'],
      ['m̂ = m / (1 − β1ᵗ)', '-155.0000', '-50.0000'],
      ['v̂ = v / (1 − β2ᵗ)', '24025.0000', '2500.0000'],
      ['Step this takes', '0.0010', '0.0010'],
    ]);
    expect(screen.getByRole('region', { name: 'Optimizer state' })).toHaveTextContent(
      /step along x is 0\.0010 and along y 0\.0010/,
    );
  });

  it('a bad f(x, y) is refused naming where; a good one becomes the student’s own surface', async () => {
    const { user } = await openSurface();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    const field = screen.getByRole('textbox', { name: 'f(x, y)' });
    await user.clear(field);
    await user.type(field, 'x^2 + z{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Position 7: unknown variable ‘z’ (only x and y). The last good formula is kept.',
    );
    expect(historyRows()).toHaveLength(1);
    expect(useDescent.getState().runs.surface.settings.fn).toBe('rosenbrock');
    await user.clear(field);
    await user.type(field, 'x^2 + 3*y^2{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Surface' })).toHaveDisplayValue('Your own f(x, y)'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('group', { name: /^Loss surface f\(x, y\) = x\^2 \+ 3\*y\^2/ })).toBeInTheDocument();
  });

  it('the keys move the start marker on the map and Enter sets the start', async () => {
    const { user } = await openSurface();
    const marker = screen.getByRole('button', { name: /^Starting point x = -1\.5000, y = 2\.0000/ });
    marker.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowUp}');
    expect(marker).toHaveAccessibleName(/^Starting point x = -1\.3000, y = 2\.1000/);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('spinbutton', { name: 'Starting x' })).toHaveValue('-1.3'));
    expect(screen.getByRole('spinbutton', { name: 'Starting y' })).toHaveValue('2.1');
  });

  it('from (1, 0) on the saddle gradient descent stops and says why', async () => {
    await openSurface('#scenario=surface&fn=saddle&x0=1&y0=0&lr=0.1&opt=gd&noise=0&seed=1&iter=200');
    await waitFor(() =>
      expect(status()).toMatch(/stopped at a saddle point: the gradient is zero but this is not a minimum/),
    );
    expect(screen.getByRole('button', { name: 'Step' })).toBeDisabled();
    // The computational graph of f(x, y), open from the start: x and y are its parameters, f its
    // loss; no points to sample.
    const table = await screen.findByRole('table', { name: 'Graph values' }, { timeout: 15_000 });
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.firstElementChild?.textContent);
    expect(names).toEqual(expect.arrayContaining(['x', 'y', 'f']));
    expect(screen.queryByRole('combobox', { name: 'Sample' })).toBeNull();
  }, 40_000);
});
