import { useCallback, useEffect, useRef, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../shared/client/index.js';
import type { ItemKind } from '../../shared/kinds.js';
import { useItemsChanged } from '../app/live-events.js';

export type KindData<K extends ItemKind> = Record<K, OpenItem[]>;

/**
 * The items of some kinds this person reads (their own, and what the partner shared with
 * them). Fetched on load, when the partner changes, and on every `items.changed` from the
 * live stream.
 */
export function useKinds<K extends ItemKind>(items: ItemsClient, kinds: readonly K[], partnerId: string | null) {
  const [data, setData] = useState<KindData<K> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);
  const kindsKey = kinds.join(',');

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const lists = await Promise.all(kindsKey.split(',').map((k) => items.list(k as K)));
      if (mine !== seq.current) return;
      const out = {} as KindData<K>;
      kindsKey.split(',').forEach((k, i) => (out[k as K] = lists[i] ?? []));
      setData(out);
      setError(null);
    } catch (e) {
      if (mine !== seq.current) return;
      setError(e);
    }
  }, [items, kindsKey]);

  useEffect(() => {
    void load();
  }, [load, partnerId]);

  useItemsChanged(() => void load());

  /** Put a fresher copy of one item in place (after save, share or update). */
  const replace = useCallback((item: OpenItem) => {
    setData((d) => {
      if (!d || !(item.kind in d)) return d;
      const k = item.kind as K;
      const list = d[k].some((i) => i.id === item.id) ? d[k].map((i) => (i.id === item.id ? item : i)) : [...d[k], item];
      return { ...d, [k]: list };
    });
  }, []);

  /** Take one item away (after delete). */
  const drop = useCallback((id: string) => {
    setData((d) => {
      if (!d) return d;
      const out = { ...d };
      for (const k of Object.keys(out) as K[]) out[k] = out[k].filter((i) => i.id !== id);
      return out;
    });
  }, []);

  return { data, error, reload: load, replace, drop };
}
