import { useSyncExternalStore } from 'react';

/**
 * A new version of Mend waiting to take over (its service worker is installed). The shell
 * offers it; the person chooses when to reload, so nothing they are typing is cut off.
 */
let apply: (() => void) | null = null;
const listeners = new Set<() => void>();

/** The service worker module calls this when a new version waits; `reload` switches to it. */
export function offerUpdate(reload: () => void): void {
  apply = reload;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The waiting version's "reload now", or null when none waits. */
export function useUpdateOffer(): (() => void) | null {
  return useSyncExternalStore(
    subscribe,
    () => apply,
    () => null,
  );
}
