import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseDraft, DraftSync, memoryDraftStore, type DraftEnvelope, type DraftRemote, type DraftSyncStatus } from './drafts.js';

describe('chooseDraft', () => {
  const live = (savedAt: number, pending = false) => ({ savedAt, pending, ciphertext: 'c' });
  const gone = (savedAt: number, pending = true) => ({ savedAt, pending, ciphertext: null });

  it('has nothing to restore when neither copy exists', () => {
    expect(chooseDraft(null, null)).toEqual({ use: 'none', push: false, deleteRemote: false, dropLocal: false });
  });

  it('takes the server copy when this browser has none', () => {
    expect(chooseDraft(null, { savedAt: 5 }).use).toBe('server');
  });

  it('prefers the newer of the two', () => {
    expect(chooseDraft(live(10), { savedAt: 20 }).use).toBe('server');
    expect(chooseDraft(live(30, true), { savedAt: 20 })).toMatchObject({ use: 'local', push: true });
  });

  it('keeps and sends a local copy the server never got', () => {
    expect(chooseDraft(live(10, true), null)).toMatchObject({ use: 'local', push: true, dropLocal: false });
  });

  it('does not bring back a synced draft that was saved or cleared elsewhere', () => {
    expect(chooseDraft(live(10, false), null)).toMatchObject({ use: 'none', dropLocal: true });
  });

  it('does not push when both copies are the same', () => {
    expect(chooseDraft(live(10, false), { savedAt: 10 })).toMatchObject({ use: 'local', push: false });
  });

  it('finishes a deletion that never reached the server, unless the server copy is newer', () => {
    expect(chooseDraft(gone(20), { savedAt: 10 })).toMatchObject({ use: 'none', deleteRemote: true, dropLocal: false });
    expect(chooseDraft(gone(20), { savedAt: 30 })).toMatchObject({ use: 'server', dropLocal: true });
    expect(chooseDraft(gone(20), null)).toMatchObject({ use: 'none', dropLocal: true });
  });
});

describe('DraftSync', () => {
  let online = true;
  let remote: DraftRemote & { puts: Array<[string, string]>; deletes: string[]; fail: boolean };
  let statuses: Array<[string, DraftSyncStatus]>;
  let store: ReturnType<typeof memoryDraftStore>;
  let clock = 1000;

  const seal = (key: string, env: DraftEnvelope) => `sealed(${key}:${JSON.stringify(env.body)}@${env.savedAt})`;

  function make(): DraftSync {
    return new DraftSync({
      seal,
      store,
      remote,
      online: () => online,
      now: () => clock,
      delayMs: 600,
      onStatus: (k, s) => statuses.push([k, s]),
    });
  }

  beforeEach(() => {
    vi.useFakeTimers();
    online = true;
    clock = 1000;
    statuses = [];
    store = memoryDraftStore();
    remote = {
      puts: [],
      deletes: [],
      fail: false,
      put(key, c) {
        if (this.fail) return Promise.reject(new TypeError('fetch failed'));
        this.puts.push([key, c]);
        return Promise.resolve();
      },
      delete(key) {
        if (this.fail) return Promise.reject(new TypeError('fetch failed'));
        this.deletes.push(key);
        return Promise.resolve();
      },
    };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for a pause in typing, then writes once, sealed', async () => {
    const sync = make();
    sync.change('k', { text: 'I' });
    await vi.advanceTimersByTimeAsync(300);
    sync.change('k', { text: 'I was' });
    await vi.advanceTimersByTimeAsync(300);
    sync.change('k', { text: 'I was hurt' });
    expect(remote.puts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(600);
    expect(remote.puts).toHaveLength(1);
    expect(remote.puts[0]![1]).toContain('I was hurt');
    const local = await store.get('k');
    expect(local).toMatchObject({ pending: false });
    expect(local?.ciphertext).toMatch(/^sealed\(/);
    expect(statuses).toEqual([['k', 'synced']]);
  });

  it('debounces each key on its own', async () => {
    const sync = make();
    sync.change('a', { text: '1' });
    sync.change('b', { text: '2' });
    await vi.advanceTimersByTimeAsync(600);
    expect(remote.puts.map(([k]) => k).sort()).toEqual(['a', 'b']);
  });

  it('keeps the draft here when offline and sends it when back online', async () => {
    const sync = make();
    online = false;
    sync.change('k', { text: 'offline words' });
    await vi.advanceTimersByTimeAsync(600);
    expect(remote.puts).toHaveLength(0);
    expect(await store.get('k')).toMatchObject({ pending: true });
    expect(statuses.at(-1)).toEqual(['k', 'local']);

    online = true;
    await sync.syncPending();
    expect(remote.puts).toHaveLength(1);
    expect(remote.puts[0]![1]).toContain('offline words');
    expect(await store.get('k')).toMatchObject({ pending: false });
    expect(statuses.at(-1)).toEqual(['k', 'synced']);
  });

  it('treats a failed request like being offline', async () => {
    const sync = make();
    remote.fail = true;
    sync.change('k', { text: 'x' });
    await vi.advanceTimersByTimeAsync(600);
    expect(await store.get('k')).toMatchObject({ pending: true });
    expect(statuses.at(-1)).toEqual(['k', 'local']);
    remote.fail = false;
    await sync.syncPending();
    expect(await store.get('k')).toMatchObject({ pending: false });
  });

  it('flush writes at once, without waiting for the pause', async () => {
    const sync = make();
    sync.change('k', { text: 'now' });
    await sync.flush('k');
    expect(remote.puts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(remote.puts).toHaveLength(1);
  });

  it('discard removes the draft here and on the server, and cancels a waiting change', async () => {
    const sync = make();
    sync.change('k', { text: 'a' });
    await sync.flush('k');
    sync.change('k', { text: 'ab' });
    await sync.discard('k');
    await vi.advanceTimersByTimeAsync(1000);
    expect(remote.deletes).toEqual(['k']);
    expect(remote.puts).toHaveLength(1);
    expect(await store.get('k')).toBeNull();
  });

  it('a discard made offline is remembered and sent later', async () => {
    const sync = make();
    sync.change('k', { text: 'a' });
    await sync.flush('k');
    online = false;
    await sync.discard('k');
    expect(await store.get('k')).toMatchObject({ ciphertext: null, pending: true });
    online = true;
    await sync.syncPending();
    expect(remote.deletes).toEqual(['k']);
    expect(await store.get('k')).toBeNull();
  });

  it('writes one key strictly in order, so an older draft never lands last', async () => {
    const sync = make();
    let release: () => void = () => undefined;
    const slow = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    remote.put = async (_k, c) => {
      if (c.includes('first')) await slow;
      order.push(c);
    };
    sync.change('k', { text: 'first' });
    const a = sync.flush('k');
    sync.change('k', { text: 'second' });
    const b = sync.flush('k');
    release();
    await Promise.all([a, b]);
    expect(order.map((c) => (c.includes('first') ? 'first' : 'second'))).toEqual(['first', 'second']);
    expect((await store.get('k'))?.ciphertext).toContain('second');
  });

  it('stamps each write later than the one before, even within one millisecond', async () => {
    const sync = make();
    sync.change('k', { text: '1' });
    await sync.flush('k');
    const first = (await store.get('k'))!.savedAt;
    sync.change('k', { text: '2' });
    await sync.flush('k');
    expect((await store.get('k'))!.savedAt).toBeGreaterThan(first);
  });

  it('says failed when neither this browser nor the server could keep it', async () => {
    store.put = () => Promise.reject(new Error('no IndexedDB'));
    online = false;
    const sync = make();
    sync.change('k', { text: 'x' });
    await sync.flush('k');
    expect(statuses.at(-1)).toEqual(['k', 'failed']);
  });

  it('close stops waiting timers', async () => {
    const sync = make();
    sync.change('k', { text: 'x' });
    sync.close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(remote.puts).toHaveLength(0);
  });
});
