import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
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

  const HIDDEN = '? (revealed after your prediction)';
  /** The chain-rule panel's last results: its step size and new value. */
  const results = async (heading: RegExp) => {
    const section = (await screen.findByRole('heading', { name: heading })).closest('section')!;
    return [...section.querySelectorAll<HTMLElement>('dl.results')].at(-1)!;
  };

  it('bias: the step size and the new b3 are hidden from the moment predict mode is on, and after a reveal', async () => {
    const { user } = renderApp();
    const first = await results(/^Next step \(iteration 1\)/);
    expect(first).toHaveTextContent('0.0000 − (-1.5655) = 1.5655');
    await user.click(screen.getByRole('checkbox', { name: 'Predict before each step' }));
    // Iteration 0, no Step pressed yet: the class has not guessed, so the answer is not on screen.
    await waitFor(() => expect(first).not.toHaveTextContent('1.5655'));
    expect(within(first).getAllByText(new RegExp(HIDDEN.replace(/[?()]/g, '\\$&')))).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.click(await screen.findByRole('radio', { name: /Right/ }));
    await user.type(screen.getByRole('textbox', { name: 'How far' }), '1');
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(historyRows()).toHaveLength(1);
    // The panel now explains step 2, whose answer (new b3 = 2.1917) waits for the next guess.
    const second = await results(/^Next step \(iteration 2\)/);
    await waitFor(() => expect(second).toHaveTextContent(`1.5655 − (step size) = ${HIDDEN}`));
    expect(second).not.toHaveTextContent('2.1917');

    await user.click(screen.getByRole('checkbox', { name: 'Predict before each step' }));
    await waitFor(() => expect(second).toHaveTextContent('= 2.1917'));
  });

  it('linreg: the new w and b and the contour’s next-step arrow are hidden from the first step on', async () => {
    const { user } = renderApp('#scenario=linreg');
    const panel = await results(/^Next epoch \(epoch 0\)/);
    expect(panel).toHaveTextContent('= 0.2200');
    await waitFor(() => expect(document.querySelector('line.gradient-arrow')).not.toBeNull());
    await user.click(screen.getByRole('checkbox', { name: 'Predict before each step' }));
    await waitFor(() => expect(panel).not.toHaveTextContent('0.2200'));
    expect(panel).not.toHaveTextContent('0.0600');
    expect(within(panel).getAllByText(new RegExp(`= ${HIDDEN.replace(/[?()]/g, '\\$&')}`))).toHaveLength(2);
    expect(document.querySelector('.gradient-arrow')).toBeNull();
  });

  it('network: the step size and the new value are hidden from the first step on', async () => {
    const { user } = renderApp('#scenario=network');
    const panel = await results(/^Next step \(iteration 1\)/);
    const shown = panel.textContent!;
    await user.click(screen.getByRole('checkbox', { name: 'Predict before each step' }));
    await waitFor(() => expect(panel).toHaveTextContent(`(step size) = ${HIDDEN}`));
    // The new value's number (the last in the shown text) is gone.
    const newValue = /= (-?\d+\.\d{4})$/.exec(shown)![1]!;
    expect(panel).not.toHaveTextContent(`= ${newValue}`);
  });
});
