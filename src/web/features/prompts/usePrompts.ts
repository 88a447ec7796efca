import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PromptDayView, PromptTodayResponse } from '../../../shared/api/prompts.js';
import { PromptsClient, type ItemsClient, type OpenItem } from '../../../shared/client/index.js';
import { useClient } from '../../app/client.js';
import { useItemsChanged, usePromptEvents, type PromptEvent } from '../../app/live-events.js';
import type { DraftSyncStatus } from '../../lib/drafts.js';
import { useDrafts } from '../../lib/use-drafts.js';
import { parentOf } from '../../../shared/kinds.js';
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
  const [status, setStatus] = useState<DraftSyncStatus | null>(null);
  const keys = useMemo(() => (key ? [key] : null), [key]);
  const { sync, subscribe, restored: found } = useDrafts(items, userId, { keys, parse: asAnswerDraft });
  const restored = key && found ? (found.get(key) ?? null) : undefined;

  useEffect(() => {
    if (!key) return;
    setStatus(null);
    return subscribe(key, setStatus);
  }, [subscribe, key]);

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
