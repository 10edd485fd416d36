import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { activateLanguage } from '../../src/i18n/i18n';
import { useDescent } from '../../src/store/descentStore';
import { renderApp } from './helpers';

const rowsOf = (caption: string) =>
  within(screen.getByRole('table', { name: caption }))
    .queryAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );

describe('the Language select', () => {
  afterEach(() => {
    activateLanguage('en');
    document.documentElement.lang = 'en';
  });

  it('switches every text and number live, keeping the run, the settings and the focus', async () => {
    const { user } = renderApp();
    await screen.findByRole('table', { name: 'Iteration history' });
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.click(screen.getByRole('button', { name: 'Step' }));
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(within(select).getByRole('option', { name: 'Español' })).toHaveAttribute('lang', 'es');
    await user.selectOptions(select, 'es');

    await screen.findByRole('table', { name: 'Historial de iteraciones' });
    expect(rowsOf('Historial de iteraciones')).toEqual([
      ['1', '0,0000', '20,4236', '-15,6551', '-1,5655', '1,5655'],
      ['2', '1,5655', '3,2678', '-6,2620', '-0,6262', '2,1917'],
    ]);
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Paso' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Valor de la tasa de aprendizaje' })).toHaveValue('0,1');
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    expect(useDescent.getState().runs.bias.history).toHaveLength(2);

    // A rate typed with a decimal comma is the next step's rate.
    const field = screen.getByRole('spinbutton', { name: 'Valor de la tasa de aprendizaje' });
    await user.clear(field);
    await user.type(field, '0,2{Enter}');
    expect(useDescent.getState().runs.bias.settings.learningRate).toBe(0.2);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Idioma' }), 'en');
    await screen.findByRole('table', { name: 'Iteration history' });
    expect(screen.getByRole('spinbutton', { name: 'Learning rate value' })).toHaveValue('0.2');
  });
});
