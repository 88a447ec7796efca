import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fp from 'fastify-plugin';
import type { ApiError } from '../../shared/api/common.js';

/**
 * Serves the built web app: hashed assets cached for a year, index.html never cached, and
 * every other GET or HEAD outside /api answered with index.html (the app routes in the browser).
 */
export const webPlugin = fp(
  async (app) => {
    const root = app.config.webDir;
    const hasWeb = existsSync(join(root, 'index.html'));
    if (hasWeb) {
      await app.register(fastifyStatic, {
        root,
        wildcard: false,
        index: false,
        // Brotli or gzip twins written at build (scripts/precompress.ts), chosen by Accept-Encoding.
        preCompressed: true,
        // Our own Cache-Control per file below; the plugin's default would override it.
        cacheControl: false,
        setHeaders: (res, path) => {
          res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
          // The same URL is sent brotli, gzip or plain: a shared cache must keep them apart.
          res.setHeader('Vary', 'Accept-Encoding');
        },
      });
    }
    app.setNotFoundHandler((request, reply) => {
      // HEAD answers as GET would, without the body (a monitor's or a proxy's check of "/").
      if ((request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/') && hasWeb) {
        return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
      }
      const body: ApiError = { error: { code: 'not_found', message: "We couldn't find that." }, requestId: String(request.id) };
      return reply.status(404).send(body);
    });
  },
  { name: 'mend-web', dependencies: ['mend-errors'] },
);
