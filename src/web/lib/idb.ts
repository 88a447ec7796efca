import type { LocalFlag } from './local-flag.js';

/** One IndexedDB database of a single object store, as the device's key, draft and offline stores keep. */
export interface OneStoreDb {
  /** Runs one transaction on the store and resolves with the request's result once it commits. */
  withStore<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined>;
  /** Deletes the whole database. */
  remove(): Promise<void>;
}

/**
 * A database of one store, opened for one transaction at a time (so a wipe is never blocked
 * for long). With a `wiped` mark, a deletion a quick exit may have left unfinished is finished
 * before the next open.
 */
export function oneStoreDb(name: string, store: string, wiped?: LocalFlag): OneStoreDb {
  const remove = () =>
    new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error ?? new Error('IndexedDB delete failed'));
    });

  const open = async (): Promise<IDBDatabase> => {
    if (wiped?.isSet()) {
      await remove();
      wiped.set(false);
    }
    return new Promise((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(store)) req.result.createObjectStore(store);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
      req.onblocked = () => reject(new Error('IndexedDB blocked'));
    });
  };

  const withStore = async <T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> => {
    const db = await open();
    try {
      return await new Promise<T | undefined>((resolve, reject) => {
        const tx = db.transaction(store, mode);
        const req = fn(tx.objectStore(store));
        let value: T | undefined;
        if (req) req.onsuccess = () => (value = req.result);
        tx.oncomplete = () => resolve(value);
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      });
    } finally {
      db.close();
    }
  };

  return { withStore, remove };
}
