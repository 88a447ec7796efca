import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../shared/client/errors.js';
import type { Transport, TransportResponse } from '../../shared/client/transport.js';
import { keepsAnswer, memoryOfflineStore, OFFLINE_HEADER, offlineCacheKey, offlineTransport } from './offline-cache.js';

const ITEM = '0b5e3f1c-7a2d-4c8e-9f10-1a2b3c4d5e6f';

describe('offlineCacheKey', () => {
  it('keeps the reading GETs a page needs to show what this person already had', () => {
    for (const path of [
      '/api/me',
      '/api/couples/current',
      '/api/items?kind=journal_entry',
      `/api/items/${ITEM}`,
      `/api/items/${ITEM}/versions`,
      '/api/prompts/today?date=2026-12-07',
      '/api/prompts/history',
      '/api/notifications',
      '/api/space',
    ]) {
      expect(offlineCacheKey('GET', path), path).toBe(path);
    }
  });

  it('keeps nothing that writes, and none of drafts, sessions, export, safety or sign-in', () => {
    expect(offlineCacheKey('POST', '/api/items')).toBeNull();
    expect(offlineCacheKey('PUT', `/api/items/${ITEM}`)).toBeNull();
    expect(offlineCacheKey('DELETE', '/api/me')).toBeNull();
    for (const path of [
      '/api/drafts',
      '/api/sessions',
      '/api/export',
      '/api/safety/hold',
      '/api/decision',
      '/api/items?kind=safety_check',
      '/api/auth/key-params',
      '/api/calendar/feed',
      '/api/notifications/settings',
      '/api/items/not-an-id',
      '/api/items?kind=journal&x=1',
      '/api/me?x',
      '/index.html',
    ]) {
      expect(offlineCacheKey('GET', path), path).toBeNull();
    }
  });
});

describe('keepsAnswer', () => {
  it('never keeps a safety check, even fetched by id', () => {
    expect(keepsAnswer({ item: { id: ITEM, kind: 'safety_check' } })).toBe(false);
    expect(keepsAnswer({ items: [{ kind: 'journal_entry' }, { kind: 'safety_check' }] })).toBe(false);
    expect(keepsAnswer({ item: { id: ITEM, kind: 'journal_entry' } })).toBe(true);
    expect(keepsAnswer({ items: [] })).toBe(true);
    expect(keepsAnswer({ user: { id: 'ada' } })).toBe(true);
    expect(keepsAnswer(null)).toBe(true);
  });
});

/** A server that answers from a script, or is away. */
function fakeServer() {
  const answers = new Map<string, TransportResponse>();
  const state = { away: false, calls: [] as string[] };
  const transport: Transport = {
    request(method, path) {
      state.calls.push(`${method} ${path}`);
      if (state.away) return Promise.reject(ApiRequestError.network(new Error('refused')));
      return Promise.resolve(answers.get(`${method} ${path}`) ?? { status: 404, headers: {}, body: { error: { code: 'not_found', message: 'x' } } });
    },
  };
  const answer = (method: string, path: string, status: number, body: unknown) => answers.set(`${method} ${path}`, { status, headers: {}, body });
  return { transport, state, answer };
}

describe('offlineTransport', () => {
  const list = { items: [{ id: ITEM, ciphertext: 'c1pher', wrappedKey: 'wr4pped', signature: 's1g' }] };

  it('answers a read from the kept copy, exactly as the server sent it, when the server is away', async () => {
    const server = fakeServer();
    const store = memoryOfflineStore();
    const reached: boolean[] = [];
    const t = offlineTransport(server.transport, store, (yes) => reached.push(yes));
    server.answer('GET', '/api/items?kind=journal_entry', 200, list);

    expect((await t.request('GET', '/api/items?kind=journal_entry')).body).toEqual(list);
    expect(store.records.get('/api/items?kind=journal_entry')?.body).toEqual(list);

    server.state.away = true;
    const offline = await t.request('GET', '/api/items?kind=journal_entry');
    expect(offline.status).toBe(200);
    expect(offline.body).toEqual(list);
    expect(offline.headers[OFFLINE_HEADER]).toBe('1');
    expect(reached).toEqual([true, false]);
  });

  it('answers from the copy when a proxy says Mend is away, and passes that answer through when it has none', async () => {
    const server = fakeServer();
    const store = memoryOfflineStore();
    const reached: boolean[] = [];
    const t = offlineTransport(server.transport, store, (yes) => reached.push(yes));
    server.answer('GET', '/api/items?kind=note', 200, list);
    await t.request('GET', '/api/items?kind=note');
    for (const status of [502, 503, 504]) {
      server.answer('GET', '/api/items?kind=note', status, 'Bad Gateway');
      const res = await t.request('GET', '/api/items?kind=note');
      expect(res.status, String(status)).toBe(200);
      expect(res.body).toEqual(list);
      expect(res.headers[OFFLINE_HEADER]).toBe('1');
    }
    server.answer('POST', '/api/items', 502, 'Bad Gateway');
    expect((await t.request('POST', '/api/items', {})).status).toBe(502);
    expect(reached).toEqual([true, false, false, false, false]);
    // The copy is still the server's own answer, not the proxy's page.
    expect(store.records.get('/api/items?kind=note')?.body).toEqual(list);
  });

  it('still fails a read it has no copy of, and every write, when the server is away', async () => {
    const server = fakeServer();
    const t = offlineTransport(server.transport, memoryOfflineStore(), () => undefined);
    server.state.away = true;
    await expect(t.request('GET', '/api/items?kind=note')).rejects.toMatchObject({ code: 'network' });
    await expect(t.request('POST', '/api/items', { id: ITEM })).rejects.toMatchObject({ code: 'network' });
    await expect(t.request('GET', '/api/drafts')).rejects.toMatchObject({ code: 'network' });
  });

  it('passes HTTP errors through (a 401 still ends the session) and forgets an item that is gone', async () => {
    const server = fakeServer();
    const store = memoryOfflineStore();
    const t = offlineTransport(server.transport, store, () => undefined);
    server.answer('GET', `/api/items/${ITEM}`, 200, { item: list.items[0] });
    await t.request('GET', `/api/items/${ITEM}`);
    expect(store.records.has(`/api/items/${ITEM}`)).toBe(true);

    server.answer('GET', `/api/items/${ITEM}`, 404, { error: { code: 'not_found', message: 'gone' } });
    expect((await t.request('GET', `/api/items/${ITEM}`)).status).toBe(404);
    expect(store.records.has(`/api/items/${ITEM}`)).toBe(false);

    server.answer('GET', '/api/me', 401, { error: { code: 'unauthorized', message: 'x' } });
    expect((await t.request('GET', '/api/me')).status).toBe(401);
    expect(store.records.has('/api/me')).toBe(false);
  });

  it('drops everything kept for someone else when another person signs in on this device', async () => {
    const server = fakeServer();
    const store = memoryOfflineStore();
    const t = offlineTransport(server.transport, store, () => undefined);
    server.answer('GET', '/api/me', 200, { user: { id: 'ada' } });
    server.answer('GET', '/api/items?kind=note', 200, list);
    await t.request('GET', '/api/me');
    await t.request('GET', '/api/items?kind=note');
    server.answer('GET', '/api/me', 200, { user: { id: 'ben' } });
    await t.request('GET', '/api/me');
    expect([...store.records.keys()]).toEqual(['/api/me']);
    expect(store.records.get('/api/me')?.body).toEqual({ user: { id: 'ben' } });
  });

  it('does not keep an answer that arrives after a wipe (sign-out raced the request)', async () => {
    const store = memoryOfflineStore();
    let release: (r: TransportResponse) => void = () => undefined;
    const slow: Transport = { request: () => new Promise<TransportResponse>((r) => (release = r)) };
    const t = offlineTransport(slow, store, () => undefined);
    const pending = t.request('GET', '/api/items?kind=note');
    await store.clear();
    release({ status: 200, headers: {}, body: list });
    await pending;
    expect(store.records.size).toBe(0);
  });

  it('does not keep a safety check the server sent', async () => {
    const server = fakeServer();
    const store = memoryOfflineStore();
    const t = offlineTransport(server.transport, store, () => undefined);
    server.answer('GET', `/api/items/${ITEM}`, 200, { item: { id: ITEM, kind: 'safety_check', ciphertext: 'c' } });
    await t.request('GET', `/api/items/${ITEM}`);
    expect(store.records.size).toBe(0);
  });

  it('lets errors other than the network through untouched', async () => {
    const broken: Transport = { request: () => Promise.reject(new TypeError('bug')) };
    const store = memoryOfflineStore();
    await store.put('/api/me', { body: { user: { id: 'ada' } }, savedAt: 1 }, store.epoch());
    const t = offlineTransport(broken, store, () => undefined);
    await expect(t.request('GET', '/api/me')).rejects.toThrow('bug');
  });
});
