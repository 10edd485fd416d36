import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/shell/App';
import { loadScenarioView, scenarioInHash } from './components/shell/scenarioViews';
import { activateLanguage, loadCatalog } from './i18n/i18n';
import { DEFAULT_LANGUAGE, languageInHash, preferredLanguage } from './i18n/languages';
import './styles.css';

// The first language: a link's lang=, else the browser's preference, else English. Its catalog
// (a small lazy chunk) is loaded before the first render, so no text ever shows in the wrong
// language; if it cannot load, English is tried instead.
const language = languageInHash(window.location.hash) ?? preferredLanguage(navigator.languages ?? []);
const ready = loadCatalog(language).then(
  () => language,
  () => loadCatalog(DEFAULT_LANGUAGE).then(() => DEFAULT_LANGUAGE),
);

// The first scenario's view loads beside the catalog rather than after the first render.
loadScenarioView(scenarioInHash(window.location.hash)).catch(() => undefined);

void ready.then((chosen) => {
  activateLanguage(chosen);
  document.documentElement.lang = chosen;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Offline after the first visit, and the notice of a new version: the worker's registration
  // (workbox-window) loads once the page has loaded, never on the first render's path. The dev
  // server has no worker.
  if (import.meta.env.PROD) {
    const register = () =>
      void import('./components/shell/registerOffline').then(
        (m) => m.registerOffline(),
        () => undefined,
      );
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }
});
