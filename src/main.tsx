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
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
