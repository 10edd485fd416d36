import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { historyRows, renderApp, status } from './helpers';

describe('bias scenario through its controls', () => {
  it('starts ready with an empty history and the default settings', async () => {
    renderApp();
    expect(status()).toMatch(/Ready/);
    // The history appears with the scenario's view (its own chunk).
    await screen.findByRole('table', { name: 'Iteration history' });
    expect(historyRows()).toEqual([]);
    expect(screen.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.1');
    expect(screen.getByRole('spinbutton', { name: 'Learning rate value' })).toHaveValue('0.1');
    expect(screen.getByRole('spinbutton', { name: 'Starting b3' })).toHaveValue('0');
  });

  it('Step twice fills the table with the reference numbers at 4 decimals', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(historyRows()).toEqual([
      ['1', '0.0000', '20.4236', '-15.6551', '-1.5655', '1.5655'],
      ['2', '1.5655', '3.2678', '-6.2620', '-0.6262', '2.1917'],
    ]);
    expect(status()).toMatch(/Step 2: gradient -6.26, b3 moved from 1.57 to 2.19, SSR fell to 0.52/);
    expect(screen.getByRole('columnheader', { name: 'Step size' })).toBeInTheDocument();
  });

  it('shows the chain rule of the step Step takes next, with its live numbers', async () => {
    const { user } = renderApp();
    const first = await screen.findByRole('heading', { name: /Next step \(iteration 1\), from b3 = 0.0000/ });
    expect(first.closest('section')).toHaveTextContent('-15.6551 × 0.1 = -1.5655');
    expect(first.closest('section')).toHaveTextContent('0.0000 − (-1.5655) = 1.5655');
    expect(first.closest('section')).toHaveTextContent('-2.6037');
    await user.click(screen.getByRole('button', { name: 'Step' }));
    const panel = (
      await screen.findByRole('heading', { name: /Next step \(iteration 2\), from b3 = 1.5655: the chain rule/ })
    ).closest('section')!;
    expect(panel).toHaveTextContent('-6.2620 × 0.1 = -0.6262');
    expect(panel).toHaveTextContent('1.5655 − (-0.6262) = 2.1917');
    expect(panel).toHaveTextContent('-1.0382');
  });

  it('Step back removes the last row and Reset clears all, keeping the settings', async () => {
    const { user } = renderApp();
    await user.type(
      screen.getByRole('spinbutton', { name: 'Learning rate value' }),
      '{Control>}a{/Control}0.05{Enter}',
    );
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(historyRows()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(historyRows()).toEqual([]);
    expect(screen.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.05');
  });

  it('keeps slider and field in sync both ways', async () => {
    const { user } = renderApp();
    const field = screen.getByRole('spinbutton', { name: 'Learning rate value' });
    await user.clear(field);
    await user.type(field, '0.25{Enter}');
    const slider = screen.getByRole('slider', { name: 'Learning rate' });
    expect(slider).toHaveAttribute('aria-valuetext', '0.25');
    // user-event does not move range inputs; a change event is what a drag produces. The slider
    // is log-scaled: one position up from 0.25 is about 2 % more.
    fireEvent.change(slider, { target: { value: String(Number((slider as HTMLInputElement).value) + 1) } });
    expect(field).toHaveValue('0.255');
  });

  it.each([
    ['abc', /Not a number/],
    ['', /Enter a number/],
    ['1,5', /comma/],
    ['0', /between 0.001 and 1/],
    ['-0.1', /between 0.001 and 1/],
    ['1e9', /between 0.001 and 1/],
    ['1e309', /too large/],
    ['NaN', /Not a number/],
  ])('rejects learning rate %j with a message and keeps 0.1', async (typed, message) => {
    const { user } = renderApp();
    const field = screen.getByRole('spinbutton', { name: 'Learning rate value' });
    await user.clear(field);
    if (typed) await user.type(field, typed);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('alert')).toHaveTextContent('Still using 0.1');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute('aria-valuetext', '0.1');
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(historyRows()[0]).toEqual(['1', '0.0000', '20.4236', '-15.6551', '-1.5655', '1.5655']);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('a new starting b3 starts over from it', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    const start = screen.getByRole('spinbutton', { name: 'Starting b3' });
    await user.clear(start);
    await user.type(start, '2{Enter}');
    expect(historyRows()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(historyRows()[0]![1]).toBe('2.0000');
  });

  it('a learning rate above 1/3 diverges, says why, and disables Step', async () => {
    const { user } = renderApp();
    const field = screen.getByRole('spinbutton', { name: 'Learning rate value' });
    await user.clear(field);
    await user.type(field, '0.34{Enter}');
    for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(status()).toMatch(/Diverging/);
    expect(status()).toMatch(/1\/n = 0.33/);
    expect(screen.getByRole('button', { name: 'Step' })).toBeDisabled();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('runs to convergence with Run', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), 'fast');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(status()).toMatch(/Converged/), { timeout: 3000 });
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
    // The table renders just after the status (a deferred update): wait for its last row.
    await waitFor(() => expect(Math.abs(Number(historyRows().at(-1)![4]))).toBeLessThan(0.001));
    expect(historyRows().at(-1)![5]).toMatch(/^2\.6/);
  });

  it('keyboard: s steps, b steps back, r resets, ? opens the help', async () => {
    const { user } = renderApp();
    await user.keyboard('s');
    await user.keyboard('s');
    expect(historyRows()).toHaveLength(2);
    await user.keyboard('b');
    expect(historyRows()).toHaveLength(1);
    await user.keyboard('r');
    expect(historyRows()).toHaveLength(0);
    await user.keyboard('?');
    expect(await screen.findByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  });

  it('ignores shortcut letters typed into a field', async () => {
    const { user } = renderApp();
    await user.type(screen.getByRole('spinbutton', { name: 'Starting b3' }), 's');
    expect(historyRows()).toHaveLength(0);
  });

  it('scrubs the history with the Iteration slider', async () => {
    const { user } = renderApp();
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.change(screen.getByRole('slider', { name: 'Iteration' }), { target: { value: '1' } });
    expect(historyRows()).toHaveLength(1);
    expect(
      await screen.findByRole('heading', { name: /Next step \(iteration 2\), from b3 = 1.5655/ }),
    ).toBeInTheDocument();
  });
});
