import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  chooseDraft,
  DraftSync,
  memoryDraftJournal,
  memoryDraftStore,
  parseDraftEnvelope,
  restoreDrafts,
  withJournal,
  type DraftEnvelope,
  type DraftRemote,
  type DraftSyncStatus,
  type LocalDraft,
} from './drafts.js';

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

  it('sends again on its own when the server comes back, without another change', async () => {
    const sync = new DraftSync({ seal, store, remote, online: () => online, now: () => clock, delayMs: 600, retryMs: 1000, onStatus: (k, s) => statuses.push([k, s]) });
    remote.fail = true;
    sync.change('k', { text: 'written while the server was away' });
    await vi.advanceTimersByTimeAsync(600);
    expect(statuses.at(-1)).toEqual(['k', 'local']);
    remote.fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(remote.puts).toHaveLength(1);
    expect(remote.puts[0]![1]).toContain('written while the server was away');
    expect(await store.get('k')).toMatchObject({ pending: false });
    expect(statuses.at(-1)).toEqual(['k', 'synced']);
  });

  it('backs off while the server stays away', async () => {
    let tries = 0;
    remote.put = () => {
      tries++;
      return Promise.reject(new TypeError('fetch failed'));
    };
    const sync = new DraftSync({ seal, store, remote, online: () => online, delayMs: 600, retryMs: 1000, maxRetryMs: 4000 });
    sync.change('k', { text: 'x' });
    await vi.advanceTimersByTimeAsync(600);
    expect(tries).toBe(1);
    // Then after 1 s, 2 s more, 4 s more, and 4 s from then on.
    const at: number[] = [];
    for (let t = 1; t <= 15_000; t += 250) {
      const before = tries;
      await vi.advanceTimersByTimeAsync(250);
      if (tries > before) at.push(t + 249);
    }
    expect(at).toEqual([1000, 3000, 7000, 11_000, 15_000]);
  });

  it('tries again when the browser says it is back online, and not while it is offline', async () => {
    const sync = new DraftSync({ seal, store, remote, online: () => online, delayMs: 600, retryMs: 60_000, onStatus: (k, s) => statuses.push([k, s]) });
    online = false;
    sync.change('k', { text: 'offline words' });
    await vi.advanceTimersByTimeAsync(600);
    expect(statuses.at(-1)).toEqual(['k', 'local']);
    online = true;
    await sync.retryNow();
    expect(remote.puts).toHaveLength(1);
    expect(statuses.at(-1)).toEqual(['k', 'synced']);
    // Nothing is pending any more: no timer keeps trying.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(remote.puts).toHaveLength(1);
  });

  it('plans no retry when nothing is pending', async () => {
    const sync = make();
    await sync.syncPending();
    expect(vi.getTimerCount()).toBe(0);
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

describe('DraftSync with a synchronous journal (a reload does not wait)', () => {
  const seal = (key: string, env: DraftEnvelope) => `sealed(${key}:${JSON.stringify(env.body)}@${env.savedAt})`;
  const never = () => new Promise<never>(() => undefined);

  it('keeps the sealed words before anything asynchronous runs', () => {
    // A store and a server that never answer: the page is going away.
    const base = { ...memoryDraftStore(), put: never, get: never, all: never, delete: never };
    const journal = memoryDraftJournal();
    const sync = new DraftSync({ seal, store: withJournal(base, journal), remote: { put: never, delete: never }, online: () => true, now: () => 5 });
    sync.change('k', { text: 'the last words' });
    void sync.flushAll();
    // Nothing awaited: the journal has it already, sealed.
    expect(journal.get('k')).toMatchObject({ pending: true, savedAt: 5 });
    expect(journal.get('k')?.ciphertext).toBe('sealed(k:{"text":"the last words"}@5)');
  });

  it('a discard is kept at once too, so a reload does not bring the words back', () => {
    const journal = memoryDraftJournal();
    const sync = new DraftSync({ seal, store: withJournal(memoryDraftStore(), journal), remote: { put: never, delete: never }, online: () => true });
    sync.change('k', { text: 'a' });
    void sync.flush('k');
    void sync.discard('k');
    expect(journal.get('k')).toMatchObject({ ciphertext: null, pending: true });
  });

  it('drops the journal copy once the store holds that version', async () => {
    const journal = memoryDraftJournal();
    const store = withJournal(memoryDraftStore(), journal);
    const puts: string[] = [];
    const sync = new DraftSync({ seal, store, remote: { put: (_k, c) => Promise.resolve(puts.push(c)), delete: () => Promise.resolve() }, online: () => true });
    sync.change('k', { text: 'kept' });
    await sync.flush('k');
    expect(journal.records.size).toBe(0);
    expect(await store.get('k')).toMatchObject({ pending: false });
    expect(puts).toHaveLength(1);
  });
});

describe('withJournal', () => {
  const rec = (savedAt: number, pending = true): LocalDraft => ({ key: 'k', ciphertext: `c${savedAt}`, savedAt, pending });

  it('reads the newer of the two copies', async () => {
    const base = memoryDraftStore();
    const journal = memoryDraftJournal();
    const store = withJournal(base, journal);
    await base.put(rec(10, false));
    journal.set(rec(20));
    expect(await store.get('k')).toEqual(rec(20));
    expect(await store.all()).toEqual([rec(20)]);
    journal.set(rec(5));
    expect(await store.get('k')).toEqual(rec(10, false));
  });

  it('keeps a journal copy newer than what was written or deleted', async () => {
    const journal = memoryDraftJournal();
    const store = withJournal(memoryDraftStore(), journal);
    journal.set(rec(20));
    await store.put(rec(10));
    expect(journal.get('k')).toEqual(rec(20));
    await store.delete('k', 15);
    expect(await store.get('k')).toEqual(rec(20));
    await store.delete('k');
    expect(await store.get('k')).toBeNull();
  });

  it('restoreDrafts finds a draft that only the journal holds, and marks it to send', async () => {
    const journal = memoryDraftJournal();
    const store = withJournal(memoryDraftStore(), journal);
    journal.set({ key: 'k:a', ciphertext: JSON.stringify({ savedAt: 9, body: 'typed just before the reload' }), savedAt: 9, pending: true });
    const open = (_key: string, c: string) => parseDraftEnvelope<string>(JSON.parse(c));
    const out = await restoreDrafts({ store, server: () => Promise.resolve([]), open, select: { prefix: 'k:' } });
    expect(out.get('k:a')).toBe('typed just before the reload');
    expect((await store.all()).find((d) => d.key === 'k:a')).toMatchObject({ pending: true });
  });
});

describe('parseDraftEnvelope', () => {
  it('takes an envelope with a savedAt number, body as it is', () => {
    expect(parseDraftEnvelope({ savedAt: 3, body: null })).toEqual({ savedAt: 3, body: null });
  });

  it('refuses what is not an envelope', () => {
    expect(parseDraftEnvelope(null)).toBeNull();
    expect(parseDraftEnvelope('text')).toBeNull();
    expect(parseDraftEnvelope({ savedAt: '3', body: {} })).toBeNull();
  });

  it('checks the body when given a parser, and refuses what it rejects', () => {
    const parse = (b: unknown) => (typeof b === 'object' && b && typeof (b as { text?: unknown }).text === 'string' ? { text: (b as { text: string }).text } : null);
    expect(parseDraftEnvelope({ savedAt: 1, body: { text: 'hi', extra: 1 } }, parse)).toEqual({ savedAt: 1, body: { text: 'hi' } });
    expect(parseDraftEnvelope({ savedAt: 1, body: { text: 2 } }, parse)).toBeNull();
  });
});

describe('restoreDrafts', () => {
  // "Sealed" here is JSON; 'bad' can't be opened.
  const seal = (savedAt: number, body: unknown) => JSON.stringify({ savedAt, body });
  const open = (_key: string, c: string): DraftEnvelope<string> | null => {
    try {
      return parseDraftEnvelope<string>(JSON.parse(c), (b) => (typeof b === 'string' ? b : null));
    } catch {
      return null;
    }
  };
  const setup = async (local: LocalDraft[]) => {
    const store = memoryDraftStore();
    for (const d of local) await store.put(d);
    return store;
  };

  it('restores the newer copy of each key under the prefix, and leaves other keys alone', async () => {
    const store = await setup([
      { key: 'qa:a', ciphertext: seal(10, 'local a'), savedAt: 10, pending: false },
      { key: 'qa:b', ciphertext: seal(30, 'local b'), savedAt: 30, pending: false },
      { key: 'other:x', ciphertext: seal(5, 'x'), savedAt: 5, pending: false },
    ]);
    const server = [
      { key: 'qa:a', ciphertext: seal(20, 'server a') },
      { key: 'qa:b', ciphertext: seal(25, 'server b') },
      { key: 'qa:c', ciphertext: seal(7, 'server c') },
      { key: 'other:y', ciphertext: seal(7, 'y') },
    ];
    const out = await restoreDrafts({ store, server: () => Promise.resolve(server), open, select: { prefix: 'qa:' } });
    expect(Object.fromEntries(out)).toEqual({ 'qa:a': 'server a', 'qa:b': 'local b', 'qa:c': 'server c' });
    // The server's newer copy is kept here; the local newer copy is marked to send.
    expect(store.records.get('qa:a')).toEqual({ key: 'qa:a', ciphertext: seal(20, 'server a'), savedAt: 20, pending: false });
    expect(store.records.get('qa:b')?.pending).toBe(true);
    expect(store.records.get('other:x')?.pending).toBe(false);
  });

  it('restores exactly the keys asked for', async () => {
    const store = await setup([]);
    const server = [
      { key: 'prompt:1', ciphertext: seal(1, 'one') },
      { key: 'prompt:2', ciphertext: seal(2, 'two') },
    ];
    const out = await restoreDrafts({ store, server: () => Promise.resolve(server), open, select: { keys: ['prompt:2', 'prompt:3'] } });
    expect([...out]).toEqual([['prompt:2', 'two']]);
    expect(store.records.has('prompt:1')).toBe(false);
  });

  it("trusts this browser's copy when the server can't be asked", async () => {
    const store = await setup([{ key: 'k:a', ciphertext: seal(1, 'mine'), savedAt: 1, pending: true }]);
    const out = await restoreDrafts({ store, server: () => Promise.reject(new Error('offline')), open, select: { prefix: 'k:' } });
    expect(out.get('k:a')).toBe('mine');
    expect(store.records.get('k:a')?.pending).toBe(true);
  });

  it('drops unreadable and spent local records, and keeps a deletion still to be sent', async () => {
    const store = await setup([
      { key: 'k:bad', ciphertext: 'bad', savedAt: 1, pending: true },
      { key: 'k:wrong', ciphertext: seal(1, 42), savedAt: 1, pending: true },
      { key: 'k:spent', ciphertext: seal(1, 'gone elsewhere'), savedAt: 1, pending: false },
      { key: 'k:deleted', ciphertext: null, savedAt: 9, pending: true },
    ]);
    const server = [{ key: 'k:deleted', ciphertext: seal(5, 'old') }];
    const out = await restoreDrafts({ store, server: () => Promise.resolve(server), open, select: { prefix: 'k:' } });
    expect(out.size).toBe(0);
    expect([...store.records.keys()]).toEqual(['k:deleted']);
  });

  // Issue 14, item 4: the server lists an older draft than this device wrote or saw.
  describe('a draft rolled back by the server', () => {
    // "Sealed" with a version inside, as ItemsClient seals it.
    const sealV = (savedAt: number, body: string, v: number) => JSON.stringify({ savedAt, body, v });
    const version = (_key: string, c: string) => (JSON.parse(c) as { v: number }).v;

    it('keeps the newer copy here, and sends it again, even when its clock says otherwise', async () => {
      // This device's clock was behind when it wrote the newer version: only the versions tell.
      const store = await setup([{ key: 'k:a', ciphertext: sealV(5, 'newer here', 2), savedAt: 5, pending: false }]);
      const noticed: string[] = [];
      const out = await restoreDrafts({
        store,
        server: () => Promise.resolve([{ key: 'k:a', ciphertext: sealV(20, 'older on the server', 1), version: 1, rolledBack: true }]),
        open,
        version,
        onRolledBack: (key) => noticed.push(key),
        select: { keys: ['k:a'] },
      });
      expect(out.get('k:a')).toBe('newer here');
      expect(await store.get('k:a')).toMatchObject({ pending: true, ciphertext: sealV(5, 'newer here', 2) });
      expect(noticed).toEqual([]);
    });

    it('shows the older copy with the notice when nothing newer is kept here', async () => {
      const store = await setup([]);
      const noticed: string[] = [];
      const out = await restoreDrafts({
        store,
        server: () =>
          Promise.resolve([
            { key: 'k:a', ciphertext: sealV(20, 'older on the server', 1), version: 1, rolledBack: true },
            { key: 'k:b', ciphertext: sealV(20, 'as it was', 3), version: 3, rolledBack: false },
          ]),
        open,
        version,
        onRolledBack: (key) => noticed.push(key),
        select: { prefix: 'k:' },
      });
      expect(out.get('k:a')).toBe('older on the server');
      expect(out.get('k:b')).toBe('as it was');
      expect(noticed).toEqual(['k:a']);
    });

    it('says so too when the copy here is no newer than the one sent', async () => {
      const store = await setup([{ key: 'k:a', ciphertext: sealV(10, 'same old', 1), savedAt: 10, pending: false }]);
      const noticed: string[] = [];
      const out = await restoreDrafts({
        store,
        server: () => Promise.resolve([{ key: 'k:a', ciphertext: sealV(30, 'older on the server', 1), version: 1, rolledBack: true }]),
        open,
        version,
        onRolledBack: (key) => noticed.push(key),
        select: { keys: ['k:a'] },
      });
      expect(out.get('k:a')).toBe('older on the server');
      expect(noticed).toEqual(['k:a']);
    });
  });
});
