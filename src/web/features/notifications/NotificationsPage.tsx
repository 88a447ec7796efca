import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { NotificationView } from '../../../shared/api/notifications.js';
import type { ItemsClient } from '../../../shared/client/index.js';
import { localDateSchema } from '../../../core/schedules/index.js';
import { formatDate } from '../../lib/format.js';
import { useNotificationsChanged } from '../../app/live-events.js';
import { useMe } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { ErrorAlert } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { parentOf } from '../../../shared/kinds.js';
import { useItems } from '../../lib/use-items.js';
import { newestFirst, notificationHref, notificationText, ownWords, type ItemDetail } from './phrasing.js';
import { announceUnread, useNotificationsClient } from './useNotifications.js';
import './notifications.css';
import { usePracticeContext } from '../../lib/practice-context.js';

interface Loaded {
  notifications: NotificationView[];
  /** What this browser learnt by opening each item (a reminder's words, what an answer answers), by item id. */
  details: Map<string, ItemDetail>;
}

/** Opens what a notification points at, to say more than its kind: never sent anywhere, only shown here. */
async function detailOf(items: ItemsClient, n: NotificationView): Promise<ItemDetail> {
  if (!n.itemId) return {};
  try {
    if (n.type === 'reminder') {
      const item = await items.get(n.itemId);
      return { words: item.verified ? ownWords(item.content) : null };
    }
    if (n.itemKind === 'acknowledgment' || n.itemKind === 'response') {
      const answer = await items.get(n.itemId);
      const parentId = parentOf(answer);
      return { parentKind: parentId ? (await items.get(parentId)).kind : null };
    }
  } catch {
    /* gone, unshared, or unreadable here: the general line will do */
  }
  return {};
}

const needsDetail = (n: NotificationView) => n.itemId !== null && (n.type === 'reminder' || n.itemKind === 'acknowledgment' || n.itemKind === 'response');

/** The notification centre: newest first, each linking to where it lives; read once seen. */
export function NotificationsPage() {
  const me = useMe();
  const { partner } = usePracticeContext();
  const items = useItems(partner);
  const api = useNotificationsClient();
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Unread when they arrived on this screen: they keep their "New" mark while it is open.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [markError, setMarkError] = useState<string | null>(null);
  const [marking, setMarking] = useState(false);
  const seq = useRef(0);
  const detailCache = useRef(new Map<string, ItemDetail>());

  const markRead = useCallback(
    async (which: { ids: string[] } | { all: true }) => {
      setMarking(true);
      try {
        announceUnread(await api.markRead(which));
        setMarkError(null);
      } catch (e) {
        setMarkError(errorMessage(e));
      } finally {
        setMarking(false);
      }
    },
    [api],
  );

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const { notifications } = await api.list();
      // Open each item once: a reminder's own words, what an answer answers.
      const cache = detailCache.current;
      const todo = notifications.filter((n) => needsDetail(n) && !cache.has(n.itemId as string));
      await Promise.all(todo.map(async (n) => cache.set(n.itemId as string, await detailOf(items, n))));
      if (mine !== seq.current) return;
      setData({ notifications: newestFirst(notifications), details: new Map(cache) });
      setError(null);
      const unread = notifications.filter((n) => n.readAt === null).map((n) => n.id);
      if (unread.length > 0) {
        setFresh((f) => new Set([...f, ...unread]));
        // Seen means read, but only while the page is really in front of the person.
        if (document.visibilityState === 'visible') void markRead({ ids: unread });
      }
    } catch (e) {
      if (mine !== seq.current) return;
      setError(e);
    }
  }, [api, items, markRead]);

  useEffect(() => {
    void load();
  }, [load]);

  useNotificationsChanged(() => void load());

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  const head = <PageTitle lead="What's new for you. Only you see this list; your partner never learns when you read anything.">Notifications</PageTitle>;

  if (!data) return <PageLoading head={head} error={error} reload={load} loadingLabel="Opening your notifications…" />;

  const tz = me.user.timeZone;
  const unreadLeft = data.notifications.some((n) => n.readAt === null);

  return (
    <div className="stack-lg">
      {head}
      {data.notifications.length === 0 ? (
        <EmptyState title="Nothing new">
          <p>When your partner shares something or a reminder is due, it will show here.</p>
          <p className="muted">
            You can choose what you hear about in <Link to="/settings#notifications-heading">Settings</Link>.
          </p>
        </EmptyState>
      ) : (
        <>
          <ul className="plain-list notification-list" aria-label="Your notifications, newest first">
            {data.notifications.map((n) => {
              const isNew = fresh.has(n.id);
              const detail = (n.itemId ? data.details.get(n.itemId) : undefined) ?? {};
              const occurrence = n.type === 'reminder' && n.occurrence && localDateSchema.safeParse(n.occurrence).success ? formatDate(n.occurrence) : null;
              return (
                <li key={n.id} className={isNew ? 'notification notification-new' : 'notification'} data-testid="notification">
                  <Link to={notificationHref(n, detail)} className="notification-link">
                    {notificationText(n, detail)}
                  </Link>
                  <p className="muted small notification-meta">
                    {isNew ? <span className="badge badge-shared">New</span> : null}
                    {occurrence ? <span>For {occurrence}</span> : null}
                    <time dateTime={n.createdAt}>{localDateTime(n.createdAt, tz)}</time>
                  </p>
                </li>
              );
            })}
          </ul>
          {unreadLeft && markError ? (
            <div className="actions">
              <Button variant="secondary" busy={marking} busyLabel="Marking…" onClick={() => void markRead({ all: true })}>
                Mark all read
              </Button>
            </div>
          ) : null}
          <ErrorAlert message={markError} />
          <p className="muted small">
            You can choose what you hear about in <Link to="/settings#notifications-heading">Settings</Link>.
          </p>
        </>
      )}
    </div>
  );
}
