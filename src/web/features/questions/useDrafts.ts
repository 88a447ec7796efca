import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ItemsClient } from '../../../shared/client/index.js';
import { browserDraftStore, chooseDraft, DraftSync, type DraftEnvelope, type DraftStore } from '../../lib/drafts.js';
import type { DraftListener, Drafts } from '../apologies/useApology.js';

export { DRAFT_STATUS_TEXT, useDraftStatus, type Drafts } from '../apologies/useApology.js';

/**
 * Drafts for this page (never lost): sealed, kept in this browser and with Mend, restored
 * on load (the newer copy wins), and sent when back online.
 */
export function useFeatureDrafts(items: ItemsClient, userId: string, prefix: string): Drafts {
  const listeners = useRef(new Map<string, Set<DraftListener>>());
  const [restored, setRestored] = useState<Map<string, unknown> | null>(null);
  const store = useMemo(() => browserDraftStore(userId), [userId]);
  const sync = useMemo(
    () =>
      new DraftSync({
        seal: (key, envelope) => items.sealDraft(key, envelope),
        store,
        remote: { put: (key, c) => items.putDraft(key, c), delete: (key) => items.deleteDraft(key) },
        online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
        onStatus: (key, status) => {
          for (const l of listeners.current.get(key) ?? []) l(status);
        },
      }),
    [items, store],
  );

  useEffect(() => {
    let cancelled = false;
    void restoreDrafts(items, store, prefix).then((found) => {
      if (cancelled) return;
      setRestored(found);
      void sync.syncPending();
    });
    return () => {
      cancelled = true;
    };
  }, [items, store, sync, prefix]);

  useEffect(() => {
    const onOnline = () => void sync.syncPending();
    const onHide = () => {
      if (document.visibilityState === 'hidden') void sync.flushAll();
    };
    const onPageHide = () => void sync.flushAll();
    window.addEventListener('online', onOnline);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHide);
      void sync.flushAll();
    };
  }, [sync]);

  const subscribe = useCallback((key: string, listener: DraftListener) => {
    const set = listeners.current.get(key) ?? new Set<DraftListener>();
    set.add(listener);
    listeners.current.set(key, set);
    return () => {
      set.delete(listener);
    };
  }, []);

  return { sync, subscribe, restored };
}

/** Every draft under `prefix`: the newer of this browser's copy and the server's. */
async function restoreDrafts(items: ItemsClient, store: DraftStore, prefix: string): Promise<Map<string, unknown>> {
  const [server, local] = await Promise.all([items.drafts().catch(() => null), store.all().catch(() => [])]);
  const out = new Map<string, unknown>();
  const open = (key: string, ciphertext: string): DraftEnvelope | null => {
    const env = items.openDraft<DraftEnvelope>(key, ciphertext);
    return env && typeof env.savedAt === 'number' ? env : null;
  };
  const keys = new Set([...(server ?? []).map((d) => d.key), ...local.map((d) => d.key)].filter((k) => k.startsWith(prefix)));

  for (const key of keys) {
    const localRec = local.find((d) => d.key === key) ?? null;
    const localEnv = localRec?.ciphertext ? open(key, localRec.ciphertext) : null;
    if (localRec?.ciphertext && !localEnv) await store.delete(key).catch(() => undefined);
    const localUsable = localRec && (localRec.ciphertext === null || localEnv) ? localRec : null;

    if (server === null) {
      if (localEnv) out.set(key, localEnv.body);
      continue;
    }
    const serverRec = server.find((d) => d.key === key) ?? null;
    const serverEnv = serverRec ? open(key, serverRec.ciphertext) : null;
    const choice = chooseDraft(localUsable ? { ...localUsable, savedAt: localEnv?.savedAt ?? localUsable.savedAt } : null, serverEnv);
    if (choice.use === 'server' && serverEnv && serverRec) {
      out.set(key, serverEnv.body);
      await store.put({ key, ciphertext: serverRec.ciphertext, savedAt: serverEnv.savedAt, pending: false }).catch(() => undefined);
    } else if (choice.use === 'local' && localEnv && localUsable) {
      out.set(key, localEnv.body);
      if (choice.push && !localUsable.pending) await store.put({ ...localUsable, pending: true }).catch(() => undefined);
    } else if (choice.dropLocal) {
      await store.delete(key).catch(() => undefined);
    }
  }
  return out;
}

