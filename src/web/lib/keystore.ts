import { openDeviceLock, sealDeviceLock, type DeviceLockRecord } from '../../shared/crypto/index.js';
import { oneStoreDb } from './idb.js';
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
 *
 * With the app lock on (SESS-09) the master key is kept differently: wrapped under a key
 * derived from the passcode (Argon2id), and the device-wrapped copy above is deleted, so
 * storage holds nothing that opens without the passcode. Quick exit leaves that record alone
 * (coming back asks for the passcode); sign-out deletes it with everything else.
 */

const DB_NAME = 'mend-keys';
const STORE = 'keys';
const WRAP_ID = 'wrap';
const MASTER_ID = 'master';
const LOCK_ID = 'passcode';
const wiped = localFlag('mend.keysWiped');

interface StoredMaster {
  userId: string;
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
}

function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined' && typeof crypto !== 'undefined' && !!crypto.subtle;
}

const withStore = oneStoreDb(DB_NAME, STORE).withStore;



/** Stores the master key, wrapped, for this person on this device (and sets aside any passcode lock). */
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
    s.delete(LOCK_ID);
  });
  wiped.set(false);
}

/** The stored master key for this person, or null when there is none (or it can't be used). */
export async function loadMasterKey(userId: string): Promise<Uint8Array | null> {
  if (!hasIndexedDb()) return null;
  if (wiped.isSet()) {
    await deleteDeviceCopy();
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

/** Finishes a wipe quick exit started: the device-wrapped copy goes, a passcode lock stays. */
async function deleteDeviceCopy(): Promise<void> {
  await withStore('readwrite', (s) => {
    s.delete(MASTER_ID);
    s.delete(WRAP_ID);
  });
  wiped.set(false);
}

/** Deletes every kept key: the wrapped key, its wrapping key, and any passcode lock (sign-out). */
export async function clearKeys(): Promise<void> {
  wiped.set(true);
  if (!hasIndexedDb()) {
    wiped.set(false);
    return;
  }
  await withStore('readwrite', (s) => {
    s.delete(MASTER_ID);
    s.delete(WRAP_ID);
    s.delete(LOCK_ID);
  });
  wiped.set(false);
}

// ── The app lock's passcode ──────────────────────────────────────────────────

interface StoredLock extends DeviceLockRecord {
  userId: string;
}

function isStoredLock(v: unknown): v is StoredLock {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  const kdf = r.kdf as Record<string, unknown> | null;
  return (
    typeof r.userId === 'string' &&
    typeof r.salt === 'string' &&
    typeof r.wrapped === 'string' &&
    !!kdf &&
    typeof kdf === 'object' &&
    typeof kdf.memoryKiB === 'number' &&
    typeof kdf.iterations === 'number' &&
    typeof kdf.parallelism === 'number'
  );
}

async function readLock(userId: string): Promise<StoredLock | null> {
  if (!hasIndexedDb()) return null;
  const v = await withStore<unknown>('readonly', (s) => s.get(LOCK_ID));
  return isStoredLock(v) && v.userId === userId ? v : null;
}

/** True when this person's master key on this device is kept behind a passcode. */
export async function hasPasscodeLock(userId: string): Promise<boolean> {
  return (await readLock(userId).catch(() => null)) !== null;
}

/**
 * Turns the app lock on: wraps the master key under the passcode (Argon2id, production
 * settings) and deletes the copy that opened without it, in one transaction.
 */
export async function savePasscodeLock(masterKey: Uint8Array, userId: string, passcode: string): Promise<void> {
  if (!hasIndexedDb()) throw new Error('This browser can’t keep a locked key.');
  const record: StoredLock = { userId, ...(await sealDeviceLock(passcode, masterKey)) };
  await withStore('readwrite', (s) => {
    s.put(record, LOCK_ID);
    s.delete(MASTER_ID);
    s.delete(WRAP_ID);
  });
}

/**
 * The master key behind the passcode: null when there is no lock for this person;
 * CryptoError 'wrong_password' when the passcode isn't the one.
 */
export async function openPasscodeLock(userId: string, passcode: string): Promise<Uint8Array | null> {
  const record = await readLock(userId);
  if (!record) return null;
  return openDeviceLock(passcode, record);
}

/** Deletes the passcode lock only (turning it off keeps the key with saveMasterKey, which does this too). */
export async function removePasscodeLock(): Promise<void> {
  if (!hasIndexedDb()) return;
  await withStore('readwrite', (s) => {
    s.delete(LOCK_ID);
  });
}

/**
 * For quick exit: mark the keys wiped at once (synchronously), start deleting them, and
 * wait at most `maxMs` for the deletion before the caller navigates away. A passcode lock
 * stays: it opens with nothing but the passcode, and coming back asks for it.
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
