import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './helpers';

describe('the race', () => {
  it('sets up lanes, runs them together and ranks them on the leaderboard', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Set up a race' }));
    expect(window.location.hash).toContain('race=gd:0.01,momentum:0.01,adam:0.1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lane 1 optimizer' }), 'nesterov');
    await user.click(screen.getByRole('button', { name: 'Start race' }));
    const board = screen.getByRole('table', { name: /Leaderboard/ });
    await waitFor(() => expect(within(board).getAllByText(/converged in \d+ steps/)).toHaveLength(3), {
      timeout: 5000,
    });
    expect(window.location.hash).toContain('race=nesterov:0.01');
  });

  it('opens a race from a link, and names a bad race field', async () => {
    renderApp('#race=adam:0.2,rmsprop:0.05');
    expect(await screen.findByRole('combobox', { name: 'Lane 2 optimizer' })).toHaveValue('rmsprop');
    renderApp('#race=sgd:0.1&b3=1');
    expect(await screen.findByRole('alert')).toHaveTextContent('Ignored race in the link');
  });
});
