import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerView } from '../shared/api/couples.js';
import { cookieJarOf, fetchTransport, ItemsClient, MendClient } from '../shared/client/index.js';
import { TEST_KDF } from '../shared/crypto/index.js';
import { DELIVER_JOB } from './features/notes/notes.service.js';
import { LIMITS_BY_PURPOSE } from './lib/rate-limit.js';
import { NGINX_SOURCE_ADDRESS, nginxBinary, startMend, startNginx, UPSTREAM_HEADER, type MendProcess, type Nginx } from './test/cluster.js';
import { createTestDatabase, testDialects, type TestDatabase } from './test/databases.js';
import { openEventStream, type EventStream } from './test/sse.js';

/*
 * Three real Mend processes on one PostgreSQL database behind a real nginx (round robin), as
 * docs/OPERATIONS.md deploys them. Everything goes through nginx: sessions, live events and
 * jobs cross processes through the database, and per-address limits see the client.
 */
const dialects = await testDialects();
const nginx = nginxBinary();
if (!nginx && dialects.includes('postgres')) {
  if (process.env.MEND_REQUIRE_PG === '1') throw new Error('nginx is required with MEND_REQUIRE_PG=1 (the several-process test runs behind it) but is not installed');
  console.warn('Skipping the several-processes-behind-nginx test: nginx is not installed (apt-get install nginx-light).');
}

const PROCESSES = 3;

/** One person using Mend through nginx, remembering which process served each request. */
async function person(baseUrl: string, name: string) {
  const served: { method: string; path: string; upstream: string }[] = [];
  const recording: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    served.push({ method: init?.method ?? 'GET', path: new URL(url).pathname, upstream: res.headers.get(UPSTREAM_HEADER) ?? '' });
    return res;
  };
  const transport = fetchTransport({ baseUrl, cookies: true, fetch: recording });
  const client = new MendClient(transport, { signupKdf: TEST_KDF, allowWeakKdf: true });
  await client.signup({ email: `${name.toLowerCase()}.${Date.now()}@example.org`, password: 'a long private passphrase', displayName: name, timeZone: 'Europe/Warsaw' });
  return { client, served, cookie: () => cookieJarOf.get(transport)?.header() ?? '' };
}

/** A raw HTTP request through nginx from a chosen loopback address (a distinct "client"). */
function fromAddress(url: string, localAddress: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; upstream: string }>((ok, fail) => {
    const payload = JSON.stringify(body);
    const req = httpRequest(
      `${url}${path}`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => ok({ status: res.statusCode ?? 0, upstream: String(res.headers[UPSTREAM_HEADER] ?? '') }));
      },
    );
    req.on('error', fail);
    req.end(payload);
  });
}

const countOf = (stream: EventStream, type: string) => stream.events.filter((e) => e.type === type).length;

describe.runIf(dialects.includes('postgres') && nginx !== null)('several server processes behind nginx on postgres', () => {
  let database: TestDatabase;
  let processes: MendProcess[] = [];
  let proxy: Nginx | undefined;
  let ada: Awaited<ReturnType<typeof person>>;
  let ben: Awaited<ReturnType<typeof person>>;
  let partner: PartnerView;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    processes = await Promise.all(Array.from({ length: PROCESSES }, () => startMend(database.url)));
    proxy = await startNginx(
      processes.map((p) => p.address),
      { revealUpstream: true },
    );
  }, 90_000);

  afterAll(async () => {
    for (const s of streams) s.close();
    await proxy?.stop();
    await Promise.all(processes.map((p) => p.stop()));
    await database?.drop();
  }, 30_000);

  const addresses = () => new Set(processes.map((p) => p.address));

  it('a session made through one process is honoured by every process', async () => {
    ada = await person(proxy!.url, 'Ada');
    ben = await person(proxy!.url, 'Ben');
    const signedUpOn = ada.served.find((s) => s.path === '/api/auth/signup')!.upstream;
    expect(addresses().has(signedUpOn)).toBe(true);

    const seen: string[] = [];
    for (let i = 0; i < PROCESSES * 2; i++) {
      const res = await fetch(`${proxy!.url}/api/me`, { headers: { cookie: ada.cookie() } });
      expect(res.status).toBe(200);
      seen.push(res.headers.get(UPSTREAM_HEADER) ?? '');
    }
    // Round robin: the same session was answered by every process, not only the one that made it.
    expect(new Set(seen)).toEqual(addresses());
    // nginx's own log says so too.
    const log = proxy!.accessLog();
    for (const a of addresses()) expect(log).toContain(`"GET /api/me HTTP/1.1" 200 ${a}`);
  });

  it("a partner's write through one process reaches their streams held on the others", async () => {
    await ada.client.startCouple();
    await ben.client.join((await ada.client.createInvite()).token);
    partner = (await ada.client.currentCouple())!.partner!;

    // Three streams opened one after another land on the three processes.
    for (let i = 0; i < PROCESSES; i++) {
      const stream = await openEventStream(proxy!.url, ben.cookie());
      streams.push(stream);
      await stream.waitFor('hello');
    }
    expect(new Set(streams.map((s) => s.headers.get(UPSTREAM_HEADER)))).toEqual(addresses());

    const items = new ItemsClient(ada.client, () => partner);
    await items.share(await items.create('note', { text: 'thinking of you' }, { deliverAt: null }), partner);
    const sharedOn = ada.served.filter((s) => s.method === 'POST' && s.path.endsWith('/share')).at(-1)!.upstream;
    const elsewhere = streams.filter((s) => s.headers.get(UPSTREAM_HEADER) !== sharedOn);
    expect(elsewhere).toHaveLength(PROCESSES - 1);
    for (const stream of streams) await stream.waitFor('items.changed', 10_000);
  });

  it('a scheduled note is delivered once, however many processes poll for it', async () => {
    const items = new ItemsClient(ada.client, () => partner);
    const before = streams.map((s) => countOf(s, 'notifications.changed'));
    // Far enough ahead that it is stored before it is due, even on a busy machine.
    const deliverAt = new Date(Date.now() + 3000).toISOString();
    const note = await items.share(await items.create('note', { text: 'for this evening' }, { deliverAt }), partner);

    const notifications = async () => (await database.handle.db.selectFrom('notifications').select('id').where('item_id', '=', note.id).execute()).length;
    await expect.poll(notifications, { timeout: 15_000, interval: 100 }).toBe(1);
    // Every stream, on every process, hears of it.
    await expect.poll(() => streams.map((s, i) => countOf(s, 'notifications.changed') > before[i]!), { timeout: 10_000, interval: 50 }).toEqual(streams.map(() => true));
    // Claimed once, done once: no second process ran it.
    const jobs = (await database.handle.db.selectFrom('jobs').select(['payload', 'attempts', 'done_at']).where('kind', '=', DELIVER_JOB).execute()).filter(
      (j) => (JSON.parse(j.payload) as { itemId: string }).itemId === note.id,
    );
    expect(jobs.map((j) => [j.done_at !== null, Number(j.attempts)])).toEqual([[true, 1]]);
    expect(await notifications()).toBe(1);
  });

  it("per-address limits see the client's address from X-Forwarded-For, not nginx's, on every process", async () => {
    const limit = LIMITS_BY_PURPOSE.keyParamsIp.limit;
    const statuses: number[] = [];
    const servedBy = new Set<string>();
    for (let i = 0; i <= limit; i++) {
      // The client forges a leftmost hop each time; nginx appends the address it saw.
      const res = await fromAddress(proxy!.url, '127.0.0.5', '/api/auth/key-params', { email: 'ada@example.org' }, { 'x-forwarded-for': `10.9.${i >> 8}.${i & 255}` });
      statuses.push(res.status);
      servedBy.add(res.upstream);
    }
    // One shared allowance across the processes (counted in the database), and no escape by forging.
    expect(servedBy).toEqual(addresses());
    expect(statuses.slice(0, limit).every((s) => s === 200)).toBe(true);
    expect(statuses[limit]).toBe(429);
    // Another client behind the same nginx has its own allowance: Mend is not counting nginx.
    expect((await fromAddress(proxy!.url, '127.0.0.6', '/api/auth/key-params', { email: 'ada@example.org' })).status).toBe(200);

    const keys = (await database.handle.db.selectFrom('rate_limits').select('key').execute()).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['kp:ip:127.0.0.5', 'kp:ip:127.0.0.6']));
    expect(keys.filter((k) => k.includes(NGINX_SOURCE_ADDRESS))).toEqual([]);
  });
});
