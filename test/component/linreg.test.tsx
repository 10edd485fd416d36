import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { historyRows, renderApp, status } from './helpers';

async function openLinreg() {
  const app = renderApp();
  await app.user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'linreg');
  await screen.findByRole('log', { name: 'Training log' });
  return app;
}

describe('linreg scenario through its controls', () => {
  it('switches scenario with its own fields and table columns', async () => {
    await openLinreg();
    for (const name of ['Starting w', 'Starting b', 'Epochs', 'Log every']) {
      expect(screen.getByRole('spinbutton', { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole('spinbutton', { name: 'Starting b3' })).toBeNull();
    const headers = within(screen.getByRole('table', { name: 'Iteration history' })).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Epoch', 'w', 'b', 'Loss', 'dL/dw', 'dL/db', 'New w', 'New b']);
    expect(screen.getByRole('button', { name: 'Train to end' })).toBeEnabled();
  });

  it('Step prints the first log line and the epoch-0 row', async () => {
    const { user } = await openLinreg();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.getByRole('log', { name: 'Training log' })).toHaveTextContent(
      'Epoch 0, Loss=11.000000, w=0.220000, b=0.060000',
    );
    expect(historyRows()).toEqual([['0', '0.0000', '0.0000', '11.0000', '-22.0000', '-6.0000', '0.2200', '0.0600']]);
  });

  it('Train to end finishes with the footer of the reference log', async () => {
    const { user } = await openLinreg();
    const epochs = screen.getByRole('spinbutton', { name: 'Epochs' });
    await user.clear(epochs);
    await user.type(epochs, '120{Enter}');
    const every = screen.getByRole('spinbutton', { name: 'Log every' });
    await user.clear(every);
    await user.type(every, '40{Enter}');
    await user.click(screen.getByRole('button', { name: 'Train to end' }));
    await waitFor(() => expect(status()).toMatch(/Finished 120 epochs/), { timeout: 10000 });
    const lines = screen.getByRole('log', { name: 'Training log' }).textContent!.split('\n');
    // Final line printed by the article's script with epochs = 120 (python3 + numpy).
    expect(lines.map((l) => l.split(',')[0])).toEqual([
      'Epoch 0',
      'Epoch 40',
      'Epoch 80',
      '',
      'Training finished',
      'Final parameters: w=0.952542',
    ]);
  });

  it('the loss surface drops its next-step arrow once the epochs are spent: there is no next step', async () => {
    const { user } = await openLinreg();
    const surface = () => document.querySelector('.chart svg .gradient-arrow');
    expect(surface()).not.toBeNull();
    const epochs = screen.getByRole('spinbutton', { name: 'Epochs' });
    await user.clear(epochs);
    await user.type(epochs, '3{Enter}');
    await user.click(screen.getByRole('button', { name: 'Train to end' }));
    await waitFor(() => expect(status()).toMatch(/Finished 3 epochs/));
    expect(surface()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    await waitFor(() => expect(surface()).not.toBeNull());
  });

  it('the Sample select shows the chain rule for the chosen point with live numbers', async () => {
    const { user } = await openLinreg();
    // Before any step the panel explains epoch 0, the one Step runs next, from w = b = 0.
    const panel = screen
      .getByRole('heading', { name: /Next epoch \(epoch 0\), from w = 0.0000, b = 0.0000: the chain rule/ })
      .closest('section')!;
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Sample' }), '2');
    // Sample 3 at w = b = 0: ŷ = 0, ∂L/∂ŷ = −2(3 − 0) = −6, ∂L/∂w = −6 × 3 = −18.
    expect(panel).toHaveTextContent('−2 × (3.0000 − 0.0000) = -6.0000');
    expect(panel).toHaveTextContent('(-6.0000) × 3.0000 = -18.0000');
    expect(panel).toHaveTextContent('dL/dw-22.0000');
  });

  it('rejects bad epochs and keeps the last good value', async () => {
    const { user } = await openLinreg();
    for (const [typed, message] of [
      ['0', /between 1 and 100000/],
      ['1e12', /between 1 and 100000/],
      ['2.5', /whole number/],
      ['-Infinity', /Not a number/],
    ] as const) {
      const field = screen.getByRole('spinbutton', { name: 'Epochs' });
      await user.clear(field);
      await user.type(field, `${typed}{Enter}`);
      expect(screen.getByRole('alert')).toHaveTextContent(message);
      expect(field).toHaveAttribute('aria-valuenow', '1000');
    }
  });
});

describe('linreg mini-batches', () => {
  it('a batch size below m shows the seed, a Batch column, and the epoch log once an epoch is whole', async () => {
    const { user } = await openLinreg();
    expect(screen.queryByRole('spinbutton', { name: 'Shuffle seed' })).toBeNull();
    const batch = screen.getByRole('spinbutton', { name: 'Batch size' });
    expect(batch).toHaveValue('5');
    await user.clear(batch);
    await user.type(batch, '2{Enter}');
    expect(screen.getByRole('spinbutton', { name: 'Shuffle seed' })).toBeInTheDocument();
    const headers = within(screen.getByRole('table', { name: 'Iteration history' })).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'Epoch',
      'Batch',
      'w',
      'b',
      'Loss',
      'dL/dw',
      'dL/db',
      'New w',
      'New b',
    ]);
    const step = screen.getByRole('button', { name: 'Step' });
    await user.click(step);
    await user.click(step);
    expect(historyRows().map((row) => row.slice(0, 2))).toEqual([
      ['0', '1'],
      ['0', '2'],
    ]);
    expect(screen.getByRole('log', { name: 'Training log' })).toHaveTextContent(/^$/);
    await user.click(step);
    expect(historyRows().at(-1)!.slice(0, 2)).toEqual(['0', '3']);
    expect(screen.getByRole('log', { name: 'Training log' })).toHaveTextContent(/^Epoch 0, Loss=11\.000000, w=/);
    await waitFor(() => expect(status()).toMatch(/^3 steps taken. Epoch 0, batch 3 of 3: batch loss/));
    expect(screen.getByRole('button', { name: 'Export Python' })).toBeDisabled();
  });
});
