import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';
import { resetDescent } from '../../src/store/descentStore';

// Scenario views, the chain rule and the race load lazily, as in the browser. Importing them once
// before the tests means each lazy chunk resolves at once, rather than being transformed inside a
// test's time on a busy machine.
const lazyModules = import.meta.glob(['../../src/scenarios/*/views/*.tsx', '../../src/components/**/*.tsx']);
beforeAll(async () => {
  await Promise.all(Object.values(lazyModules).map((load) => load()));
}, 60_000);

configure({ asyncUtilTimeout: 5000 });

// Test files share their worker's modules (isolate: false in vite.config.ts): the store and
// whatever a test leaves in the page outside React's tree are reset too, so no file depends on the
// one before. Lazy parts stay loaded from file to file: find them with findBy, as in the browser.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  resetDescent();
  sessionStorage.clear();
  localStorage.clear();
  document.documentElement.className = '';
  window.history.replaceState(null, '', '/');
});
