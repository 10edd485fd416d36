import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { historyRows, renderApp } from './helpers';
import { useDescent } from '../../src/store/descentStore';

/**
 * The model scenario's view is its own chunk, and the formula reader another: the first test to
 * open them also transforms mathjs, which took over 5 s in a whole run on two busy cores.
 */
const openModel = async (hash = '#scenario=model') => {
  const app = renderApp(hash);
  const field = await screen.findByRole('textbox', { name: 'Model' }, { timeout: 15_000 });
  return { ...app, field };
};

describe('model scenario', () => {
  it('trains the parabola a*x^2 + b*x + c: the numbers of test/unit/fixtures/model_reference.py at 4 decimals', async () => {
    const { user } = await openModel();
    expect(screen.getByRole('textbox', { name: 'Model' })).toHaveValue('a*x^2 + b*x + c');
    for (const name of ['Starting a', 'Starting b', 'Starting c']) {
      expect(screen.getByRole('spinbutton', { name })).toHaveValue('0');
    }
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.click(screen.getByRole('button', { name: 'Step' }));
    const columns = within(screen.getByRole('table', { name: 'Iteration history' })).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toEqual([
      'Iteration',
      'a',
      'b',
      'c',
      'SSR',
      '∂SSR/∂a',
      '∂SSR/∂b',
      '∂SSR/∂c',
      'New a',
      'New b',
      'New c',
    ]);
    expect(historyRows()).toEqual([
      ['1', '0.0000', '0.0000', '0.0000', '1.0000', '-0.5000', '-1.0000', '-2.0000', '0.0500', '0.1000', '0.2000'],
      ['2', '0.0500', '0.1000', '0.2000', '0.7064', '0.3313', '-0.0375', '-0.3750', '0.0169', '0.1038', '0.2375'],
    ]);
    const check = screen.getByRole('heading', { name: 'Gradient check' }).closest('section')!;
    expect(within(check).getAllByText(/✓ agrees/)).toHaveLength(3);
  });

  it('a bad model is refused with what and where; the last good model and its run are kept', async () => {
    const { user, field } = await openModel();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.clear(field);
    await user.type(field, 'a*x +* b{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Position 6: unexpected ‘*’. The last good formula is kept.',
    );
    expect(historyRows()).toHaveLength(1);
    expect(screen.getByRole('spinbutton', { name: 'Starting c' })).toBeInTheDocument();
    expect(useDescent.getState().runs.model.settings.model.text).toBe('a*x^2 + b*x + c');
    // Esc brings the good formula back into the field.
    await user.type(field, '{Escape}');
    expect(field).toHaveValue('a*x^2 + b*x + c');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a typed model gets a "Starting …" field per parameter and starts over', async () => {
    const { user, field } = await openModel();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.clear(field);
    await user.type(field, 'w2*softplus(w1*x + b1) + b3{Enter}');
    await screen.findByRole('spinbutton', { name: 'Starting w2' });
    for (const name of ['Starting w1', 'Starting b1', 'Starting b3']) {
      expect(screen.getByRole('spinbutton', { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole('spinbutton', { name: 'Starting a' })).not.toBeInTheDocument();
    expect(historyRows()).toHaveLength(0);
    expect(screen.getByRole('combobox', { name: 'Ready-made model' })).toHaveValue('own');
    await waitFor(() => expect(window.location.hash).toContain('model=w2*softplus(w1*x%20%2B%20b1)%20%2B%20b3'));
  });

  it('the ready-made choice and the Loss select change the model and the loss', async () => {
    const { user } = await openModel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ready-made model' }), 'sigmoid');
    expect(await screen.findByRole('spinbutton', { name: 'Starting w' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Model' })).toHaveValue('sigmoid(w*x + b)');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loss' }), 'mse');
    await user.click(screen.getByRole('button', { name: 'Step' }));
    const columns = within(screen.getByRole('table', { name: 'Iteration history' })).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toContain('∂MSE/∂w');
    await waitFor(() =>
      expect(window.location.hash).toMatch(/^#scenario=model&model=sigmoid\(w\*x%20%2B%20b\)&.*loss=mse/),
    );
  });
});
