import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { ITEM_KINDS, type ItemKind } from '../../../shared/kinds.js';
import type { Database } from '../../db/schema.js';
import type { LockedPair } from '../couples/couples.service.js';
import { notify, type NotifyContext } from '../notifications/notifications.service.js';

/*
 * The server rules a practice declares for its kinds (docs/ARCHITECTURE.md, "Adding a
 * practice"). The generic item store (items.service.ts) runs them at fixed points of a
 * create, update, share, unshare and read; a kind no practice names is stored as it comes.
 * Nothing here knows any kind: practices fill these in and features/registry.ts lists them.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** An item as stored, with the columns a rule may read (never its content). */
export interface StoredItem {
  id: string;
  author_id: string;
  couple_id: string | null;
  kind: string;
  state: string | null;
  visible_from: string | null;
}

/** Who to tell after a write: readers whose view changed (`items.changed`) and who got a notification. */
export interface WriteEffects {
  announce: string[];
  notified: string[];
}

/** Everything a kind's own way of sharing needs: the couple is locked, the share checked. */
interface ShareArgs {
  db: Db;
  ctx: NotifyContext;
  pair: LockedPair;
  authorId: string;
  item: StoredItem;
  input: { readerId: string; wrappedKey: string };
  now: Date;
}

/**
 * One kind's rules. Every hook is optional; several practices may declare rules for the same
 * kind (a response is both an answer and part of the questions thread): list hooks all run,
 * and a kind has at most one of each hook marked "one per kind" (the registry checks).
 */
export interface KindRules {
  /** Only the practice's own route creates it (createItem's `viaPractice`): the refusal's words otherwise. */
  createOnlyViaPractice?: { message: string; hint: string };
  /** Checks a new or changed state before it is stored (create, and update with state); throws to refuse. */
  checkState?(db: Db, authorId: string, state: string | null, now: Date): Promise<void>;
  /** One per kind. When readers other than the author may first see it (null: at once), from its state. */
  visibleFrom?(state: string | null, now: Date): string | null;
  /** Refuses an update of an item that has readers other than its author (e.g. a delivered note). */
  checkUpdate?(item: StoredItem, otherReaders: string[], now: Date): void;
  /** After the item was stored or changed (e.g. queue its next reminder). */
  afterSave?(db: Db, item: { id: string; state: string | null }, now: Date): Promise<void>;
  /** One per kind. Tells the other readers of a changed item, instead of telling them at once. */
  afterUpdate?(db: Db, ctx: NotifyContext, item: { id: string; visible_from: string | null }, readers: string[], now: Date): Promise<WriteEffects>;
  /** Refuses a share before any key is looked at; throws to refuse. */
  checkShare?(db: Db, authorId: string, item: StoredItem): Promise<void>;
  /** One per kind. Shares in the kind's own way, instead of "give the key, notify the partner". */
  share?(args: ShareArgs): Promise<WriteEffects>;
  /** True when the reader is not to be notified of this share now (it still appears when they look). */
  quietFor?(db: Db, item: StoredItem, viewerId: string, readerId: string, now: Date): Promise<boolean>;
  /** One per kind. Who each of the author's items is held for (shown to the author only). */
  heldFor?(db: Db, authorId: string, itemIds: string[]): Promise<Map<string, string[]>>;
  /** After an unshare dropped every reader but the author. */
  afterUnshare?(db: Db, itemId: string): Promise<void>;
}

/** A practice's server side: its name and the rules of each kind it declares. */
export interface Practice {
  name: string;
  kinds: Partial<Record<ItemKind, KindRules>>;
}

/** The plaintext state a kind declares (src/shared/kinds.ts). */
type StateOf<K extends ItemKind> = z.infer<(typeof ITEM_KINDS)[K]['state']>;

// Each kind's schema typed by its own kind, so a parse returns that kind's state (no cast).
const STATES: { readonly [K in ItemKind]: { readonly state: z.ZodType<StateOf<K>> } } = ITEM_KINDS;

/**
 * A stored state, parsed by its kind's schema: the one way a rule reads state. Null when
 * there is none, or when it does not parse (an item stored before its kind's schema changed).
 */
export function readState<K extends ItemKind>(kind: K, text: string | null): StateOf<K> | null {
  if (text === null) return null;
  const parsed = STATES[kind].state.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

/** True while an item is held back from its other readers (a scheduled note before its time). */
export function isHeldBack(visibleFrom: string | null, now: Date): boolean {
  return visibleFrom !== null && visibleFrom > now.toISOString();
}

/** Tells one reader that an item was shared with them (once per item and reader); true when a notification was made. */
export function notifyShared(db: Db, ctx: NotifyContext, item: { id: string; kind: string }, readerId: string, now: Date): Promise<boolean> {
  return notify(db, ctx, { userId: readerId, type: 'partner', item: { id: item.id, kind: item.kind }, dedupeKey: `share:${item.id}:${readerId}` }, now);
}
