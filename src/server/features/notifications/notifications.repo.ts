import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { newId } from '../../lib/tokens.js';
import { readerItems } from '../items/items.repo.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A new notification; nothing happens (false) if its dedupe key was used before. */
export async function insertNotification(
  db: Db,
  row: { userId: string; type: string; itemId: string | null; itemKind: string | null; occurrence: string | null; detail?: string | null; dedupeKey: string; at: string },
): Promise<boolean> {
  const res = await db
    .insertInto('notifications')
    .values({
      id: newId(),
      user_id: row.userId,
      type: row.type,
      item_id: row.itemId,
      item_kind: row.itemKind,
      occurrence: row.occurrence,
      detail: row.detail ?? null,
      dedupe_key: row.dedupeKey,
      created_at: row.at,
      read_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * The person's notifications that still point at something they may read: an item they
 * lost access to (unshared, deleted, a former partner's) takes its notification with it.
 */
function ownVisible(db: Db, userId: string, now: string) {
  return db
    .selectFrom('notifications as n')
    .where('n.user_id', '=', userId)
    .where((eb) => eb.or([eb('n.item_id', 'is', null), eb('n.item_id', 'in', readerItems(db, userId, { now: new Date(now) }).select('i.id'))]));
}

/** Newest first, at most `limit`. */
export async function listNotifications(db: Db, userId: string, limit: number, now: string) {
  return ownVisible(db, userId, now)
    .select(['n.id', 'n.type', 'n.item_id', 'n.item_kind', 'n.occurrence', 'n.detail', 'n.created_at', 'n.read_at'])
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute();
}

/** How many are unread. */
export async function unreadCount(db: Db, userId: string, now: string, type?: string): Promise<number> {
  const row = await ownVisible(db, userId, now)
    .where('n.read_at', 'is', null)
    .$if(type !== undefined, (q) => q.where('n.type', '=', type!))
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks the person's own notifications read (others' ids are ignored). */
export async function markRead(db: Db, userId: string, ids: string[] | 'all', at: string): Promise<void> {
  let q = db.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (ids !== 'all') q = q.where('id', 'in', ids);
  await q.execute();
}

/** Stored settings as JSON text, or undefined when the person never chose. */
export async function settingsText(db: Db, userId: string): Promise<string | undefined> {
  return (await db.selectFrom('notification_settings').select('settings').where('user_id', '=', userId).executeTakeFirst())?.settings;
}

/** Saves settings (last write wins). */
export async function putSettings(db: Db, userId: string, settings: string, at: string): Promise<void> {
  await db
    .insertInto('notification_settings')
    .values({ user_id: userId, settings, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ settings, updated_at: at }))
    .execute();
}

/** Deletes each person's notifications about items the other people named wrote (a couple ended). */
export async function dropNotificationsAboutEachOther(db: Db, userIds: string[]): Promise<void> {
  if (userIds.length < 2) return;
  await db
    .deleteFrom('notifications')
    .where('user_id', 'in', userIds)
    .where('item_id', 'in', (eb) => eb.selectFrom('items').select('id').where('author_id', 'in', userIds))
    .where((eb) => eb('user_id', '!=', eb.selectFrom('items').select('author_id').whereRef('items.id', '=', 'notifications.item_id')))
    .execute();
}
