import { useCallback, useEffect, useRef, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { useItemsChanged } from '../../app/live-events.js';
import { useDrafts, type Drafts } from '../../lib/use-drafts.js';
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

/** Drafts for this page (never lost): every `apology:` draft, restored on load. */
export function useApologyDrafts(items: ItemsClient, userId: string): Drafts {
  return useDrafts(items, userId, { prefix: DRAFT_PREFIX });
}
