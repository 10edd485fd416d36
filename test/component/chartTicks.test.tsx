import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { activateLanguage } from '../../src/i18n/i18n';
import { renderApp } from './helpers';

/** The tick labels of a chart's axes, found by the chart's accessible name. */
const tickLabels = (chart: HTMLElement) =>
  [...chart.querySelectorAll('.axis > g > text')].map((text) => text.textContent ?? '');

describe('chart ticks', () => {
  afterEach(() => {
    activateLanguage('en');
    document.documentElement.lang = 'en';
  });

  it('follow a live switch of language at once, as a fresh load in that language reads them', async () => {
    const { user } = renderApp();
    await screen.findByRole('table', { name: 'Iteration history' });
    const fit = screen.getByRole('group', { name: /Data and the network's fit/ });
    expect(tickLabels(fit)).toContain('0.2');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');
    await screen.findByRole('table', { name: 'Historial de iteraciones' });
    await waitFor(() => expect(tickLabels(screen.getByRole('group', { name: /ajuste/ }))).toContain('0,2'));
    expect(tickLabels(screen.getByRole('group', { name: /ajuste/ }))).not.toContain('0.2');
  });
});
