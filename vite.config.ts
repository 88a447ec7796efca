import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app is a static SPA served by the Mend server from dist/web.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  // The manifest lets bench/bundle-size.ts follow the import graph of each page.
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: false, target: 'es2022', manifest: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
