import { sql } from 'kysely';
import pg from 'pg';
import type { ServerEvent } from '../../shared/api/events.js';
import type { DbHandle } from '../db/connect.js';

/** One event for some people (and optionally only one of their sessions). */
export interface BusMessage {
  userIds: string[];
  event: ServerEvent;
  /** When set, only that session's streams receive it (e.g. "your session ended"). */
  sessionId?: string;
}

type Listener = (msg: BusMessage) => void;

/** Fan-out of events to every open stream, whichever server process holds it. */
export interface EventBus {
  publish(msg: BusMessage): Promise<void>;
  subscribe(userId: string, listener: Listener): () => void;
  close(): Promise<void>;
}

class Subscribers {
  private readonly byUser = new Map<string, Set<Listener>>();

  add(userId: string, listener: Listener): () => void {
    let set = this.byUser.get(userId);
    if (!set) this.byUser.set(userId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.byUser.delete(userId);
    };
  }

  dispatch(msg: BusMessage): void {
    for (const userId of msg.userIds) {
      for (const listener of this.byUser.get(userId) ?? []) listener(msg);
    }
  }
}

/** In-process bus: enough for one server on SQLite. */
export function localBus(): EventBus {
  const subs = new Subscribers();
  return {
    publish: (msg) => {
      subs.dispatch(msg);
      return Promise.resolve();
    },
    subscribe: (userId, listener) => subs.add(userId, listener),
    close: () => Promise.resolve(),
  };
}

const CHANNEL = 'mend_events';

/**
 * PostgreSQL LISTEN/NOTIFY bus: a process hears its own notifications too, so delivery
 * has one path whether the stream is here or on another server.
 */
export async function postgresBus(handle: DbHandle, onError: (err: unknown) => void = () => undefined): Promise<EventBus> {
  const subs = new Subscribers();
  let client: pg.Client | null = null;
  let closed = false;

  async function connectListener(): Promise<void> {
    const c = new pg.Client({ connectionString: handle.postgresUrl });
    c.on('notification', (n) => {
      if (n.channel !== CHANNEL || !n.payload) return;
      try {
        subs.dispatch(JSON.parse(n.payload) as BusMessage);
      } catch (err) {
        onError(err);
      }
    });
    c.on('error', (err) => {
      onError(err);
      client = null;
      if (!closed) setTimeout(() => void connectListener().catch(onError), 1000).unref();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  }
  await connectListener();

  return {
    async publish(msg) {
      await sql`select pg_notify(${CHANNEL}, ${JSON.stringify(msg)})`.execute(handle.db);
    },
    subscribe: (userId, listener) => subs.add(userId, listener),
    async close() {
      closed = true;
      const c = client;
      client = null;
      if (c) await c.end().catch(() => undefined);
    },
  };
}

/** The bus that fits the database: LISTEN/NOTIFY on PostgreSQL, in-process on SQLite. */
export const busFor = (handle: DbHandle, onError?: (err: unknown) => void): Promise<EventBus> =>
  handle.dialect === 'postgres' ? postgresBus(handle, onError) : Promise.resolve(localBus());
