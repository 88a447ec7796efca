import { useCallback, useEffect, useRef, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../shared/client/index.js';
import type { ItemKind } from '../../shared/kinds.js';
import { useClient } from '../app/client.js';
import { useItemsChanged } from '../app/live-events.js';
import { sharedList } from './shared-list.js';

/** The items of each kind a hook reads, each typed by its kind. */
export type KindData<K extends ItemKind> = { [P in K]: OpenItem<P>[] };

/** True when `kinds` (null: every kind) names one of `ours`. */
const touches = (ours: readonly ItemKind[], kinds: readonly ItemKind[] | null) => kinds === null || ours.some((k) => kinds.includes(k));

/**
 * The items of some kinds this person reads (their own, and what the partner shared with
 * them). Fetched on load, when the partner changes, and on an `items.changed` from the live
 * stream that names one of these kinds (only those kinds are fetched again). Hooks mounted at
 * the same time share one fetch per kind.
 */
export function useKinds<K extends ItemKind>(items: ItemsClient, kinds: readonly K[], partnerId: string | null) {
  const client = useClient();
  const [data, setData] = useState<KindData<K> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);
  const kindsKey = kinds.join(',');
  // Per kind, the newest fetch whose answer is in place: two events close together (a promise
  // unshared, then its marks) fetch different kinds, and neither answer may drop the other's.
  const applied = useRef(new Map<K, number>());
  // Kinds answered before every kind had its first answer; null once all have one and are shown.
  const pending = useRef<Partial<KindData<K>> | null>({});

  /** Fetches those of this hook's kinds that `which` names again (null: all of them) and keeps the rest. */
  const fetchKinds = useCallback(
    async (which: readonly ItemKind[] | null) => {
      const mine = ++seq.current;
      const ours = kindsKey.split(',') as K[];
      // Without a full set yet, every kind is fetched: a later event must not leave one empty.
      const wanted = pending.current !== null || which === null ? ours : ours.filter((k) => which.includes(k));
      try {
        const lists = await Promise.all(wanted.map((k) => sharedList(client, items, k)));
        // An older answer never replaces a newer one of the same kind.
        const fresh = wanted.flatMap((k, i) => ((applied.current.get(k) ?? 0) < mine ? [{ k, list: lists[i] ?? [] }] : []));
        for (const { k } of fresh) applied.current.set(k, mine);
        if (fresh.length === 0) return;
        if (pending.current === null) {
          setData((d) => {
            const out = { ...(d ?? {}) } as Partial<KindData<K>>;
            for (const { k, list } of fresh) assign(out, k, list);
            return complete(out, ours) ? out : d;
          });
        } else {
          const out = { ...pending.current };
          for (const { k, list } of fresh) assign(out, k, list);
          if (complete(out, ours)) {
            pending.current = null;
            setData(out);
          } else {
            pending.current = out;
          }
        }
        setError(null);
      } catch (e) {
        if (mine !== seq.current) return;
        setError(e);
      }
    },
    [client, items, kindsKey],
  );

  const load = useCallback(() => fetchKinds(null), [fetchKinds]);

  useEffect(() => {
    void load();
  }, [load, partnerId]);

  useItemsChanged((changed) => {
    if (touches(kindsKey.split(',') as K[], changed)) void fetchKinds(changed);
  });

  /** Put a fresher copy of one item in place (after save, share or update). */
  const replace = useCallback((item: OpenItem) => {
    setData((d) => {
      if (!d || !has(d, item.kind)) return d;
      const list: OpenItem[] = d[item.kind];
      const next = list.some((i) => i.id === item.id) ? list.map((i) => (i.id === item.id ? item : i)) : [...list, item];
      return { ...d, [item.kind]: next };
    });
  }, []);

  /** Take one item away (after delete). */
  const drop = useCallback((id: string) => {
    setData((d) => {
      if (!d) return d;
      const out = { ...d };
      for (const k of Object.keys(out)) if (has(out, k)) assign(out, k, out[k].filter((i) => i.id !== id));
      return out;
    });
  }, []);

  return { data, error, reload: load, replace, drop };
}

function has<K extends ItemKind>(d: Partial<KindData<K>>, kind: string): kind is K {
  return Object.hasOwn(d, kind);
}

function assign<K extends ItemKind, P extends K>(d: Partial<KindData<K>>, kind: P, list: OpenItem<P>[]): void {
  Object.assign(d, { [kind]: list });
}

function complete<K extends ItemKind>(d: Partial<KindData<K>>, kinds: readonly K[]): d is KindData<K> {
  return kinds.every((k) => Array.isArray(d[k]));
}
