import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { useItemsChanged } from '../../app/live-events.js';
import { browserDraftStore, chooseDraft, DraftSync, type DraftEnvelope, type DraftStore, type DraftSyncStatus } from '../../lib/drafts.js';
import { DRAFT_PREFIX } from './content.js';

export interface ApologyData {
  letters: OpenItem[];
  responses: OpenItem[];
  acks: OpenItem[];
  apologies: OpenItem[];
  values: OpenItem[];
}

/**
 * Everything practice 2 reads: letters, "what I heard" responses, short answers, apologies
 * and one's own values reflections. Fetched on load, when the partner changes, and on every
 * `items.changed` from the live stream.
 */
export function useApologyData(items: ItemsClient, partnerId: string | null) {
  const [data, setData] = useState<ApologyData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const [letters, responses, acks, apologies, values] = await Promise.all([
        items.list('impact_letter'),
        items.list('response'),
        items.list('acknowledgment'),
        items.list('apology'),
        items.list('values_reflection'),
      ]);
      if (mine !== seq.current) return;
      setData({ letters, responses, acks, apologies, values });
      setError(null);
    } catch (e) {
      if (mine !== seq.current) return;
      setError(e);
    }
  }, [items]);

  useEffect(() => {
    void load();
  }, [load, partnerId]);

  useItemsChanged(() => void load());

  /** Put a fresher copy of one item in place (after save, share or unshare). */
  const replace = useCallback((item: OpenItem) => {
    const key: keyof ApologyData | null =
      item.kind === 'impact_letter'
        ? 'letters'
        : item.kind === 'response'
          ? 'responses'
          : item.kind === 'acknowledgment'
            ? 'acks'
            : item.kind === 'apology'
              ? 'apologies'
              : item.kind === 'values_reflection'
                ? 'values'
                : null;
    if (!key) return;
    setData((d) => {
      if (!d) return d;
      const list = d[key].some((i) => i.id === item.id) ? d[key].map((i) => (i.id === item.id ? item : i)) : [...d[key], item];
      return { ...d, [key]: list };
    });
  }, []);

  return { data, error, reload: load, replace };
}

export type DraftListener = (status: DraftSyncStatus) => void;

export interface Drafts {
  sync: DraftSync;
  subscribe(key: string, listener: DraftListener): () => void;
  /** The drafts of this practice found on load, by key (null while still looking). */
  restored: Map<string, unknown> | null;
}

/**
 * Drafts for this page (never lost): sealed, kept in this browser and with Mend, restored
 * on load (the newer copy wins), and sent when back online.
 */
export function useApologyDrafts(items: ItemsClient, userId: string): Drafts {
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
    void restoreDrafts(items, store).then((found) => {
      if (cancelled) return;
      setRestored(found);
      void sync.syncPending();
    });
    return () => {
      cancelled = true;
    };
  }, [items, store, sync]);

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

/** Every draft of this practice: the newer of this browser's copy and the server's. */
async function restoreDrafts(items: ItemsClient, store: DraftStore): Promise<Map<string, unknown>> {
  const [server, local] = await Promise.all([items.drafts().catch(() => null), store.all().catch(() => [])]);
  const out = new Map<string, unknown>();
  const open = (key: string, ciphertext: string): DraftEnvelope | null => {
    const env = items.openDraft<DraftEnvelope>(key, ciphertext);
    return env && typeof env.savedAt === 'number' ? env : null;
  };
  const keys = new Set([...(server ?? []).map((d) => d.key), ...local.map((d) => d.key)].filter((k) => k.startsWith(DRAFT_PREFIX)));

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

export type DraftShown = 'none' | 'restored' | 'draft' | 'local' | 'saved' | 'failed';

export const DRAFT_STATUS_TEXT: Record<DraftShown, string> = {
  none: '',
  restored: 'Draft restored',
  draft: 'Saved as a draft',
  local: "Saved on this device — will sync when you're back online",
  saved: 'Saved',
  failed: "Couldn't keep a draft just now. Your words are still here.",
};

/** The draft line under one editor: follows how each write for `key` ended up. */
export function useDraftStatus(drafts: Drafts, key: string, initial: DraftShown) {
  const [shown, setShown] = useState<DraftShown>(initial);
  const active = useRef(true);
  useEffect(
    () =>
      drafts.subscribe(key, (s) => {
        if (s === 'discarded' || !active.current) return;
        setShown(s === 'synced' ? 'draft' : s === 'local' ? 'local' : 'failed');
      }),
    [drafts, key],
  );
  /** While false, news about older writes is ignored (the editor matches what's saved). */
  const setActive = useCallback((on: boolean) => {
    active.current = on;
  }, []);
  return { shown, setShown, setActive };
}
