import { useSyncExternalStore } from 'react';
import { memorySeenVersions, SEEN_VERSIONS_MAX, type SeenVersions } from '../../shared/client/index.js';
import type { ItemKind } from '../../shared/kinds.js';

/** The localStorage key of one account's marks on this device. */
export function seenVersionsKey(ownUserId: string): string {
  return `mend.seen.${ownUserId}`;
}

/**
 * The per-device high-water mark of item versions (issue 14, item 4), kept in localStorage
 * for one account: item ids and version numbers only, never content. Without storage it
 * still works for the session.
 */
export function localSeenVersions(ownUserId: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): SeenVersions {
  const key = seenVersionsKey(ownUserId);
  let initial: Record<string, number> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      initial = Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => Number.isSafeInteger(e[1])));
    }
  } catch {
    /* unreadable: start afresh */
  }
  // The same memory the shared client keeps (it forgets the oldest past its limit), written
  // through once per turn of the event loop: a page opening a hundred items writes once.
  const memory = memorySeenVersions(initial);
  const order = new Map(Object.entries(initial));
  let pending = false;
  const write = () => {
    pending = false;
    try {
      storage?.setItem(key, JSON.stringify(Object.fromEntries(order)));
    } catch {
      /* storage full or unavailable: the mark lasts this session */
    }
  };
  return {
    get: (id) => memory.get(id),
    set(id, version) {
      memory.set(id, version);
      order.delete(id);
      order.set(id, version);
      while (order.size > SEEN_VERSIONS_MAX) {
        const oldest = order.keys().next().value;
        if (oldest === undefined) break;
        order.delete(oldest);
      }
      if (!pending) {
        pending = true;
        queueMicrotask(write);
      }
    },
  };
}

const shared = new Map<string, SeenVersions>();

/** The one mark of an account on this device, shared by every page (so no page overwrites another's). */
export function seenVersionsFor(ownUserId: string): SeenVersions {
  let s = shared.get(ownUserId);
  if (!s) {
    s = localSeenVersions(ownUserId);
    shared.set(ownUserId, s);
  }
  return s;
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** What the notice counts: an item, or a draft (by its hashed name). */
export type RolledBackThing = { id: string; kind: ItemKind | 'draft' };

/** Items and drafts found older than this device saw, since the page was last changed. */
let rolledBack: readonly RolledBackThing[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Records an item or draft the server sent older than this device saw (ItemsClient's onRolledBack, restoreDrafts'). */
export function noteRolledBack(item: RolledBackThing): void {
  if (rolledBack.some((r) => r.id === item.id)) return;
  rolledBack = [...rolledBack, item];
  emit();
}

/** Forgets the notices (moving to another page: its items report again as they open). */
export function clearRolledBack(): void {
  if (rolledBack.length === 0) return;
  rolledBack = [];
  emit();
}

/** The items found rolled back on this page, for the one notice that shows them. */
export function useRolledBack(): readonly RolledBackThing[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => rolledBack,
  );
}
