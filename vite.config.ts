import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app is a static SPA served by the Mend server from dist/web.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
