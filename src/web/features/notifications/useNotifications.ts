import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NotificationsClient } from '../../../shared/client/index.js';
import { useClient } from '../../app/client.js';
import { useNotificationsChanged } from '../../app/live-events.js';

// The centre tells the bell at once when it marked something read, rather than waiting for
// the server's `notifications.changed` to come round.
const unreadListeners = new Set<(unread: number) => void>();

/** Tells every bell on this page the unread count the server just answered with. */
export function announceUnread(unread: number): void {
  for (const l of [...unreadListeners]) l(unread);
}

/** The person's notification centre client. */
export function useNotificationsClient(): NotificationsClient {
  const client = useClient();
  return useMemo(() => new NotificationsClient(client), [client]);
}

/**
 * The unread count for the bell: fetched on load, on every `notifications.changed` (and after
 * a reconnect), and when the centre marks some read. Null until known; a failed fetch keeps
 * the last count rather than showing an error in the header.
 */
export function useUnreadCount(): number | null {
  const api = useNotificationsClient();
  const [unread, setUnread] = useState<number | null>(null);
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const { unread: n } = await api.list();
      if (mine === seq.current) setUnread(n);
    } catch {
      /* offline, or the centre isn't there yet: the bell keeps what it showed */
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  useNotificationsChanged(() => void load());

  useEffect(() => {
    const l = (n: number) => {
      // A fetch already on its way may be older than this answer: let it be ignored.
      seq.current++;
      setUnread(n);
    };
    unreadListeners.add(l);
    return () => {
      unreadListeners.delete(l);
    };
  }, []);

  return unread;
}
