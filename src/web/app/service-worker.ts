import { Workbox } from 'workbox-window';
import { offerUpdate } from './updates.js';

/** How often an open tab asks whether a new version was deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that keeps the app on this device (built by vite-plugin-pwa:
 * it precaches the shell, every page's chunk and the icons; the API is never cached by it).
 * Loaded lazily from main.tsx, so the first page does not carry it. A new version waits until
 * the person presses Reload in the update prompt.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    offerUpdate(() => {
      // Once the new worker controls this page, load the page again from it.
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  wb.register()
    .then((registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    })
    // No service worker (private mode, an old browser, the dev server): Mend works online as before.
    .catch(() => undefined);
}
