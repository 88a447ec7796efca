import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PartnerView } from '../../../shared/api/index.js';
import { ItemsClient, type OpenItem } from '../../../shared/client/index.js';
import { REFLECTION_SECTIONS, type ReflectionSection } from '../../../shared/kinds.js';
import { useClient } from '../../app/client.js';
import { useItemsChanged } from '../../app/live-events.js';
import { browserDraftStore, chooseDraft, DraftSync, type DraftEnvelope, type DraftStore, type DraftSyncStatus } from '../../lib/drafts.js';
import { asDraft, draftKey, type ReflectionDraft } from './sections.js';

export interface ReflectionData {
  /** Everything of kind reflection this person reads: their own, and what the partner shared. */
  reflections: OpenItem[];
  /** Acknowledgments: the ones they sent, and the ones the partner sent them. */
  acks: OpenItem[];
}

/** The item store as the signed-in person, with the partner's keys to check what they wrote. */
export function useItems(partner: PartnerView | null): ItemsClient {
  const client = useClient();
  const partnerRef = useRef(partner);
  partnerRef.current = partner;
  return useMemo(() => new ItemsClient(client, () => partnerRef.current), [client]);
}

/**
 * The reflections and acknowledgments this person reads. Fetched on load, again when the
 * partner changes (joins or leaves), and on every `items.changed` from the live stream.
 */
export function useReflectionData(items: ItemsClient, partnerId: string | null) {
  const [data, setData] = useState<ReflectionData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const [reflections, acks] = await Promise.all([items.list('reflection'), items.list('acknowledgment')]);
      if (mine !== seq.current) return;
      setData({ reflections, acks });
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
    setData((d) => {
      if (!d) return d;
      const key = item.kind === 'acknowledgment' ? 'acks' : 'reflections';
      const list = d[key].some((i) => i.id === item.id) ? d[key].map((i) => (i.id === item.id ? item : i)) : [...d[key], item];
      return { ...d, [key]: list };
    });
  }, []);

  return { data, error, reload: load, replace };
}

export type DraftListener = (status: DraftSyncStatus) => void;

export interface Drafts {
  sync: DraftSync;
  /** Called with how each write for `key` ended up. */
  subscribe(key: string, listener: DraftListener): () => void;
  /** The drafts found on load, by section (null while still looking). */
  restored: Map<ReflectionSection, ReflectionDraft> | null;
}

/**
 * Drafts for this page: one DraftSync, the local store of this person, restore on load
 * (newer of this browser's and the server's copy), and sending what waits when back online.
 */
export function useReflectionDrafts(items: ItemsClient, userId: string): Drafts {
  const listeners = useRef(new Map<string, Set<DraftListener>>());
  const [restored, setRestored] = useState<Map<ReflectionSection, ReflectionDraft> | null>(null);

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
    // Leaving or hiding the page: write what is waiting at once, rather than after the pause.
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
      // Going to another page in the app: keep what was typed in the last moment too.
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

/** Finds each section's draft: the newer of this browser's copy and the server's. */
async function restoreDrafts(items: ItemsClient, store: DraftStore): Promise<Map<ReflectionSection, ReflectionDraft>> {
  const [server, local] = await Promise.all([items.drafts().catch(() => null), store.all().catch(() => [])]);
  const out = new Map<ReflectionSection, ReflectionDraft>();
  const open = (key: string, ciphertext: string): DraftEnvelope<ReflectionDraft> | null => {
    const env = items.openDraft<DraftEnvelope>(key, ciphertext);
    if (!env || typeof env.savedAt !== 'number') return null;
    const body = asDraft(env.body);
    return body ? { savedAt: env.savedAt, body } : null;
  };

  for (const section of REFLECTION_SECTIONS) {
    const key = draftKey(section);
    const localRec = local.find((d) => d.key === key) ?? null;
    const localEnv = localRec?.ciphertext ? open(key, localRec.ciphertext) : null;
    if (localRec?.ciphertext && !localEnv) {
      // Sealed by someone else or damaged: nothing here can use it.
      await store.delete(key).catch(() => undefined);
    }
    const localUsable = localRec && (localRec.ciphertext === null || localEnv) ? localRec : null;

    if (server === null) {
      // The server couldn't be asked: trust this browser's copy, and send it later.
      if (localEnv) out.set(section, localEnv.body);
      continue;
    }
    const serverRec = server.find((d) => d.key === key) ?? null;
    const serverEnv = serverRec ? open(key, serverRec.ciphertext) : null;
    const choice = chooseDraft(localUsable ? { ...localUsable, savedAt: localEnv?.savedAt ?? localUsable.savedAt } : null, serverEnv);

    if (choice.use === 'server' && serverEnv && serverRec) {
      out.set(section, serverEnv.body);
      await store.put({ key, ciphertext: serverRec.ciphertext, savedAt: serverEnv.savedAt, pending: false }).catch(() => undefined);
    } else if (choice.use === 'local' && localEnv && localUsable) {
      out.set(section, localEnv.body);
      if (choice.push && !localUsable.pending) await store.put({ ...localUsable, pending: true }).catch(() => undefined);
    } else if (choice.dropLocal) {
      await store.delete(key).catch(() => undefined);
    }
    // choice.deleteRemote: the pending tombstone stays, and syncPending sends the deletion.
  }
  return out;
}
