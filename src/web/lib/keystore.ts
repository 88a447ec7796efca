import { localFlag } from './local-flag.js';
/**
 * Keeps the master key across a reload without ever storing it in the clear (CRYPTO-11).
 *
 * The master key is encrypted with AES-GCM under a wrapping key that WebCrypto made
 * NON-EXTRACTABLE: its raw bytes can't be read by script, only used by this origin. Both
 * the wrapping key (as a CryptoKey object) and the ciphertext live in IndexedDB. Sign-out,
 * lock and quick exit delete both.
 *
 * Quick exit navigates away within milliseconds, so an IndexedDB delete might not finish.
 * A synchronous "wiped" mark in localStorage closes that gap: while it is set, `load`
 * refuses to restore and finishes the deletion instead. The mark holds no secret.
 */

const DB_NAME = 'mend-keys';
const STORE = 'keys';
const WRAP_ID = 'wrap';
const MASTER_ID = 'master';
const wiped = localFlag('mend.keysWiped');

interface StoredMaster {
  userId: string;
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
}

function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined' && typeof crypto !== 'undefined' && !!crypto.subtle;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  fn: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await openDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      let value: T | undefined;
      if (req) req.onsuccess = () => (value = req.result);
      tx.oncomplete = () => resolve(value);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}



/** Stores the master key, wrapped, for this person on this device. */
export async function saveMasterKey(masterKey: Uint8Array, userId: string): Promise<void> {
  if (!hasIndexedDb()) return;
  const wrapKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`mend-keystore:${userId}`) },
    wrapKey,
    masterKey as Uint8Array<ArrayBuffer>,
  );
  const record: StoredMaster = { userId, iv, ciphertext };
  await withStore('readwrite', (s) => {
    s.put(wrapKey, WRAP_ID);
    s.put(record, MASTER_ID);
  });
  wiped.set(false);
}

/** The stored master key for this person, or null when there is none (or it can't be used). */
export async function loadMasterKey(userId: string): Promise<Uint8Array | null> {
  if (!hasIndexedDb()) return null;
  if (wiped.isSet()) {
    await clearKeys();
    return null;
  }
  try {
    const wrapKey = await withStore<unknown>('readonly', (s) => s.get(WRAP_ID));
    const record = await withStore<unknown>('readonly', (s) => s.get(MASTER_ID));
    if (!(wrapKey instanceof CryptoKey) || !isStoredMaster(record)) return null;
    if (record.userId !== userId) {
      await clearKeys();
      return null;
    }
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: record.iv as Uint8Array<ArrayBuffer>, additionalData: new TextEncoder().encode(`mend-keystore:${userId}`) },
      wrapKey,
      record.ciphertext,
    );
    return new Uint8Array(plain);
  } catch {
    await clearKeys().catch(() => undefined);
    return null;
  }
}

function isStoredMaster(v: unknown): v is StoredMaster {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return typeof r.userId === 'string' && r.iv instanceof Uint8Array && r.ciphertext instanceof ArrayBuffer;
}

/** Deletes the wrapped key and its wrapping key. */
export async function clearKeys(): Promise<void> {
  wiped.set(true);
  if (!hasIndexedDb()) {
    wiped.set(false);
    return;
  }
  await withStore('readwrite', (s) => {
    s.delete(MASTER_ID);
    s.delete(WRAP_ID);
  });
  wiped.set(false);
}

/**
 * For quick exit: mark the keys wiped at once (synchronously), start deleting them, and
 * wait at most `maxMs` for the deletion before the caller navigates away.
 */
export function wipeKeysFast(maxMs = 150): Promise<void> {
  wiped.set(true);
  const deletion = hasIndexedDb()
    ? withStore('readwrite', (s) => {
        s.delete(MASTER_ID);
        s.delete(WRAP_ID);
      }).then(() => undefined)
    : Promise.resolve();
  // The mark stays set: the next load finishes the job whether or not this completed.
  return Promise.race([deletion.catch(() => undefined), new Promise<void>((r) => setTimeout(r, maxMs))]);
}
