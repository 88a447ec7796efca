import type { Page } from 'playwright-core';

/** Every object store of every IndexedDB database of the page's origin, with its record count. */
export function indexedDbCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const out: Record<string, number> = {};
    for (const info of await indexedDB.databases()) {
      const name = info.name;
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      try {
        for (const store of Array.from(db.objectStoreNames)) {
          out[`${name}/${store}`] = await new Promise<number>((resolve, reject) => {
            const req = db.transaction(store, 'readonly').objectStore(store).count();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error ?? new Error('count failed'));
          });
        }
      } finally {
        db.close();
      }
    }
    return out;
  });
}
