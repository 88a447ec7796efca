import helmet from '@fastify/helmet';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app.js';
import { testDialects } from '../test/databases.js';
import { signUp } from '../test/people.js';

const dialects = await testDialects();

// The options Mend gave @fastify/helmet before its headers were computed once: the headers
// must stay exactly what helmet made of them.
const helmetOptions = (secure: boolean) => ({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
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
      ...(secure ? { upgradeInsecureRequests: [] } : {}),
    },
  },
  strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : (false as const),
  referrerPolicy: { policy: 'no-referrer' as const },
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: { policy: 'same-origin' as const },
  crossOriginResourcePolicy: { policy: 'same-origin' as const },
});

/** The headers helmet sets with those options, by lower-case name. */
async function helmetHeaders(secure: boolean): Promise<Record<string, string>> {
  const bare = Fastify();
  await bare.register(helmet, helmetOptions(secure));
  bare.get('/', async () => ({}));
  const res = await bare.inject({ method: 'GET', url: '/' });
  await bare.close();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (!['content-type', 'content-length', 'date', 'connection'].includes(k)) out[k] = String(v);
  return out;
}

describe.each(dialects)('security headers on %s', (dialect) => {
  describe.each([false, true])('served over https: %s', (secure) => {
    let t: TestApp;
    let expected: Record<string, string>;
    beforeAll(async () => {
      t = await createTestApp(dialect, { secureCookies: secure, publicUrl: secure ? 'https://mend.example.org' : 'http://localhost:3000' });
      expected = await helmetHeaders(secure);
    });
    afterAll(() => t.close());

    const pick = (headers: Record<string, unknown>) => Object.fromEntries(Object.keys(expected).map((k) => [k, headers[k] === undefined ? undefined : String(headers[k])]));

    it('are the ones helmet made, on an answer, an error and a page that is not there', async () => {
      expect(Object.keys(expected).length).toBeGreaterThanOrEqual(10);
      for (const url of ['/api/health', '/api/me', '/api/nothing-here']) {
        const res = await t.app.inject({ method: 'GET', url });
        expect(pick(res.headers)).toEqual(expected);
      }
      const rejected = await t.app.inject({ method: 'POST', url: '/api/auth/key-params', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, payload: '{}' });
      expect(rejected.statusCode).toBe(403);
      expect(pick(rejected.headers)).toEqual(expected);
    });

    it.runIf(!secure)('are on a live event stream too', async () => {
      const person = await signUp(t.app, 'Ada');
      const cookie = person.transport.cookies.header() ?? '';
      const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
      const controller = new AbortController();
      const res = await fetch(`${address}/api/events`, { headers: { cookie }, signal: controller.signal });
      const got: Record<string, string> = {};
      res.headers.forEach((v, k) => (got[k] = v));
      controller.abort();
      expect(res.status).toBe(200);
      expect(pick(got)).toEqual(expected);
    });
  });
});
