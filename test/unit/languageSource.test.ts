import { afterEach, describe, expect, it } from 'vitest';
import { fixed4 } from '../../src/format/number';
import { activateLanguage, chooseLanguage, currentLanguage, loadCatalog, t } from '../../src/i18n/i18n';
import { localeDecimal, numberLocale } from '../../src/i18n/locale';
import { resetDescent, useDescent } from '../../src/store/descentStore';

const readers = () => ({
  i18n: currentLanguage(),
  store: useDescent.getState().language,
  numbers: numberLocale(),
  decimal: localeDecimal(),
});

describe('the page language has one source', () => {
  afterEach(async () => {
    await loadCatalog('en');
    activateLanguage('en');
    resetDescent();
  });

  it('a switch made in i18n reaches the store, the number style and the words at once', async () => {
    await loadCatalog('es');
    activateLanguage('es');
    expect(readers()).toEqual({ i18n: 'es', store: 'es', numbers: 'es', decimal: ',' });
    expect(fixed4(1.5)).toBe('1,5000');
    expect(t('shell.language')).toBe('Idioma');
    activateLanguage('en');
    expect(readers()).toEqual({ i18n: 'en', store: 'en', numbers: 'en', decimal: '.' });
  });

  it('the store’s setLanguage goes through i18n, and a reset of the store keeps the language', async () => {
    await useDescent.getState().setLanguage('es');
    expect(readers()).toEqual({ i18n: 'es', store: 'es', numbers: 'es', decimal: ',' });
    resetDescent();
    expect(useDescent.getState().language).toBe('es');
  });

  it('a later choice wins over one whose catalog is still loading', async () => {
    await Promise.all([chooseLanguage('es'), chooseLanguage('en')]);
    expect(readers()).toEqual({ i18n: 'en', store: 'en', numbers: 'en', decimal: '.' });
    await Promise.all([useDescent.getState().setLanguage('en'), useDescent.getState().setLanguage('es')]);
    expect(readers()).toEqual({ i18n: 'es', store: 'es', numbers: 'es', decimal: ',' });
  });
});
