import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { ClientProvider } from './app/client.js';
import { createRouter, prefetchPages } from './app/router.js';
import { applyTabTitle } from './lib/neutral-title.js';
import './styles.css';

// Coming back with the Back button after quick exit must not show a cached page.
window.addEventListener('pageshow', (e) => {
  if (e.persisted && document.documentElement.classList.contains('exiting')) window.location.reload();
});

applyTabTitle();
const router = createRouter();
const root = document.getElementById('root');
if (!root) throw new Error('No #root element');

createRoot(root).render(
  <StrictMode>
    <ClientProvider>
      <RouterProvider router={router} />
    </ClientProvider>
  </StrictMode>,
);
prefetchPages();

// The service worker keeps Mend on this device so it opens with no network; registered once
// the page has loaded, from its own chunk (no inline script, the CSP stays as it is).
window.addEventListener('load', () => {
  void import('./app/service-worker.js').then((m) => m.registerServiceWorker()).catch(() => undefined);
});
