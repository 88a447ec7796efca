import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig, testConfig } from '../config.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../test/databases.js';
import { LIMITS_BY_PURPOSE } from '../lib/rate-limit.js';

const dialects = await testDialects();

const LIMIT = LIMITS_BY_PURPOSE.keyParamsIp.limit;

describe.each(dialects)('client addresses behind a proxy on %s', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  afterEach(async () => {
    await app.close();
    await database.drop();
  });

  async function start(trustProxy: string) {
    database = await createTestDatabase(dialect);
    const env = { TRUST_PROXY: trustProxy, MEND_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' as const };
    app = await buildApp({ config: testConfig({ trustProxy: loadConfig(env).trustProxy }), db: database.handle });
    await app.ready();
  }

  /** Key-params requests (limit per address) through a proxy at `proxy`, each with a forged leftmost hop. */
  async function burst(proxy: string, client: string, n = LIMIT + 1) {
    const statuses: number[] = [];
    for (let i = 0; i < n; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/key-params',
        remoteAddress: proxy,
        headers: { 'x-forwarded-for': `10.9.${i >> 8}.${i & 255}, ${client}` },
        payload: { email: 'ada@example.org' },
      });
      statuses.push(res.statusCode);
    }
    return statuses;
  }

  it('TRUST_PROXY=true trusts one hop: a forged leftmost address does not escape the limit', async () => {
    await start('true');
    const statuses = await burst('192.0.2.10', '203.0.113.5');
    expect(statuses.slice(0, LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses[LIMIT]).toBe(429);
  });

  it('a hop count counts from the socket', async () => {
    await start('2');
    // Two proxies: the client is two hops from the socket, whatever is forged to its left.
    const statuses = await burst('192.0.2.10', '203.0.113.6, 192.0.2.11');
    expect(statuses[LIMIT]).toBe(429);
  });

  it('an address list trusts only those proxies; anyone else is their own socket address', async () => {
    await start('192.0.2.10, 192.0.2.0/28');
    expect((await burst('192.0.2.10', '203.0.113.7'))[LIMIT]).toBe(429);
    // Not a listed proxy: its X-Forwarded-For is ignored, so the forged hop cannot pick a fresh address.
    const direct = await burst('198.51.100.77', '203.0.113.8');
    expect(direct[LIMIT]).toBe(429);
    // A different real client behind the listed proxy has its own allowance.
    expect((await burst('192.0.2.10', '203.0.113.9', 1))[0]).toBe(200);
  });

  it('refuses a value that is neither false, a hop count nor addresses', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'yes please', MEND_SECRET: 'x'.repeat(40) })).toThrow(/TRUST_PROXY/);
  });
});
