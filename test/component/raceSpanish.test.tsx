import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { activateLanguage } from '../../src/i18n/i18n';
import { useDescent } from '../../src/store/descentStore';
import { fakeFrames, playFrames, renderApp } from './helpers';

describe('the race and the history in Spanish', () => {
  afterEach(() => {
    activateLanguage('en');
    document.documentElement.lang = 'en';
  });

  it('name their lanes, verdicts and rates in Spanish, with decimal commas and plurals', async () => {
    const { user } = renderApp('#race=adam:0.1,gd:0.01');
    await screen.findByRole('combobox', { name: 'Lane 1 optimizer' });
    await useDescent.getState().setLanguage('es');

    expect(await screen.findByRole('combobox', { name: 'Optimizador del carril 2' })).toHaveValue('gd');
    expect(screen.getByRole('spinbutton', { name: 'Tasa de aprendizaje del carril 1' })).toHaveValue('0,1');
    expect(screen.getByRole('button', { name: 'Quitar el carril 2' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Historial de iteraciones, desplazable' })).toBeInTheDocument();
    expect(screen.getByText('Aún no hay pasos: pulsa «Paso».')).toBeInTheDocument();

    fakeFrames();
    await user.click(screen.getByRole('button', { name: 'Empezar la carrera' }));
    // A race plays for at most 8 s of frames; on the fake clock they run at once.
    await playFrames(10_000);
    const board = screen.getByRole('table', { name: /^Clasificación \(pasos hasta que se cumple la regla/ });
    await waitFor(() => expect(within(board).getByText(/^convergió en \d+ pasos$/)).toBeInTheDocument(), {
      timeout: 10000,
    });
    expect(within(board).getByText(/^se detuvo tras \d+ pasos, sin llegar al mínimo$/)).toBeInTheDocument();
    expect(within(board).getAllByRole('row')[1]).toHaveTextContent(/^1\s*1\s*Adam\s*0,1\s*convergió/);
    expect(within(board).getByText('descenso de gradiente')).toBeInTheDocument();
  });
});
