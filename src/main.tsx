import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/shell/App';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

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
