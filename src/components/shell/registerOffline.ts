import { Workbox } from 'workbox-window';
import { offerUpdate } from './waitingUpdate';

/**
 * Registers the service worker that vite.config.ts generates (vite-plugin-pwa's default file name,
 * sw.js, beside index.html) for offline use, and offers a waiting new build through the update
 * notice. Loaded after the first render (src/main.tsx). The worker may be refused (a sandboxed or
 * cross-origin embed, a private window): the page then simply runs without offline support.
 */
export function registerOffline(): void {
  try {
    if (!('serviceWorker' in navigator)) return;
    const workbox = new Workbox('./sw.js', { scope: './' });
    // A new build waits until a Reload lets it take over. Every tab of the page then reloads into
    // it (the link brings each run back), so none keeps old code that would ask for a file the new
    // build dropped. The first visit's worker claims the page too, but that is no update.
    workbox.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload();
    });
    workbox.addEventListener('waiting', () => offerUpdate(() => workbox.messageSkipWaiting()));
    workbox
      .register({ immediate: true })
      .then(dropLegacyCaches)
      .catch(() => undefined);
  } catch {
    // no offline support here
  }
}

/**
 * The hand-written worker this one replaced kept the build in caches named descent-<version>. It
 * served its own copy of the page for every navigation, so when this build's code runs, that
 * worker is gone and its caches are orphans.
 */
async function dropLegacyCaches(): Promise<void> {
  if (!('caches' in window)) return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => /^descent-[0-9a-f]{12}$/.test(name)).map((name) => caches.delete(name)));
}
