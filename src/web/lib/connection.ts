import { useSyncExternalStore } from 'react';

/**
 * Whether Mend can be reached from this page: the browser says it is online, and the last
 * request got an answer. Pages read it to say "offline — showing what's on this device".
 */
let serverAway = false;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

/** The transport reports each request: did the server answer? */
export function reportReached(yes: boolean): void {
  if (serverAway === !yes) return;
  serverAway = !yes;
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** True while this page is offline or the server does not answer. */
export function isOffline(): boolean {
  return serverAway || (typeof navigator !== 'undefined' && navigator.onLine === false);
}

/** `isOffline`, kept current in a component. */
export function useOffline(): boolean {
  return useSyncExternalStore(subscribe, isOffline, () => false);
}
