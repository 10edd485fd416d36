import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { fakeFrames, playFrames, renderApp } from './helpers';

describe('the race', () => {
  it('sets up lanes, runs them together and ranks them on the leaderboard', async () => {
    // At the run's rate 0.01, plain descent's lane starts at 0.01 too.
    const { user } = renderApp('#lr=0.01');
    await user.click(await screen.findByRole('button', { name: 'Set up a race' }));
    await waitFor(() => expect(window.location.hash).toContain('race=gd:0.01,momentum:0.01,adam:0.1'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lane 1 optimizer' }), 'nesterov');
    fakeFrames();
    await user.click(screen.getByRole('button', { name: 'Start race' }));
    // A race plays for at most 8 s of frames; on the fake clock they run at once.
    await playFrames(10_000);
    const board = screen.getByRole('table', { name: /Leaderboard/ });
    // Bias runs by StatQuest's rule: at 0.01 it stops 0.01–0.02 from the minimum, Adam at 0.1 gets there.
    await waitFor(() => expect(within(board).getByText('converged in 129 steps')).toBeInTheDocument(), {
      timeout: 10000,
    });
    expect(within(board).getByText('stopped after 64 steps, short of the minimum')).toBeInTheDocument();
    expect(within(board).getByText('stopped after 101 steps, short of the minimum')).toBeInTheDocument();
    // Only a lane that reached the minimum is ranked.
    expect(within(board).getAllByRole('row')[1]).toHaveTextContent(/^1\s*3\s*Adam/);
    await waitFor(() => expect(window.location.hash).toContain('race=nesterov:0.01'));
  });

  it('starts plain gradient descent at the run’s own learning rate', async () => {
    const { user } = renderApp('#lr=0.15');
    await user.click(await screen.findByRole('button', { name: 'Set up a race' }));
    await waitFor(() => expect(window.location.hash).toContain('race=gd:0.15,momentum:0.01,adam:0.1'));
    expect(screen.getByRole('spinbutton', { name: 'Lane 1 learning rate' })).toHaveValue('0.15');
  });

  it('keeps the lanes a link carries, whatever the run’s rate', async () => {
    renderApp('#lr=0.3&race=gd:0.05,adam:0.2');
    expect(await screen.findByRole('spinbutton', { name: 'Lane 1 learning rate' })).toHaveValue('0.05');
  });

  it('opens a race from a link, and names a bad race field', async () => {
    const first = renderApp('#race=adam:0.2,rmsprop:0.05');
    expect(await screen.findByRole('combobox', { name: 'Lane 2 optimizer' })).toHaveValue('rmsprop');
    // One page at a time: two apps on one store would both show the notice.
    first.unmount();
    renderApp('#race=sgd:0.1&b3=1');
    expect(await screen.findByRole('alert')).toHaveTextContent('Ignored race in the link');
  });
});
