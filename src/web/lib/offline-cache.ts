import { isApiError } from '../../shared/client/errors.js';
import type { Transport, TransportResponse } from '../../shared/client/transport.js';
import { oneStoreDb } from './idb.js';
import { localFlag } from './local-flag.js';

/**
 * The copy of what the server sent that lets Mend open with no network (issue #18).
 *
 * Answers to the reading GETs (who I am, the couple, the items) are kept exactly as the server
 * sent them: ciphertext, wrapped keys and signatures, never anything decrypted. When the
 * network or the server is away, the same GET is answered from this copy and the page says it
 * is offline. Sign-out, session end, account deletion and quick exit wipe it.
 */

/** A kept answer: the server's body as it came, and when (this device's clock). */
export interface CachedAnswer {
  body: unknown;
  savedAt: number;
}

/** Where the answers are kept (IndexedDB in the browser, memory in tests). */
export interface OfflineStore {
  get(key: string): Promise<CachedAnswer | null>;
  /** Keeps an answer unless the store was wiped since `epoch` (a sign-out raced the request). */
  put(key: string, answer: CachedAnswer, epoch: number): Promise<void>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
  /** Changes on every wipe; a request takes it before it starts. */
  epoch(): number;
}

/** Marks an answer that came from this device's copy instead of the server. */
export const OFFLINE_HEADER = 'x-mend-from-device';

const ITEM_ID = '[0-9a-f-]{36}';
/** The reads a person needs to see what they already had; nothing about sessions, exports or drafts. */
const CACHEABLE: readonly RegExp[] = [
  /^\/api\/me$/,
  /^\/api\/couples\/current$/,
  /^\/api\/items\?kind=[\w%.-]+$/,
  new RegExp(`^/api/items/${ITEM_ID}(/versions)?$`, 'i'),
  /^\/api\/prompts\/(today\?date=[\d-]+|history)$/,
  /^\/api\/(space|notifications)$/,
];

/**
 * Kinds never kept on the device, not even as ciphertext: when and how often someone took the
 * private safety check must not be readable from this browser's storage by whoever holds it.
 */
const NEVER_KEPT_KINDS: ReadonlySet<string> = new Set(['safety_check']);

/**
 * The key an answer is kept under, or null when it is not kept: only GETs of the reading
 * routes above. Left out on purpose: drafts (their own store, drafts.ts, is newer than any copy
 * of the server's list); the safety hold and the safety check, and one's own answer to "keep
 * working on this?" (the decision), which must never be readable on a shared device; and
 * sessions, export and sign-in, which have no use offline.
 */
export function offlineCacheKey(method: string, path: string): string | null {
  if (method.toUpperCase() !== 'GET') return null;
  if (!CACHEABLE.some((re) => re.test(path))) return null;
  const kind = /[?&]kind=([^&]+)/.exec(path)?.[1];
  return kind && NEVER_KEPT_KINDS.has(decodeURIComponent(kind)) ? null : path;
}

/** False for an answer that carries an item of a kind never kept (fetched by id, its kind is in the body). */
export function keepsAnswer(body: unknown): boolean {
  const b = body as { item?: { kind?: unknown }; items?: Array<{ kind?: unknown }> } | null;
  const kinds = [b?.item?.kind, ...(Array.isArray(b?.items) ? b.items.map((i) => i?.kind) : [])];
  return !kinds.some((k) => typeof k === 'string' && NEVER_KEPT_KINDS.has(k));
}

/** The user id inside a /api/me answer, to notice another person signing in on this device. */
function userIdOf(body: unknown): string | null {
  const user = (body as { user?: { id?: unknown } } | null)?.user;
  return typeof user?.id === 'string' ? user.id : null;
}

/**
 * What a proxy in front of a stopped Mend answers (or Mend while it shuts down): the server is
 * away as surely as with no network.
 */
const SERVER_AWAY: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * A transport that keeps the answers of reading GETs and gives them back when Mend can't be
 * reached: a network error, or a proxy saying Mend is away (502, 503, 504). Any other HTTP
 * answer goes through as it is: a 401 still ends the session. `reached` is told whether Mend
 * answered, for the offline banner.
 */
export function offlineTransport(base: Transport, store: OfflineStore, reached: (yes: boolean) => void): Transport {
  return {
    async request(method, path, body) {
      const key = offlineCacheKey(method, path);
      const epoch = store.epoch();
      const fromDevice = async (): Promise<TransportResponse | null> => {
        reached(false);
        const kept = key ? await store.get(key).catch(() => null) : null;
        return kept ? { status: 200, headers: { [OFFLINE_HEADER]: '1' }, body: kept.body } : null;
      };
      let res: TransportResponse;
      try {
        res = await base.request(method, path, body);
      } catch (e) {
        if (!isApiError(e, 'network')) throw e;
        const kept = await fromDevice();
        if (!kept) throw e;
        return kept;
      }
      if (SERVER_AWAY.has(res.status)) return (await fromDevice()) ?? res;
      reached(true);
      if (key && res.status === 200 && keepsAnswer(res.body)) {
        let at = epoch;
        if (key === '/api/me') {
          // Someone else on this device now: nothing of the one before may answer for them.
          const before = await store.get(key).catch(() => null);
          if (before && userIdOf(before.body) !== userIdOf(res.body) && store.epoch() === epoch) {
            await store.clear().catch(() => undefined);
            at = store.epoch();
          }
        }
        await store.put(key, { body: res.body, savedAt: Date.now() }, at).catch(() => undefined);
      } else if (key && (res.status === 404 || res.status === 403)) {
        // Deleted, or no longer shared with this person: it must not come back offline.
        await store.delete(key).catch(() => undefined);
      }
      return res;
    },
  };
}

/** A store in memory: for tests, and for browsers without IndexedDB. */
export function memoryOfflineStore(): OfflineStore & { records: Map<string, CachedAnswer> } {
  const records = new Map<string, CachedAnswer>();
  let epoch = 0;
  return {
    records,
    get: (key) => Promise.resolve(records.get(key) ?? null),
    put: (key, answer, at) => {
      if (at === epoch) records.set(key, answer);
      return Promise.resolve();
    },
    delete: (key) => {
      records.delete(key);
      return Promise.resolve();
    },
    clear: () => {
      epoch++;
      records.clear();
      return Promise.resolve();
    },
    epoch: () => epoch,
  };
}

/** The IndexedDB database of the offline copy; sign-out deletes it whole. */
export const OFFLINE_DB = 'mend-offline';
const STORE = 'answers';
const wiped = localFlag('mend.offlineWiped');
let epoch = 0;

// A quick exit may have left before the deletion finished: the next open finishes it first.
const db = oneStoreDb(OFFLINE_DB, STORE, wiped);
const withStore = db.withStore;
const deleteDb = db.remove;

function isCachedAnswer(v: unknown): v is CachedAnswer {
  return !!v && typeof v === 'object' && 'body' in v && typeof (v as { savedAt?: unknown }).savedAt === 'number';
}

/** The offline copy in this browser's IndexedDB; memory when IndexedDB is missing. */
export function browserOfflineStore(): OfflineStore {
  if (typeof indexedDB === 'undefined') return memoryOfflineStore();
  return {
    async get(key) {
      const v = await withStore<unknown>('readonly', (s) => s.get(key));
      return isCachedAnswer(v) ? v : null;
    },
    async put(key, answer, at) {
      if (at !== epoch || wiped.isSet()) return;
      await withStore('readwrite', (s) => {
        s.put(answer, key);
      });
    },
    async delete(key) {
      await withStore('readwrite', (s) => {
        s.delete(key);
      });
    },
    clear: clearOfflineCopy,
    epoch: () => epoch,
  };
}

/** Deletes the whole offline copy (sign-out, session end, account deletion). */
export async function clearOfflineCopy(): Promise<void> {
  epoch++;
  if (typeof indexedDB === 'undefined') return;
  wiped.set(true);
  await deleteDb();
  wiped.set(false);
}

/**
 * For quick exit: mark the copy wiped at once (synchronously), start deleting it, and wait
 * at most `maxMs`. The mark stays set, so the next open finishes the job.
 */
export function wipeOfflineCopyFast(maxMs = 150): Promise<void> {
  epoch++;
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  wiped.set(true);
  return Promise.race([deleteDb().catch(() => undefined), new Promise<void>((r) => setTimeout(r, maxMs))]);
}
