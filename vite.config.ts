import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The web app is a static SPA served by the Mend server from dist/web.
export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    // A service worker that keeps the app itself on the device, so Mend opens with no network.
    // It holds code and icons only; what people wrote stays encrypted in IndexedDB (offline-cache.ts).
    VitePWA({
      // Registered from main.tsx (src/web/app/service-worker.ts): no inline script, CSP unchanged.
      injectRegister: null,
      // A new version waits until the person chooses to reload (the update prompt).
      registerType: 'prompt',
      // The manifest is our own file in public/.
      manifest: false,
      strategies: 'generateSW',
      workbox: {
        // The shell, every page's chunk, the styles and the icons.
        globPatterns: ['**/*.{html,js,css,svg,webmanifest}'],
        navigateFallback: '/index.html',
        // The API is never answered with the app's page.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // The largest chunk (the apology model, the crypto) is above Workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  // The manifest lets bench/bundle-size.ts follow the import graph of each page.
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: false, target: 'es2022', manifest: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
