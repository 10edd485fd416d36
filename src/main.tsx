import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/shell/App';
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

void ready.then((chosen) => {
  activateLanguage(chosen);
  document.documentElement.lang = chosen;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

// Offline after the first visit: the built app registers its service worker (dist/sw.js, written
// by vite.config.ts). The dev server has none.
// In a sandboxed or cross-origin iframe (an embed) the worker may be refused, or even reading
// navigator.serviceWorker may throw: the page then simply runs without offline support.
if (import.meta.env.PROD) {
  window.addEventListener('load', () => {
    try {
      navigator.serviceWorker?.register('./sw.js').catch(() => undefined);
    } catch {
      // no offline support here
    }
  });
}
