import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Security headers, a CSP with no inline script and no third-party origin, and a
 * same-origin check on every state-changing request (CSRF), on top of SameSite cookies.
 */
export const securityPlugin = fp(
  async (app) => {
    const { config } = app;
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          // Argon2id runs as WebAssembly in the browser; nothing else needs eval.
          scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          manifestSrc: ["'self'"],
          workerSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
      crossOriginOpenerPolicy: { policy: 'same-origin' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
    });

    const publicOrigin = new URL(config.publicUrl).origin;
    app.addHook('onRequest', async (request, reply) => {
      void reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
      if (request.url.startsWith('/api/')) void reply.header('Cache-Control', 'no-store');
      if (SAFE_METHODS.has(request.method)) return;
      const site = request.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') {
        throw new AppError(403, 'csrf_rejected', 'This request did not come from Mend itself.');
      }
      const origin = request.headers.origin;
      if (origin !== undefined) {
        const hostOrigin = `${request.protocol}://${request.headers.host ?? ''}`;
        if (origin !== publicOrigin && origin !== hostOrigin) {
          throw new AppError(403, 'csrf_rejected', 'This request did not come from Mend itself.');
        }
      }
    });
  },
  { name: 'mend-security', dependencies: ['mend-errors'] },
);
