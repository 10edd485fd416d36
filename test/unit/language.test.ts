import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fixed, fixed4, plain, short } from '../../src/format/number';
import { tickFormat } from '../../src/charts/tickFormat';
import { localeDecimal } from '../../src/i18n/locale';
import { parseNumber, parseTyped } from '../../src/format/parseNumber';
import { activateLanguage, loadCatalog, msg, t, tm } from '../../src/i18n/i18n';
import { languageInHash, preferredLanguage } from '../../src/i18n/languages';
import { formatHash, parseHash } from '../../src/url/hash';
import { biasScenario } from '../../src/scenarios/bias/bias';

async function speak(language: 'en' | 'es') {
  await loadCatalog(language);
  activateLanguage(language);
}

describe('choosing the language', () => {
  it('takes the first browser preference it speaks, by its primary subtag, else English', () => {
    expect(preferredLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(preferredLanguage(['de-DE', 'es'])).toBe('es');
    expect(preferredLanguage(['fr', 'de'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });

  it('reads lang= from a hash only when it names a language it speaks', () => {
    expect(languageInHash('#scenario=bias&lang=es')).toBe('es');
    expect(languageInHash('#lang=es&lr=0.1')).toBe('es');
    expect(languageInHash('#lang=fr')).toBeNull();
    expect(languageInHash('#slang=es')).toBeNull();
  });

  it('a link carries its language, and a bad one is named and ignored', () => {
    const { state, notices } = parseHash('#scenario=bias&lang=es');
    expect(state.lang).toBe('es');
    expect(notices).toEqual([]);
    expect(formatHash({ ...state, iter: 0 })).toContain('&lang=es');
    const bad = parseHash('#lang=xx&lr=0.2');
    expect(bad.state.lang).toBeUndefined();
    expect(bad.state.settings.learningRate).toBe(0.2);
    expect(bad.notices.map(tm)).toEqual(['Ignored lang in the link: it must be en or es.']);
    expect(formatHash({ scenario: 'bias', settings: biasScenario.defaults, iter: 0 })).not.toContain('lang');
  });
});

describe('numbers in Spanish', () => {
  afterEach(() => speak('en'));

  it('show a decimal comma, the same digits and one minus sign style', async () => {
    await speak('es');
    expect(fixed4(1.56549)).toBe('1,5655');
    expect(fixed4(-15.65514)).toBe('-15,6551');
    expect(fixed4(-0.00001)).toBe('-1,0e-5');
    expect(fixed4(-0)).toBe('0,0000');
    expect(short(0.00084)).toBe('0,00084');
    expect(plain(0.2)).toBe('0,2');
    expect(tickFormat([0, 0.25, 0.5], localeDecimal())(0.25)).toBe('0,25');
    await speak('en');
    expect(fixed4(1.56549)).toBe('1.5655');
    expect(fixed4(-15.65514)).toBe('-15.6551');
  });

  it('read the same digits as English, for any value', async () => {
    const values = fc.sample(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { seed: 7, numRuns: 300 });
    await speak('en');
    const english = values.map(fixed4);
    await speak('es');
    expect(values.map(fixed4)).toEqual(english.map((text) => text.replace('.', ',')));
  });

  it('are written as Intl.NumberFormat writes them, ties and values that round to zero included', async () => {
    const values = [
      ...fc.sample(fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }), {
        seed: 11,
        numRuns: 400,
      }),
      ...fc.sample(fc.integer({ min: -2e6, max: 2e6 }), { seed: 12, numRuns: 200 }).map((n) => (n + 0.5) / 1e4),
      ...fc.sample(fc.integer({ min: -2e6, max: 2e6 }), { seed: 13, numRuns: 200 }).map((n) => (n + 0.5) / 100),
      ...fc.sample(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { seed: 14, numRuns: 200 }).map((x) => x + 0.1),
      0,
      -0,
      -0.00004,
      // Ties whose shortest decimal is in exponent form.
      4.5e-10,
      5e-13,
      5e-7,
      -5e-7,
      2.5e-9,
      -1.5e-11,
      0.00005,
      -0.00005,
      1.00005,
      2.5,
      -2.5,
      0.125,
      -0.125,
      1e20,
      -123456.78905,
    ];
    for (const language of ['en', 'es'] as const) {
      await speak(language);
      for (const digits of [2, 4, 6, 9, 12]) {
        const intl = new Intl.NumberFormat(language, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
          useGrouping: false,
          signDisplay: 'negative',
        });
        for (const x of values) expect(fixed(x, digits), `${x} to ${digits} in ${language}`).toBe(intl.format(x));
      }
    }
  });

  it('typed with a comma or a dot are read, two separators are refused, links keep the dot', async () => {
    await speak('es');
    expect(parseTyped('0,2')).toEqual({ ok: true, value: 0.2 });
    expect(parseTyped('0.2')).toEqual({ ok: true, value: 0.2 });
    expect(parseTyped('-1,5e-3')).toEqual({ ok: true, value: -0.0015 });
    const grouped = parseTyped('1.000,5');
    expect(grouped.ok).toBe(false);
    if (!grouped.ok) expect(tm(grouped.error)).toContain('separador');
    expect(parseTyped('1,000,5').ok).toBe(false);
    expect(parseNumber('0,2').ok).toBe(false);
    await speak('en');
    expect(parseTyped('0,2').ok).toBe(false);
  });

  it('messages follow the language, with CLDR plurals and the language’s decimals', async () => {
    const reset = msg('store.reset', { unit: 'epoch', count: 1 });
    expect(tm(reset)).toBe('Reset: 1 epoch cleared, back to the start.');
    expect(t('store.reset', { unit: 'step', count: 3 })).toBe('Reset: 3 steps cleared, back to the start.');
    expect(t('input.range', { label: msg('setting.learningRateValue'), min: 0.001, max: 1 })).toBe(
      'Learning rate value must be between 0.001 and 1.',
    );
    await speak('es');
    expect(tm(reset)).toBe('Reinicio: 1 época borrada; de vuelta al inicio.');
    expect(t('input.range', { label: msg('setting.learningRateValue'), min: 0.001, max: 1 })).toBe(
      'Valor de la tasa de aprendizaje debe estar entre 0,001 y 1.',
    );
  });
});
