import { beforeAll } from 'vitest';
import { activateLanguage, loadCatalog } from '../../src/i18n/i18n';

// The page loads its language's catalog before the first render (main.tsx); tests do the same,
// in English unless a test switches.
beforeAll(async () => {
  await loadCatalog('en');
  activateLanguage('en');
});
