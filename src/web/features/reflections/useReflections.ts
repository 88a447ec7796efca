import { useCallback, useEffect, useRef, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { REFLECTION_SECTIONS } from '../../../shared/kinds.js';
import { useItemsChanged } from '../../app/live-events.js';
import { useDrafts, type Drafts } from '../../lib/use-drafts.js';
import { asDraft, draftKey, type ReflectionDraft } from './sections.js';

export interface ReflectionData {
  /** Everything of kind reflection this person reads: their own, and what the partner shared. */
  reflections: OpenItem[];
  /** Acknowledgments: the ones they sent, and the ones the partner sent them. */
  acks: OpenItem[];
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

/** The draft key of each section, in order. */
const SECTION_KEYS = REFLECTION_SECTIONS.map(draftKey);

/** Drafts for this page: each section's draft (`reflection:<section>`), restored on load. */
export function useReflectionDrafts(items: ItemsClient, userId: string): Drafts<ReflectionDraft> {
  return useDrafts(items, userId, { keys: SECTION_KEYS, parse: asDraft });
}
