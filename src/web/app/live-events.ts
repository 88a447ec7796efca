import { useEffect, useRef } from 'react';
import type { ItemKind } from '../../shared/kinds.js';
import { parseItemKinds, parseServerEvent } from '../lib/server-event.js';
import { forgetInFlight } from '../lib/shared-list.js';

/** The kinds an `items.changed` named, or null for "anything may have changed" (a reconnection, an older server). */
export type ChangedKinds = readonly ItemKind[] | null;

// Pages that show items listen here: the one stream says "items changed" (and of which kinds), they fetch again.
const itemsListeners = new Set<(kinds: ChangedKinds) => void>();

function itemsChanged(kinds: ChangedKinds): void {
  // A fetch already under way may have been answered before the change: none is shared past it.
  forgetInFlight(kinds);
  for (const l of [...itemsListeners]) l(kinds);
}

/**
 * Calls `onChange` when something the partner shares with you changed (`items.changed`), with
 * the kinds that changed, and after the stream reconnects (an event may have been missed
 * meanwhile: every kind).
 */
export function useItemsChanged(onChange: (kinds: ChangedKinds) => void): void {
  const ref = useRef(onChange);
  ref.current = onChange;
  useEffect(() => {
    const l = (kinds: ChangedKinds) => ref.current(kinds);
    itemsListeners.add(l);
    return () => {
      itemsListeners.delete(l);
    };
  }, []);
}

// The bell and the notification centre listen here: "your own notifications changed".
const notificationListeners = new Set<() => void>();

function notificationsChanged(): void {
  for (const l of [...notificationListeners]) l();
}

/**
 * Calls `onChange` when the person's own notifications changed (`notifications.changed`: a new
 * one, or read on another device), and after the stream reconnects.
 */
export function useNotificationsChanged(onChange: () => void): void {
  const ref = useRef(onChange);
  ref.current = onChange;
  useEffect(() => {
    const l = () => ref.current();
    notificationListeners.add(l);
    return () => {
      notificationListeners.delete(l);
    };
  }, []);
}

/** The two prompt-of-the-day events (practice 5). They carry no content either. */
export type PromptEvent = 'prompts.revealed' | 'prompts.nudged';

const promptListeners = new Set<(type: PromptEvent) => void>();
let lastNudgeAt: number | null = null;

function promptEvent(type: PromptEvent): void {
  if (type === 'prompts.nudged') lastNudgeAt = Date.now();
  for (const l of [...promptListeners]) l(type);
}

/** When the partner last said "I've answered — your turn when you're ready" (this page load), or null. */
export function lastPromptNudgeAt(): number | null {
  return lastNudgeAt;
}

/**
 * Calls `onEvent` on `prompts.revealed` (both answered: fetch again) and `prompts.nudged`
 * (the partner chose to say they've answered).
 */
export function usePromptEvents(onEvent: (type: PromptEvent) => void): void {
  const ref = useRef(onEvent);
  ref.current = onEvent;
  useEffect(() => {
    const l = (type: PromptEvent) => ref.current(type);
    promptListeners.add(l);
    return () => {
      promptListeners.delete(l);
    };
  }, []);
}

interface Handlers {
  onCoupleChanged(): void;
  onSessionEnded(): void;
  /** The stream was refused (e.g. 401) and the browser stopped retrying. */
  onStreamClosed(): void;
}

/**
 * One EventSource per app while signed in. Events carry no content, only "fetch again".
 * EventSource reconnects by itself after network trouble; when the server refuses the
 * stream outright it closes, and we check the session and open a new one a little later.
 */
export function useLiveEvents(enabled: boolean, handlers: Handlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let es: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let delay = 2000;
    let helloSeen = false;

    const dispatch = (type: string | null, data?: unknown) => {
      if (type === 'couple.changed') ref.current.onCoupleChanged();
      else if (type === 'session.ended') ref.current.onSessionEnded();
      else if (type === 'items.changed') itemsChanged(parseItemKinds(data));
      else if (type === 'notifications.changed') notificationsChanged();
      else if (type === 'prompts.revealed' || type === 'prompts.nudged') promptEvent(type);
      else if (type === 'hello') {
        delay = 2000;
        // A later hello is a reconnection: anything missed while away is fetched again.
        if (helloSeen) {
          itemsChanged(null);
          notificationsChanged();
        }
        helloSeen = true;
      }
    };

    const open = () => {
      if (stopped) return;
      es = new EventSource('/api/events');
      es.onmessage = (ev: MessageEvent) => dispatch(parseServerEvent(ev.data), ev.data);
      for (const name of ['couple.changed', 'session.ended', 'items.changed', 'prompts.revealed', 'prompts.nudged', 'notifications.changed', 'hello']) {
        es.addEventListener(name, (ev) => dispatch(parseServerEvent((ev as MessageEvent).data) ?? name, (ev as MessageEvent).data));
      }
      es.onerror = () => {
        if (es && es.readyState === EventSource.CLOSED) {
          es = null;
          ref.current.onStreamClosed();
          retryTimer = setTimeout(open, delay);
          delay = Math.min(delay * 2, 60_000);
        }
      };
    };
    open();

    return () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      es?.close();
    };
  }, [enabled]);
}
