import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { historyRows, renderApp } from './helpers';

describe('predict, then reveal', () => {
  it('asks before stepping, then reveals the real step against the guess', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: 'Predict before each step' }));
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(await screen.findByRole('heading', { name: 'Which way will b3 move, and how far?' })).toBeInTheDocument();
    // The history appears with the scenario's view (its own chunk); no step was taken.
    await screen.findByRole('table', { name: 'Iteration history' });
    expect(historyRows()).toHaveLength(0);
    await waitFor(() => expect(screen.getByRole('radio', { name: /Left/ })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a direction first.');
    await user.click(screen.getByRole('radio', { name: /Right/ }));
    await user.type(screen.getByRole('textbox', { name: 'How far' }), '1');
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(historyRows()).toHaveLength(1);
    expect(
      screen.getByText(/b3 moved right by 1.5655. You predicted right by 1.0000: the right direction, off by 0.5655./),
    ).toBeInTheDocument();
  });

  it('the s key asks too, and Cancel takes no step', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: 'Predict before each step' }));
    await user.keyboard('s');
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(historyRows()).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: /Which way/ })).toBeNull();
  });
});
