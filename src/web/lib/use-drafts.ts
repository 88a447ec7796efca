import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ItemsClient } from '../../shared/client/index.js';
import { noteRolledBack } from './seen-versions.js';
import { browserDraftStore, DraftSync, parseDraftEnvelope, restoreDrafts, type DraftEnvelope, type DraftSelection, type DraftSyncStatus } from './drafts.js';

export type DraftListener = (status: DraftSyncStatus) => void;

/** Every page's drafts that are open right now, so the app lock can write them before it drops the keys. */
const open = new Set<DraftSync>();

/**
 * Seals every waiting change at once (synchronously, while the keys are still in memory) and
 * resolves when each has been written here and sent (or kept here for later).
 */
export function flushEveryDraft(): Promise<void> {
  return Promise.all([...open].map((s) => s.flushAll())).then(() => undefined);
}

export interface Drafts<T = unknown> {
  sync: DraftSync;
  /** Called with how each write for `key` ended up. */
  subscribe(key: string, listener: DraftListener): () => void;
  /** The drafts found on load, by key (null while still looking). */
  restored: Map<string, T> | null;
}

export type UseDraftsOptions<T> = {
  /** Checks a restored body; a draft it rejects is treated as unreadable. Without it, any body is taken. */
  parse?: (body: unknown) => T | null;
} & (
  | {
      /** Restore every draft whose key starts with this. */
      prefix: string;
      keys?: never;
    }
  | {
      /** Restore exactly these keys (null: none yet, nothing is restored). */
      keys: readonly string[] | null;
      prefix?: never;
    }
);

/**
 * Drafts for one page (never lost): one DraftSync over this person's local store and the
 * server; restore on load (the newer of this browser's and the server's copy), then send what
 * only this browser has; send again when back online; write what waits at once when the page
 * hides or goes away.
 */
export function useDrafts<T = unknown>(items: ItemsClient, userId: string, options: UseDraftsOptions<T>): Drafts<T> {
  const listeners = useRef(new Map<string, Set<DraftListener>>());
  const parseRef = useRef(options.parse);
  parseRef.current = options.parse;
  const { prefix, keys } = options;
  const select: DraftSelection | null = keys === undefined ? { prefix: prefix ?? '' } : keys === null ? null : { keys };
  const selectRef = useRef(select);
  selectRef.current = select;
  // What is being restored, as one comparable value (a new array of the same keys is the same).
  const selection = select === null ? null : 'keys' in select ? `keys:${select.keys.join('\n')}` : `prefix:${select.prefix}`;
  const [found, setFound] = useState<{ selection: string; drafts: Map<string, T> } | null>(null);

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
    const current = selectRef.current;
    if (selection === null || current === null) return;
    let cancelled = false;
    void restoreDrafts<T>({
      store,
      server: () => items.drafts(),
      open: (key, ciphertext) => parseDraftEnvelope(items.openDraft<DraftEnvelope>(key, ciphertext), parseRef.current),
      version: (key, ciphertext) => items.openDraftVersioned(key, ciphertext)?.version ?? 0,
      // The same calm notice as an item's (its id is the draft's hashed name: no plain name kept).
      onRolledBack: (key) => noteRolledBack({ id: items.draftName(key), kind: 'draft' }),
      select: current,
    }).then((drafts) => {
      if (cancelled) return;
      setFound({ selection, drafts });
      void sync.syncPending();
    });
    return () => {
      cancelled = true;
    };
  }, [items, store, sync, selection]);

  useEffect(() => {
    open.add(sync);
    const onOnline = () => void sync.retryNow();
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
      open.delete(sync);
      // Going to another page in the app: keep what was typed in the last moment too.
      void sync.flushAll();
      sync.stopRetrying();
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

  // A restore for other keys doesn't count (until this one's is done, still looking).
  const restored = found !== null && found.selection === selection ? found.drafts : null;
  return { sync, subscribe, restored };
}
