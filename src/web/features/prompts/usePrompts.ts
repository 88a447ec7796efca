import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PromptDayView, PromptTodayResponse } from '../../../shared/api/prompts.js';
import { PromptsClient, type ItemsClient, type OpenItem } from '../../../shared/client/index.js';
import { useClient } from '../../app/client.js';
import { useItemsChanged, usePromptEvents, type PromptEvent } from '../../app/live-events.js';
import { browserDraftStore, chooseDraft, DraftSync, type DraftEnvelope, type DraftStore, type DraftSyncStatus } from '../../lib/drafts.js';
import { parentOf } from '../reflections/sections.js';
import { asAnswerDraft, type AnswerDraft } from './prompts.js';

/** The prompts client of this app, sharing the page's item store. */
export function usePromptsClient(items: ItemsClient): PromptsClient {
  const client = useClient();
  return useMemo(() => new PromptsClient(client, items), [client, items]);
}

export interface PromptData {
  today: PromptTodayResponse;
  /** This person's answer to today's prompt, once saved. */
  mine: OpenItem | null;
  /** The partner's answer, once both have answered (never before). */
  theirs: OpenItem | null;
  /** Replies under either answer: the ones sent, and the ones received. */
  acks: OpenItem[];
}

/**
 * Today's prompt, the answers that can be read, and the replies under them. Fetched on load,
 * when the date or the partner changes, on `prompts.revealed`, and on `items.changed`.
 */
export function usePromptData(prompts: PromptsClient, items: ItemsClient, date: string, partnerId: string | null, onNudged: () => void) {
  const [data, setData] = useState<PromptData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);

  const withItems = useCallback(
    async (today: PromptTodayResponse): Promise<PromptData> => {
      const day = today.day;
      const [mine, theirs, acks] = await Promise.all([
        day?.myAnswerItemId ? items.get(day.myAnswerItemId).catch(() => null) : Promise.resolve(null),
        day?.revealed && day.partnerAnswerItemId ? items.get(day.partnerAnswerItemId).catch(() => null) : Promise.resolve(null),
        day?.revealed ? items.list('acknowledgment').catch(() => [] as OpenItem[]) : Promise.resolve([] as OpenItem[]),
      ]);
      const parents = new Set([day?.myAnswerItemId, day?.partnerAnswerItemId].filter((x): x is string => !!x));
      return { today, mine, theirs, acks: acks.filter((a) => parents.has(parentOf(a) ?? '')) };
    },
    [items],
  );

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const next = await withItems(await prompts.today(date));
      if (mine !== seq.current) return;
      setData(next);
      setError(null);
    } catch (e) {
      if (mine !== seq.current) return;
      setError(e);
    }
  }, [prompts, withItems, date]);

  /** A write answered with the fresh day: show it, and read what it now allows. */
  const apply = useCallback(
    async (today: PromptTodayResponse) => {
      const mine = ++seq.current;
      setData((d) => (d ? { ...d, today } : d));
      const next = await withItems(today);
      if (mine === seq.current) setData(next);
    },
    [withItems],
  );

  /** A depth choice answers without the day (it has no date): keep the day, take the depths. */
  const applyDepth = useCallback((res: PromptTodayResponse) => {
    setData((d) => (d ? { ...d, today: { ...d.today, allowedDepth: res.allowedDepth, myDepth: res.myDepth } } : d));
  }, []);

  useEffect(() => {
    void load();
  }, [load, partnerId]);

  useItemsChanged(() => void load());
  usePromptEvents((type: PromptEvent) => {
    if (type === 'prompts.revealed') void load();
    else onNudged();
  });

  return { data, error, reload: load, apply, applyDepth };
}

/** The couple's earlier days; quiet about failure (the list is a bonus, not the page). */
export function usePromptHistory(prompts: PromptsClient, key: string) {
  const [days, setDays] = useState<PromptDayView[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    prompts
      .history()
      .then((d) => !cancelled && setDays(d))
      .catch(() => !cancelled && setDays([]));
    return () => {
      cancelled = true;
    };
  }, [prompts, key]);
  return days;
}

export interface AnswerDraftState {
  /** The draft found on load (null if none; undefined while still looking). */
  restored: AnswerDraft | null | undefined;
  /** How the latest write ended up. */
  status: DraftSyncStatus | null;
  change(body: AnswerDraft): void;
  flush(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * The draft of one day's answer, never lost: sealed, kept in this browser and on the server,
 * the newer copy restored on load, what waits sent when back online or when the page hides.
 */
export function useAnswerDraft(items: ItemsClient, userId: string, key: string | null): AnswerDraftState {
  const [restored, setRestored] = useState<AnswerDraft | null | undefined>(undefined);
  const [status, setStatus] = useState<DraftSyncStatus | null>(null);
  const keyRef = useRef(key);
  keyRef.current = key;

  const store = useMemo(() => browserDraftStore(userId), [userId]);
  const sync = useMemo(
    () =>
      new DraftSync({
        seal: (k, envelope) => items.sealDraft(k, envelope),
        store,
        remote: { put: (k, c) => items.putDraft(k, c), delete: (k) => items.deleteDraft(k) },
        online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
        onStatus: (k, s) => {
          if (k === keyRef.current) setStatus(s);
        },
      }),
    [items, store],
  );

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    setRestored(undefined);
    setStatus(null);
    void restoreOne(items, store, key).then((found) => {
      if (cancelled) return;
      setRestored(found);
      void sync.syncPending();
    });
    return () => {
      cancelled = true;
    };
  }, [items, store, sync, key]);

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

  const change = useCallback(
    (body: AnswerDraft) => {
      if (key) sync.change(key, body);
    },
    [sync, key],
  );
  const flush = useCallback(() => (key ? sync.flush(key) : Promise.resolve()), [sync, key]);
  const discard = useCallback(() => (key ? sync.discard(key) : Promise.resolve()), [sync, key]);
  return { restored, status, change, flush, discard };
}

/** The newer of this browser's and the server's copy of one draft. */
async function restoreOne(items: ItemsClient, store: DraftStore, key: string): Promise<AnswerDraft | null> {
  const [server, localRec] = await Promise.all([items.drafts().catch(() => null), store.get(key).catch(() => null)]);
  const open = (ciphertext: string): DraftEnvelope<AnswerDraft> | null => {
    const env = items.openDraft<DraftEnvelope>(key, ciphertext);
    if (!env || typeof env.savedAt !== 'number') return null;
    const body = asAnswerDraft(env.body);
    return body ? { savedAt: env.savedAt, body } : null;
  };
  const localEnv = localRec?.ciphertext ? open(localRec.ciphertext) : null;
  if (localRec?.ciphertext && !localEnv) await store.delete(key).catch(() => undefined);
  const localUsable = localRec && (localRec.ciphertext === null || localEnv) ? localRec : null;

  if (server === null) return localEnv?.body ?? null;
  const serverRec = server.find((d) => d.key === key) ?? null;
  const serverEnv = serverRec ? open(serverRec.ciphertext) : null;
  const choice = chooseDraft(localUsable ? { ...localUsable, savedAt: localEnv?.savedAt ?? localUsable.savedAt } : null, serverEnv);
  if (choice.use === 'server' && serverEnv && serverRec) {
    await store.put({ key, ciphertext: serverRec.ciphertext, savedAt: serverEnv.savedAt, pending: false }).catch(() => undefined);
    return serverEnv.body;
  }
  if (choice.use === 'local' && localEnv && localUsable) {
    if (choice.push && !localUsable.pending) await store.put({ ...localUsable, pending: true }).catch(() => undefined);
    return localEnv.body;
  }
  if (choice.dropLocal) await store.delete(key).catch(() => undefined);
  return null;
}
