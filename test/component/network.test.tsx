import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { historyRows, renderApp } from './helpers';

describe('network scenario', () => {
  it('clicking an edge of the diagram opens its chain rule with live numbers', async () => {
    const { user } = renderApp('#scenario=network&train=all');
    // The network view is its own chunk, which can take a while on a busy machine.
    await user.click(await screen.findByRole('button', { name: /^w1 = 3.3400/ }, { timeout: 5000 }));
    const panel = screen.getByRole('heading', { name: /backpropagation to w1/ }).closest('section')!;
    // dSSR/dw1 = Σ −2(y − ŷ)·w3·σ(w1x + b1)·x at StatQuest's values, then the step it makes.
    expect(panel).toHaveTextContent('term for w1');
    expect(panel).toHaveTextContent('7.3389 × 0.1 = 0.7339');
    expect(panel).toHaveTextContent('3.3400 − 0.7339 = 2.6061');
    await user.click(screen.getByRole('button', { name: 'Step' }));
    const next = screen.getByRole('heading', {
      name: 'Next step (iteration 2), from w1 = 2.6061: backpropagation to w1',
    });
    expect(next.closest('section')).toHaveTextContent(/2.6061 − [-(\d.]+ = /);
    const columns = within(screen.getByRole('table', { name: 'Iteration history' })).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toContain('dSSR/dw1');
    expect(historyRows()).toHaveLength(1);
  });

  it('the gradient check agrees for every parameter', async () => {
    renderApp('#scenario=network&train=all');
    const check = (await screen.findByRole('heading', { name: 'Gradient check' })).closest('section')!;
    expect(within(check).getAllByText(/✓ agrees/)).toHaveLength(7);
  });

  it('"b3 only" shows the bias scenario numbers in its table', async () => {
    const { user } = renderApp('#scenario=network');
    await screen.findByRole('heading', { name: /backpropagation to b3/ });
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(historyRows()).toEqual([['1', '20.4236', '0.0000', '-15.6551']]);
  });
});
