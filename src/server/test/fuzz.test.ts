import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PromptsClient } from '../../shared/client/index.js';
import type { RouteEntry } from '../app.js';
import { createTestApp, type TestApp } from './app.js';
import { testDialects } from './databases.js';
import { itemsOf } from './items.js';
import { newDevice, pairUp, signUp, type Person } from './people.js';

const dialects = await testDialects();

/*
 * A property-based fuzz of every JSON endpoint, taken from the app's own route table (so a
 * new route is fuzzed without anyone listing it). Three accounts — a couple and a stranger —
 * and someone signed out send random bodies, parameters and queries, with ids from
 * everyone's data among them. Whatever they send: never a 500, and nobody's answer ever
 * holds what only someone else may read. Bounded (RUNS per route) so it fits CI.
 */
// MEND_FUZZ_RUNS raises it for a deeper local run.
const RUNS = Number(process.env.MEND_FUZZ_RUNS ?? 12);
// Routes whose success changes who is signed in or paired go last, so the rest see all actors.
const LAST = ['/api/auth/signout', '/api/couples/leave', '/api/sessions/revoke-others', '/api/sessions/:id', '/api/me/delete'];

const FIELDS = [
  'id', 'kind', 'ciphertext', 'signature', 'wrappedKey', 'state', 'readerId', 'baseVersion', 'remainingReaders', 'email', 'authKey',
  'currentAuthKey', 'displayName', 'timeZone', 'token', 'date', 'deck', 'depth', 'answer', 'until', 'item', 'partnerWrappedKey', 'ids',
  'all', 'recoveryAuth', 'recoveryWrapped', 'recoveryToken', 'salt', 'kdf', 'masterKeyWrapped', 'keys', '__proto__', 'constructor',
];

/** Percent-encodes a path part; a lone surrogate goes as its (invalid) UTF-8 bytes, as a hand-made request could. */
const encodePart = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};

interface Actor {
  name: string;
  raw: Person['transport']['raw'];
}

describe.each(dialects)('fuzzing every JSON endpoint on %s', (dialect) => {
  let t: TestApp;
  let actors: Actor[];
  let ids: string[];
  /** What each actor must never see: text only someone else may read. */
  let secretsOf: Map<string, { anywhere: string[]; inReads: string[] }>;
  /** Valid requests seen during setup (method, concrete path, body), by who sent them. */
  const valid: { actor: string; method: string; path: string; body: unknown }[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const [ada, ben] = await pairUp(t.app);
    const cy = await signUp(t.app, 'Cy');
    // Valid requests made from here on are kept, as seeds for one-field mutations.
    for (const [name, p] of [['ada', ada], ['ben', ben], ['cy', cy]] as const) {
      const request = p.transport.request.bind(p.transport);
      p.transport.request = (method, path, body) => {
        if (body !== undefined) valid.push({ actor: name, method, path, body });
        return request(method, path, body);
      };
    }
    await cy.client.startCouple();
    await cy.client.createInvite();
    const [ai, bi, ci] = [await itemsOf(ada), await itemsOf(ben), await itemsOf(cy)];
    const toBen = (await ada.client.currentCouple())!.partner!;
    const adaPrivate = await ai.create('journal_entry', { text: 'only Ada', writtenOn: '2026-03-01' }, {});
    const adaShared = await ai.share(await ai.create('journal_entry', { text: 'Ada to Ben', writtenOn: '2026-03-01' }, {}), toBen);
    const benPrivate = await bi.create('journal_entry', { text: 'only Ben', writtenOn: '2026-03-01' }, {});
    const cyPrivate = await ci.create('journal_entry', { text: 'only Cy', writtenOn: '2026-03-01' }, {});
    const { day } = await new PromptsClient(ada.client, ai).today(new Date().toISOString().slice(0, 10));
    await new PromptsClient(ben.client, bi).answer(day!, { text: 'the river' }, (await ben.client.currentCouple())!.partner!);
    await ada.client.updateProfile({ displayName: 'Ada', timeZone: 'Europe/Warsaw' });
    await ai.update(adaPrivate, { text: 'only Ada, again', writtenOn: '2026-03-01' }, {});
    const cipher = async (p: Person, id: string) => {
      const res = await p.transport.raw('GET', `/api/items/${id}`);
      return (res.json as { item: { ciphertext: string } }).item.ciphertext.slice(20, 80);
    };
    const [cAdaPrivate, cAdaShared, cBenPrivate, cCyPrivate] = await Promise.all([
      cipher(ada, adaPrivate.id),
      cipher(ada, adaShared.id),
      cipher(ben, benPrivate.id),
      cipher(cy, cyPrivate.id),
    ]);
    const sessions = async (p: Person) => ((await p.transport.raw('GET', '/api/sessions')).json as { sessions: { id: string }[] }).sessions.map((s) => s.id);
    const coupleIds = [(await ada.client.currentCouple())!.id, (await cy.client.currentCouple())!.id];
    ids = [adaPrivate.id, adaShared.id, benPrivate.id, cyPrivate.id, day!.id, ...coupleIds, ...(await sessions(ada)), ...(await sessions(ben)), ...(await sessions(cy))];
    const anon = newDevice(t.app);
    actors = [
      { name: 'ada', raw: ada.transport.raw },
      { name: 'ben', raw: ben.transport.raw },
      { name: 'cy', raw: cy.transport.raw },
      { name: 'nobody', raw: anon.transport.raw },
    ];
    const allOf = { anywhere: [cAdaPrivate, cAdaShared, cBenPrivate, cCyPrivate, ada.email, ben.email, cy.email], inReads: [adaPrivate.id, adaShared.id, benPrivate.id, cyPrivate.id] };
    secretsOf = new Map([
      ['ada', { anywhere: [cBenPrivate, cCyPrivate, ben.email, cy.email], inReads: [benPrivate.id, cyPrivate.id] }],
      ['ben', { anywhere: [cAdaPrivate, cCyPrivate, ada.email, cy.email], inReads: [adaPrivate.id, cyPrivate.id] }],
      ['cy', { anywhere: [cAdaPrivate, cAdaShared, cBenPrivate, ada.email, ben.email], inReads: [adaPrivate.id, adaShared.id, benPrivate.id] }],
      ['nobody', allOf],
    ]);
  }, 120_000);
  afterAll(() => t.close());

  /** Every JSON route (the event stream is not JSON; static files are not the API). */
  const routes = (): RouteEntry[] => {
    const list = t.app.routeTable.filter((r) => r.method !== 'HEAD' && (r.url.startsWith('/api/') || r.url.startsWith('/calendar/')) && r.url !== '/api/events');
    const last = (r: RouteEntry) => LAST.includes(r.url);
    return [...list.filter((r) => !last(r)), ...list.filter(last)];
  };

  it('covers the documented API', () => {
    const urls = new Set(routes().map((r) => `${r.method} ${r.url}`));
    for (const must of ['POST /api/items', 'POST /api/items/:id/share', 'GET /api/items/:id', 'POST /api/couples/leave', 'PATCH /api/me', 'POST /api/auth/recovery-key', 'POST /api/prompts/days/:id/answer']) {
      expect(urls.has(must), must).toBe(true);
    }
    expect(urls.size).toBeGreaterThan(45);
  });

  it('answers every random request without a 500 and without anyone else’s data', async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('\u0000', 'a\u0000b', '\u202Eevil', '\uD800', '../../etc/passwd', '%00', '<script>alert(1)</script>', "' OR 1=1 --", 'A'.repeat(5000), ''),
    );
    const value = fc.oneof(
      text,
      fc.constantFrom(...ids),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
    );
    const body = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue({ maxDepth: 2 }),
      fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }),
      // Raw text that is often not JSON at all.
      fc.string({ maxLength: 60 }).map((s) => ({ rawText: s })),
    );
    const param = fc.oneof(fc.constantFrom(...ids), fc.uuid(), text.filter((s) => s.length > 0));
    const query = fc.dictionary(fc.constantFrom('kind', 'date', 'id', 'x'), text, { maxKeys: 2 });

    for (const route of routes()) {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...actors), fc.array(param, { minLength: 3, maxLength: 3 }), body, query, async (actor, params, payload, q) => {
          let i = 0;
          const path = route.url.replace(/:[A-Za-z]+/g, () => encodePart(params[i++] ?? 'x'));
          const qs = new URLSearchParams(q).toString();
          const url = qs && route.method === 'GET' ? `${path}?${qs}` : path;
          const sent = payload === undefined ? undefined : typeof payload === 'object' && payload !== null && 'rawText' in payload ? String(payload.rawText) : payload;
          const res = await actor.raw(route.method, url, route.method === 'GET' || route.method === 'DELETE' ? undefined : sent);
          const where = `${actor.name} ${route.method} ${url} → ${res.status}`;
          expect(res.status, where).toBeLessThan(500);
          const secrets = secretsOf.get(actor.name)!;
          for (const s of secrets.anywhere) expect(res.body.includes(s), `${where} holds another's data`).toBe(false);
          if (route.method === 'GET') for (const s of secrets.inReads) expect(res.body.includes(s), `${where} names another's item`).toBe(false);
        }),
        { numRuns: RUNS },
      );
    }
  }, 240_000);

  it('answers a valid request with one field made hostile without a 500 and without anyone else’s data', async () => {
    // Random bodies rarely pass validation; these start valid, so each change reaches the rules and the database.
    expect(valid.length).toBeGreaterThan(5);
    const hostile = fc.oneof(
      fc.constantFrom('\u0000', 'a\u0000b', '\u202Eevil', '\uD800x', '', ' ', 'A'.repeat(3000), '__proto__', -1, 0, 2 ** 53, 1.5, true, null, [], {}, { __proto__: { admin: true } }),
      fc.constantFrom(...ids),
      fc.string({ maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...valid), fc.nat(), hostile, fc.constantFrom(...actors), fc.boolean(), async (seed, pick, bad, other, sameActor) => {
        const body = structuredClone(seed.body) as Record<string, unknown>;
        const keys = body && typeof body === 'object' ? Object.keys(body) : [];
        if (keys.length > 0) body[keys[pick % keys.length]!] = bad;
        const actor = sameActor ? actors.find((a) => a.name === seed.actor)! : other;
        const res = await actor.raw(seed.method, seed.path, body);
        const where = `${actor.name} ${seed.method} ${seed.path} ${keys[pick % keys.length] ?? ''}=${JSON.stringify(bad)?.slice(0, 40)} → ${res.status}`;
        expect(res.status, where).toBeLessThan(500);
        for (const s of secretsOf.get(actor.name)!.anywhere) expect(res.body.includes(s), `${where} holds another's data`).toBe(false);
      }),
      { numRuns: RUNS * 20 },
    );
  }, 240_000);
});
