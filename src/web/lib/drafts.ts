import { oneStoreDb } from './idb.js';
import { localFlag } from './local-flag.js';
/**
 * Drafts that are never lost (PRODUCT: "drafts survive a closed tab, a lost connection or a
 * restart").
 *
 * While someone types, their words are sealed (encrypted under a key derived from their
 * master key, by ItemsClient.sealDraft) and the CIPHERTEXT is kept in two places: this
 * browser's IndexedDB (`mend-drafts`) and the server. Nothing here ever stores plaintext.
 * IndexedDB and the network are asynchronous, and a reload does not wait for them, so each
 * sealed draft is first written synchronously to a small journal in localStorage (ciphertext
 * too) and dropped from it once IndexedDB holds it: the words typed just before a reload
 * are still there. When the network or the server is down the local copy is marked pending
 * and sent when the browser comes back online, on a retry that backs off, or on the next load.
 *
 * The pure parts (which copy to restore, debounce and queue) take their storage and network
 * as arguments, so they are tested in node without a DOM.
 */

export const DRAFT_DEBOUNCE_MS = 600;

/** What is sealed: the feature's own body, and when it was written (this device's clock). */
export interface DraftEnvelope<T = unknown> {
  savedAt: number;
  body: T;
}

/** One draft as this browser keeps it. `ciphertext: null` is a deletion still to be sent. */
export interface LocalDraft {
  key: string;
  ciphertext: string | null;
  savedAt: number;
  /** True while the server has not yet got this version (or this deletion). */
  pending: boolean;
}

/** Where this browser keeps drafts for the signed-in person. */
export interface DraftStore {
  get(key: string): Promise<LocalDraft | null>;
  put(draft: LocalDraft): Promise<void>;
  /** Forgets `key`; with `upTo`, a synchronous copy newer than that is kept. */
  delete(key: string, upTo?: number): Promise<void>;
  all(): Promise<LocalDraft[]>;
  /**
   * Keeps a draft at once, synchronously, so that it survives the page going away before
   * `put` finishes (a reload, a closed tab). `get` and `all` see it until `put` or `delete`
   * catches up.
   */
  putNow?(draft: LocalDraft): void;
}

/** The server side of drafts (ItemsClient.putDraft / deleteDraft). */
export interface DraftRemote {
  put(key: string, ciphertext: string): Promise<unknown>;
  delete(key: string): Promise<void>;
}

// ── Which copy to restore ──────────────────────────────────────────────────

export interface RestoreChoice {
  /** Which copy holds the words to show. */
  use: 'local' | 'server' | 'none';
  /** The local copy is newer and the server hasn't got it: send it. */
  push: boolean;
  /** A deletion made here never reached the server: delete the server copy. */
  deleteRemote: boolean;
  /** The local record is spent (taken up elsewhere, or superseded): remove it. */
  dropLocal: boolean;
}

/**
 * Chooses between this browser's copy and the server's copy of one draft: the newer one
 * wins. A local copy that already reached the server but is gone from it now was saved or
 * cleared on another device, so it is not brought back; one that never reached the server
 * is kept and sent.
 */
export function chooseDraft(local: Pick<LocalDraft, 'savedAt' | 'pending' | 'ciphertext'> | null, server: { savedAt: number } | null): RestoreChoice {
  const none: RestoreChoice = { use: 'none', push: false, deleteRemote: false, dropLocal: false };
  if (!local) return server ? { ...none, use: 'server' } : none;
  const deleted = local.ciphertext === null;
  if (!server) {
    if (!deleted && local.pending) return { ...none, use: 'local', push: true };
    return { ...none, dropLocal: true };
  }
  if (server.savedAt > local.savedAt) return { ...none, use: 'server', dropLocal: deleted };
  if (deleted) return { ...none, deleteRemote: true, dropLocal: !local.pending };
  return { ...none, use: 'local', push: local.pending || local.savedAt > server.savedAt };
}

// ── Restoring on load ──────────────────────────────────────────────────────

/**
 * Reads an opened draft as an envelope: null unless it has a `savedAt` number, or when
 * `parse` rejects its body (a draft of another shape, or a damaged one).
 */
export function parseDraftEnvelope<T = unknown>(raw: unknown, parse?: (body: unknown) => T | null): DraftEnvelope<T> | null {
  if (!raw || typeof (raw as { savedAt?: unknown }).savedAt !== 'number') return null;
  const env = raw as DraftEnvelope<T>;
  if (!parse) return env;
  const body = parse(env.body);
  return body ? { savedAt: env.savedAt, body } : null;
}

/** Which drafts a page restores: exactly these keys, or every key that starts with a prefix. */
export type DraftSelection = { keys: readonly string[] } | { prefix: string };

export interface RestoreDraftsOptions<T> {
  store: DraftStore;
  /**
   * The server's copies (ItemsClient.drafts), each with the version sealed inside and whether
   * this device wrote or saw a later one. When it fails, this browser's copy is trusted.
   */
  server(): Promise<{ key: string; ciphertext: string; version?: number; rolledBack?: boolean }[]>;
  /** Opens one ciphertext of `key`: its envelope, or null if it can't be used here. */
  open(key: string, ciphertext: string): DraftEnvelope<T> | null;
  /** The version sealed inside one ciphertext of `key` (0 when it has none). */
  version?(key: string, ciphertext: string): number;
  /** The server's copy of `key` is older than this device wrote or saw, and it is shown: no newer copy is kept here. */
  onRolledBack?(key: string): void;
  select: DraftSelection;
}

/**
 * Finds each selected draft: the newer of this browser's copy and the server's (chooseDraft).
 * Brings the local store in line on the way: takes the server's copy, marks a newer local
 * copy pending, drops spent or unreadable records. A deletion still to be sent stays pending
 * (DraftSync.syncPending sends it).
 */
export async function restoreDrafts<T>({ store, server: fetchServer, open, version, onRolledBack, select }: RestoreDraftsOptions<T>): Promise<Map<string, T>> {
  const [server, local] = await Promise.all([fetchServer().catch(() => null), store.all().catch(() => [] as LocalDraft[])]);
  const out = new Map<string, T>();
  const keys =
    'keys' in select ? select.keys : new Set([...(server ?? []).map((d) => d.key), ...local.map((d) => d.key)].filter((k) => k.startsWith(select.prefix)));

  for (const key of keys) {
    const localRec = local.find((d) => d.key === key) ?? null;
    const localEnv = localRec?.ciphertext ? open(key, localRec.ciphertext) : null;
    // Sealed by someone else or damaged: nothing here can use it.
    if (localRec?.ciphertext && !localEnv) await store.delete(key).catch(() => undefined);
    const localUsable = localRec && (localRec.ciphertext === null || localEnv) ? localRec : null;

    if (server === null) {
      // The server couldn't be asked: trust this browser's copy, and send it later.
      if (localEnv) out.set(key, localEnv.body);
      continue;
    }
    const serverRec = server.find((d) => d.key === key) ?? null;
    const serverEnv = serverRec ? open(key, serverRec.ciphertext) : null;
    if (serverRec?.rolledBack && serverEnv && localEnv && localUsable?.ciphertext) {
      // The server sent back an older draft than this device holds (issue 14, item 4): the
      // newer copy here stays, and goes to the server again, whatever the clocks say.
      if ((version?.(key, localUsable.ciphertext) ?? 0) > (serverRec.version ?? 0)) {
        out.set(key, localEnv.body);
        if (!localUsable.pending) await store.put({ ...localUsable, pending: true }).catch(() => undefined);
        continue;
      }
    }
    const choice = chooseDraft(localUsable ? { ...localUsable, savedAt: localEnv?.savedAt ?? localUsable.savedAt } : null, serverEnv);
    if (choice.use === 'server' && serverEnv && serverRec) {
      out.set(key, serverEnv.body);
      // Older than this device saw, and nothing newer here: its words are still shown, never silently.
      if (serverRec.rolledBack) onRolledBack?.(key);
      await store.put({ key, ciphertext: serverRec.ciphertext, savedAt: serverEnv.savedAt, pending: false }).catch(() => undefined);
    } else if (choice.use === 'local' && localEnv && localUsable) {
      out.set(key, localEnv.body);
      if (choice.push && !localUsable.pending) await store.put({ ...localUsable, pending: true }).catch(() => undefined);
    } else if (choice.dropLocal) {
      await store.delete(key, localRec?.savedAt).catch(() => undefined);
    }
    // choice.deleteRemote: the pending tombstone stays, and syncPending sends the deletion.
  }
  return out;
}

// ── Debounce and queue ─────────────────────────────────────────────────────

/** How the latest change to a draft ended up: on the server, only here, or nowhere. */
export type DraftSyncStatus = 'synced' | 'local' | 'failed' | 'discarded';

export interface DraftSyncOptions {
  /** Seals an envelope for a key (ItemsClient.sealDraft). */
  seal(key: string, envelope: DraftEnvelope): string;
  store: DraftStore;
  remote: DraftRemote;
  online(): boolean;
  now?(): number;
  delayMs?: number;
  /** The first wait before sending again what the server did not take; it doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  onStatus?(key: string, status: DraftSyncStatus): void;
}

/** The first wait before a draft the server did not take is sent again. */
export const DRAFT_RETRY_MS = 1000;
/** The longest wait between tries while the server stays away. */
export const DRAFT_MAX_RETRY_MS = 30_000;

/**
 * Keeps drafts: `change` is debounced per key; the sealed draft goes to the local store
 * first, then to the server. Writes for one key run strictly in order, so an older draft
 * never lands after a newer one (or after a deletion). What the server did not take (it was
 * away, or the browser offline) is sent again on a timer that backs off, and at once when the
 * browser says it is back online (`retryNow`), so "on this device" turns into "saved as a
 * draft" without another keystroke.
 */
export class DraftSync {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly waiting = new Map<string, unknown>();
  private readonly chains = new Map<string, Promise<void>>();
  private readonly delay: number;
  private readonly now: () => number;
  private lastStamp = 0;
  private closed = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay: number;

  constructor(private readonly opts: DraftSyncOptions) {
    this.delay = opts.delayMs ?? DRAFT_DEBOUNCE_MS;
    this.now = opts.now ?? (() => Date.now());
    this.retryDelay = opts.retryMs ?? DRAFT_RETRY_MS;
  }

  /** The person changed the draft for `key`; it is written once they pause. */
  change(key: string, body: unknown): void {
    if (this.closed) return;
    this.waiting.set(key, body);
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.flush(key);
      }, this.delay),
    );
  }

  /** True while a change for `key` is waiting for its pause. */
  hasWaiting(key: string): boolean {
    return this.waiting.has(key);
  }

  /** Writes the waiting change for `key` now (e.g. before Save, or when the page hides). */
  flush(key: string): Promise<void> {
    const t = this.timers.get(key);
    if (t !== undefined) {
      clearTimeout(t);
      this.timers.delete(key);
    }
    if (!this.waiting.has(key)) return this.chains.get(key) ?? Promise.resolve();
    const body = this.waiting.get(key);
    this.waiting.delete(key);
    // Sealed and kept synchronously, now: the page may be gone before the queue gets to it.
    const sealed = this.sealNow(key, body);
    return this.enqueue(key, () => this.write(sealed));
  }

  /** Writes every waiting change now. */
  async flushAll(): Promise<void> {
    await Promise.all([...new Set([...this.waiting.keys(), ...this.chains.keys()])].map((k) => this.flush(k)));
  }

  /** The draft became a saved item (or was set aside): forget it here and on the server. */
  discard(key: string): Promise<void> {
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
    this.waiting.delete(key);
    const tombstone: LocalDraft = { key, ciphertext: null, savedAt: this.stamp(), pending: true };
    // At once, so that a reload right after does not bring back what was set aside.
    this.keepNow(tombstone);
    return this.enqueue(key, async () => {
      await this.opts.store.put(tombstone).catch(() => undefined);
      try {
        if (!this.opts.online()) throw new Error('offline');
        await this.opts.remote.delete(key);
        this.reached();
        await this.opts.store.delete(key, tombstone.savedAt).catch(() => undefined);
      } catch {
        // The tombstone stays pending and is sent later.
        this.retryLater();
      }
      this.opts.onStatus?.(key, 'discarded');
    });
  }

  /** Sends everything that only this browser has (on load, when back online, on each retry). */
  async syncPending(): Promise<void> {
    const all = await this.opts.store.all().catch(() => [] as LocalDraft[]);
    const pending = all.filter((d) => d.pending && !this.waiting.has(d.key));
    if (pending.length === 0) return;
    if (!this.opts.online()) {
      // The browser's own "online" event usually comes first; the timer covers when it doesn't.
      this.retryLater();
      return;
    }
    await Promise.all(
      pending.map((d) =>
          this.enqueue(d.key, async () => {
            // Re-read: a newer write for this key may have happened meanwhile.
            const current = await this.opts.store.get(d.key).catch(() => null);
            if (!current || !current.pending) return;
            try {
              if (current.ciphertext === null) {
                await this.opts.remote.delete(current.key);
                await this.opts.store.delete(current.key, current.savedAt);
              } else {
                await this.opts.remote.put(current.key, current.ciphertext);
                this.reached();
                await this.opts.store.put({ ...current, pending: false });
                this.opts.onStatus?.(current.key, 'synced');
              }
            } catch {
              // Still offline, or the server is away: try again later.
              this.retryLater();
            }
          }),
        ),
    );
  }

  /** The browser is back online: send what waits now, and start the back-off afresh. */
  retryNow(): Promise<void> {
    this.stopRetrying();
    this.retryDelay = this.opts.retryMs ?? DRAFT_RETRY_MS;
    return this.syncPending();
  }

  /** Cancels a planned retry (the page using these drafts went away); the next failure plans one again. */
  stopRetrying(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** Stops timers (the page is going away); waiting changes should be flushed first. */
  close(): void {
    this.closed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.stopRetrying();
  }

  /** Plans one more try of everything pending, each time twice as far off (up to the maximum). */
  private retryLater(): void {
    if (this.closed || this.retryTimer !== undefined) return;
    const wait = this.retryDelay;
    this.retryDelay = Math.min(wait * 2, this.opts.maxRetryMs ?? DRAFT_MAX_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.syncPending();
    }, wait);
  }

  /** The server took a write: the next outage starts the back-off from the beginning. */
  private reached(): void {
    this.retryDelay = this.opts.retryMs ?? DRAFT_RETRY_MS;
  }

  /** A strictly increasing time, so two writes in one millisecond still order. */
  private stamp(): number {
    const n = Math.max(this.now(), this.lastStamp + 1);
    this.lastStamp = n;
    return n;
  }

  private enqueue(key: string, job: () => Promise<void>): Promise<void> {
    const prev = this.chains.get(key) ?? Promise.resolve();
    const next = prev.then(job, job);
    const tail = next.catch(() => undefined);
    this.chains.set(key, tail);
    void tail.then(() => {
      if (this.chains.get(key) === tail) this.chains.delete(key);
    });
    return next;
  }

  /** Keeps a record synchronously where the store can; true when it did. */
  private keepNow(record: LocalDraft): boolean {
    if (!this.opts.store.putNow) return false;
    try {
      this.opts.store.putNow(record);
      return true;
    } catch {
      return false;
    }
  }

  /** Seals the body with a fresh stamp and keeps it synchronously; null when it can't be sealed. */
  private sealNow(key: string, body: unknown): { record: LocalDraft & { ciphertext: string }; keptNow: boolean } | { key: string; record: null } {
    const savedAt = this.stamp();
    let ciphertext: string;
    try {
      ciphertext = this.opts.seal(key, { savedAt, body } satisfies DraftEnvelope);
    } catch {
      return { key, record: null };
    }
    const record = { key, ciphertext, savedAt, pending: true };
    return { record, keptNow: this.keepNow(record) };
  }

  private async write(sealed: ReturnType<DraftSync['sealNow']>): Promise<void> {
    if (!sealed.record) {
      this.opts.onStatus?.(sealed.key, 'failed');
      return;
    }
    const { record } = sealed;
    const { key, ciphertext } = record;
    let keptHere = sealed.keptNow;
    try {
      await this.opts.store.put(record);
      keptHere = true;
    } catch {
      /* the synchronous copy (if any) still holds it */
    }
    if (this.opts.online()) {
      try {
        await this.opts.remote.put(key, ciphertext);
        this.reached();
        if (keptHere) await this.opts.store.put({ ...record, pending: false }).catch(() => undefined);
        this.opts.onStatus?.(key, 'synced');
        return;
      } catch {
        /* fall through: kept here, sent later */
      }
    }
    this.opts.onStatus?.(key, keptHere ? 'local' : 'failed');
    if (keptHere) this.retryLater();
  }
}

// ── Storage ────────────────────────────────────────────────────────────────

/** A store in memory: for tests, and for browsers without IndexedDB. */
export function memoryDraftStore(): DraftStore & { records: Map<string, LocalDraft> } {
  const records = new Map<string, LocalDraft>();
  return {
    records,
    get: (key) => Promise.resolve(records.get(key) ?? null),
    put: (d) => {
      records.set(d.key, { ...d });
      return Promise.resolve();
    },
    delete: (key) => {
      records.delete(key);
      return Promise.resolve();
    },
    all: () => Promise.resolve([...records.values()].map((d) => ({ ...d }))),
  };
}

/** A small synchronous store for the newest sealed copy of each draft (localStorage in a browser). */
export interface DraftJournal {
  get(key: string): LocalDraft | null;
  set(draft: LocalDraft): void;
  remove(key: string): void;
  all(): LocalDraft[];
}

/** A journal in memory: for tests. */
export function memoryDraftJournal(): DraftJournal & { records: Map<string, LocalDraft> } {
  const records = new Map<string, LocalDraft>();
  return {
    records,
    get: (key) => (records.has(key) ? { ...records.get(key)! } : null),
    set: (d) => void records.set(d.key, { ...d }),
    remove: (key) => void records.delete(key),
    all: () => [...records.values()].map((d) => ({ ...d })),
  };
}

const newer = (a: LocalDraft | null, b: LocalDraft | null): LocalDraft | null => (a && b ? (b.savedAt > a.savedAt ? b : a) : (a ?? b));

/**
 * A store whose `putNow` writes to a synchronous journal: reads see the newer of the two
 * copies, and a journal entry is dropped once the store holds that version (or a later one).
 */
export function withJournal(base: DraftStore, journal: DraftJournal): DraftStore {
  const read = (key: string) => {
    try {
      return journal.get(key);
    } catch {
      return null;
    }
  };
  const dropUpTo = (key: string, upTo: number | undefined) => {
    const j = read(key);
    if (!j || (upTo !== undefined && j.savedAt > upTo)) return;
    try {
      journal.remove(key);
    } catch {
      /* it is dropped on a later write */
    }
  };
  return {
    async get(key) {
      return newer(await base.get(key), read(key));
    },
    async put(d) {
      await base.put(d);
      dropUpTo(d.key, d.savedAt);
    },
    async delete(key, upTo) {
      await base.delete(key);
      dropUpTo(key, upTo);
    },
    async all() {
      const byKey = new Map((await base.all()).map((d) => [d.key, d] as const));
      let kept: LocalDraft[] = [];
      try {
        kept = journal.all();
      } catch {
        /* storage unavailable: the store's copies are all there is */
      }
      for (const j of kept) byKey.set(j.key, newer(byKey.get(j.key) ?? null, j)!);
      return [...byKey.values()];
    },
    putNow: (d) => journal.set(d),
  };
}

const DB_NAME = 'mend-drafts';
const STORE = 'drafts';
const wiped = localFlag('mend.draftsWiped');

function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

const db = oneStoreDb(DB_NAME, STORE, wiped);
const withStore = db.withStore;
const deleteDb = db.remove;

interface StoredDraft extends LocalDraft {
  userId: string;
}

function isStoredDraft(v: unknown): v is StoredDraft {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.userId === 'string' &&
    typeof r.key === 'string' &&
    (typeof r.ciphertext === 'string' || r.ciphertext === null) &&
    typeof r.savedAt === 'number' &&
    typeof r.pending === 'boolean'
  );
}

const JOURNAL_PREFIX = 'mend.draftJournal|';

/** Removes every journal entry (every person's) from localStorage, synchronously. */
function clearJournal(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(JOURNAL_PREFIX)) keys.push(k);
    }
    for (const k of keys) localStorage.removeItem(k);
  } catch {
    /* storage unavailable: nothing was kept there */
  }
}

/** One person's journal in localStorage: sealed drafts only, like IndexedDB. */
function localStorageJournal(userId: string): DraftJournal {
  const prefix = `${JOURNAL_PREFIX}${userId}|`;
  const parse = (raw: string | null): LocalDraft | null => {
    if (raw === null) return null;
    try {
      const v: unknown = JSON.parse(raw);
      return isStoredDraft(v) && v.userId === userId ? { key: v.key, ciphertext: v.ciphertext, savedAt: v.savedAt, pending: v.pending } : null;
    } catch {
      return null;
    }
  };
  return {
    get: (key) => parse(localStorage.getItem(prefix + key)),
    set: (d) => {
      const record: StoredDraft = { userId, key: d.key, ciphertext: d.ciphertext, savedAt: d.savedAt, pending: d.pending };
      localStorage.setItem(prefix + d.key, JSON.stringify(record));
    },
    remove: (key) => localStorage.removeItem(prefix + key),
    all: () => {
      const out: LocalDraft[] = [];
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (!k?.startsWith(prefix)) continue;
        const d = parse(localStorage.getItem(k));
        if (d) out.push(d);
      }
      return out;
    },
  };
}

/**
 * Drafts of one person in this browser's IndexedDB (ciphertext only), with the synchronous
 * journal in localStorage in front of it. Falls back to memory when IndexedDB is missing;
 * the server copy still keeps the words then.
 */
export function browserDraftStore(userId: string): DraftStore {
  if (!hasIndexedDb()) return memoryDraftStore();
  const id = (key: string) => `${userId}|${key}`;
  const strip = ({ key, ciphertext, savedAt, pending }: StoredDraft): LocalDraft => ({ key, ciphertext, savedAt, pending });
  const indexed: DraftStore = {
    async get(key) {
      const v = await withStore<unknown>('readonly', (s) => s.get(id(key)));
      return isStoredDraft(v) && v.userId === userId ? strip(v) : null;
    },
    async put(d) {
      const record: StoredDraft = { userId, key: d.key, ciphertext: d.ciphertext, savedAt: d.savedAt, pending: d.pending };
      await withStore('readwrite', (s) => {
        s.put(record, id(d.key));
      });
    },
    async delete(key) {
      await withStore('readwrite', (s) => {
        s.delete(id(key));
      });
    },
    async all() {
      const v = await withStore<unknown[]>('readonly', (s) => s.getAll());
      return (v ?? []).filter(isStoredDraft).filter((d) => d.userId === userId).map(strip);
    },
  };
  if (typeof localStorage === 'undefined') return indexed;
  return withJournal(indexed, localStorageJournal(userId));
}

/** Deletes every draft kept in this browser (sign-out, session end). */
export async function clearDrafts(): Promise<void> {
  clearJournal();
  if (!hasIndexedDb()) return;
  wiped.set(true);
  await deleteDb();
  wiped.set(false);
}

/**
 * For quick exit: mark the drafts wiped at once (synchronously), start deleting them, and
 * wait at most `maxMs`. The mark stays set, so the next open finishes the job.
 */
export function wipeDraftsFast(maxMs = 150): Promise<void> {
  clearJournal();
  if (!hasIndexedDb()) return Promise.resolve();
  wiped.set(true);
  return Promise.race([deleteDb().catch(() => undefined), new Promise<void>((r) => setTimeout(r, maxMs))]);
}
