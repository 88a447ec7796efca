import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** An item with the viewer's own wrapped key (never anyone else's). */
export type VisibleItemRow = Omit<Database['items'], 'shared_until'> & { shared_until: string | null; wrapped_key: string };

/**
 * The readers rule (docs/ARCHITECTURE.md): the ONE predicate every read of items by a viewer
 * starts from (items `i` joined to the viewer's own key row `r`, never anyone else's). An item
 * held back until a time (a scheduled note) reaches readers other than its author only then:
 * `{ now }` gives what the viewer may read at that time; `{ heldUntil }` gives exactly what is
 * still held back from them until that time (to move its time, never to show it).
 */
export function readerItems(db: Db, viewerId: string, at: { now: Date } | { heldUntil: string }) {
  const q = db.selectFrom('items as i').innerJoin('item_readers as r', (j) => j.onRef('r.item_id', '=', 'i.id').on('r.reader_id', '=', viewerId));
  if ('heldUntil' in at) return q.where('i.author_id', '!=', viewerId).where('i.visible_from', '=', at.heldUntil);
  const t = at.now.toISOString();
  return q.where((eb) => eb.or([eb('i.author_id', '=', viewerId), eb('i.visible_from', 'is', null), eb('i.visible_from', '<=', t)]));
}

/** Items the viewer reads at `now` (the readers rule), each with only the viewer's wrapped key. */
export async function visibleItems(db: Db, viewerId: string, filter: { kind?: string; id?: string }, now: Date): Promise<VisibleItemRow[]> {
  let q = readerItems(db, viewerId, { now }).select(['i.id', 'i.author_id', 'i.couple_id', 'i.kind', 'i.version', 'i.ciphertext', 'i.signature', 'i.state', 'i.created_at', 'i.updated_at', 'i.visible_from', 'i.shared_until', 'r.wrapped_key']);
  // r.kind (a copy of i.kind) lets the reader index find the viewer's rows of this kind alone.
  if (filter.kind) q = q.where('r.kind', '=', filter.kind).where('i.kind', '=', filter.kind);
  if (filter.id) q = q.where('i.id', '=', filter.id);
  const rows = await q.orderBy('i.created_at').orderBy('i.id').execute();
  return rows.map((r) => ({ ...r, version: Number(r.version) }));
}

/** Readers other than the author, for the author's own items among `itemIds`. */
export async function otherReaders(db: Db, authorId: string, itemIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (itemIds.length === 0) return out;
  const rows = await db
    .selectFrom('item_readers as r')
    .innerJoin('items as i', 'i.id', 'r.item_id')
    .select(['r.item_id', 'r.reader_id'])
    .where('i.author_id', '=', authorId)
    .where('r.reader_id', '!=', authorId)
    .where('r.item_id', 'in', itemIds)
    .execute();
  for (const r of rows) out.set(r.item_id, [...(out.get(r.item_id) ?? []), r.reader_id]);
  return out;
}

/** The author's own item, locked for the rest of the transaction on PostgreSQL. */
export async function authoredItemForUpdate(db: Db, id: string, authorId: string, dialect: 'sqlite' | 'postgres') {
  let q = db.selectFrom('items').selectAll().where('id', '=', id).where('author_id', '=', authorId);
  if (dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && { ...row, version: Number(row.version) };
}

/**
 * Claims an item id for good (used_item_ids outlives the item). False when it was ever used
 * before, by anyone: the caller never tells which.
 */
export async function claimItemId(db: Db, id: string): Promise<boolean> {
  const rows = await db.insertInto('used_item_ids').values({ id }).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
  return rows.length === 1;
}

/** The author's own item as it was first stored, to recognise a retried create. */
export async function ownItemAsCreated(db: Db, id: string, authorId: string) {
  return db
    .selectFrom('items as i')
    .innerJoin('item_readers as r', (j) => j.onRef('r.item_id', '=', 'i.id').on('r.reader_id', '=', authorId))
    .select(['i.kind', 'i.version', 'i.ciphertext', 'i.signature', 'i.state', 'r.wrapped_key'])
    .where('i.id', '=', id)
    .where('i.author_id', '=', authorId)
    .executeTakeFirst();
}

/** How many items of one kind a person wrote (the server counts them; it cannot read them). */
export async function countAuthored(db: Db, authorId: string, kind: string): Promise<number> {
  const row = await db.selectFrom('items').select((eb) => eb.fn.countAll<string | number>().as('n')).where('author_id', '=', authorId).where('kind', '=', kind).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Stores a new item. */
export async function insertItem(db: Db, row: Insertable<Database['items']>): Promise<void> {
  await db.insertInto('items').values(row).execute();
}

/** Adds or replaces one reader's wrapped key. */
export async function putReader(db: Db, itemId: string, readerId: string, wrappedKey: string, at: string): Promise<void> {
  await db
    .insertInto('item_readers')
    // The item's kind beside the reader: lists of one kind read only their rows (visibleItems).
    .values((eb) => ({ item_id: itemId, reader_id: readerId, kind: eb.selectFrom('items').select('kind').where('id', '=', itemId), wrapped_key: wrappedKey, added_at: at }))
    .onConflict((oc) => oc.columns(['item_id', 'reader_id']).doUpdateSet({ wrapped_key: wrappedKey }))
    .execute();
}

/** The item reaches a partner again: it is no longer one that was shared only until a space ended. */
export async function clearSharedUntil(db: Db, itemId: string): Promise<void> {
  await db.updateTable('items').set({ shared_until: null }).where('id', '=', itemId).where('shared_until', 'is not', null).execute();
}

/** All reader ids of an item (author included). */
export async function readerIds(db: Db, itemId: string): Promise<string[]> {
  return (await db.selectFrom('item_readers').select('reader_id').where('item_id', '=', itemId).execute()).map((r) => r.reader_id);
}

/** The author's wrapped key of an item. */
export async function authorKey(db: Db, itemId: string, authorId: string): Promise<string | undefined> {
  return (await db.selectFrom('item_readers').select('wrapped_key').where('item_id', '=', itemId).where('reader_id', '=', authorId).executeTakeFirst())?.wrapped_key;
}

/** Keeps the current content as an earlier version before it changes. */
export async function saveVersion(db: Db, row: Database['item_versions']): Promise<void> {
  await db.insertInto('item_versions').values(row).onConflict((oc) => oc.columns(['item_id', 'version']).doNothing()).execute();
}

/** Writes new content if the item is still at `baseVersion`; false when someone changed it first. */
export async function updateContent(
  db: Db,
  id: string,
  baseVersion: number,
  patch: { ciphertext: string; signature: string; state?: string | null; visible_from?: string | null; updated_at: string },
): Promise<boolean> {
  const res = await db
    .updateTable('items')
    .set({ ...patch, version: baseVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', baseVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Drops every reader but the author (unshare and re-encrypt). */
export async function dropOtherReaders(db: Db, itemId: string, authorId: string): Promise<void> {
  await db.deleteFrom('item_readers').where('item_id', '=', itemId).where('reader_id', '!=', authorId).execute();
}

/** Deletes an item with its readers and versions (cascade). */
export async function deleteItem(db: Db, id: string): Promise<void> {
  await db.deleteFrom('item_versions').where('item_id', '=', id).execute();
  await db.deleteFrom('item_readers').where('item_id', '=', id).execute();
  await db.deleteFrom('items').where('id', '=', id).execute();
}

/** Earlier versions, newest first, for the author only. */
export async function versionsForAuthor(db: Db, id: string, authorId: string) {
  const rows = await db
    .selectFrom('item_versions as v')
    .innerJoin('items as i', 'i.id', 'v.item_id')
    .select(['v.version', 'v.ciphertext', 'v.signature', 'v.state', 'v.wrapped_key', 'v.created_at'])
    .where('v.item_id', '=', id)
    .where('i.author_id', '=', authorId)
    .orderBy('v.version', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, version: Number(r.version) }));
}

/**
 * When a couple ends, each former partner's wrapped keys on the other's items are deleted
 * at once; each keeps their own. Returns the affected item ids.
 */
export async function dropReadersBetween(db: Db, userIds: string[], now: string): Promise<void> {
  if (userIds.length < 2) return;
  // The author keeps one fact: this had reached the partner, until now (a scheduled note not yet due had not).
  await db
    .updateTable('items')
    .set({ shared_until: now })
    .where('author_id', 'in', userIds)
    .where((eb) => eb.or([eb('visible_from', 'is', null), eb('visible_from', '<=', now)]))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('item_readers as r')
          .select('r.item_id')
          .whereRef('r.item_id', '=', 'items.id')
          .where('r.reader_id', 'in', userIds)
          .whereRef('r.reader_id', '!=', 'items.author_id'),
      ),
    )
    .execute();
  await db
    .deleteFrom('item_readers')
    .where('reader_id', 'in', userIds)
    .where('item_id', 'in', (eb) => eb.selectFrom('items').select('id').where('author_id', 'in', userIds))
    .where((eb) => eb('reader_id', '!=', eb.selectFrom('items').select('author_id').whereRef('items.id', '=', 'item_readers.item_id')))
    .execute();
}

/** A person's drafts (their own only). */
export const listDrafts = (db: Db, authorId: string) =>
  db.selectFrom('drafts').select(['draft_key', 'ciphertext', 'updated_at']).where('author_id', '=', authorId).orderBy('updated_at', 'desc').execute();

/** Saves a draft (last write wins). */
export async function putDraft(db: Db, authorId: string, key: string, ciphertext: string, at: string): Promise<void> {
  await db
    .insertInto('drafts')
    .values({ author_id: authorId, draft_key: key, ciphertext, updated_at: at })
    .onConflict((oc) => oc.columns(['author_id', 'draft_key']).doUpdateSet({ ciphertext, updated_at: at }))
    .execute();
}

/** Deletes a draft; false when there was none. */
export async function deleteDraft(db: Db, authorId: string, key: string): Promise<boolean> {
  const res = await db.deleteFrom('drafts').where('author_id', '=', authorId).where('draft_key', '=', key).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/**
 * An item's rule-relevant columns with no viewer at all: for background jobs only, which act
 * for nobody in particular (a test keeps every other file from importing it).
 */
export async function unscopedItemForJob(db: Db, id: string) {
  return db.selectFrom('items').select(['id', 'author_id', 'couple_id', 'kind', 'state', 'visible_from']).where('id', '=', id).executeTakeFirst();
}

/** Moves when readers other than the author may first see an item (null: at once). */
export async function setVisibleFrom(db: Db, id: string, at: string | null): Promise<void> {
  await db.updateTable('items').set({ visible_from: at }).where('id', '=', id).execute();
}

/** Items of one kind from others to this reader that are held back until exactly `until`. */
export async function heldUntilFor(db: Db, readerId: string, kind: string, until: string) {
  return readerItems(db, readerId, { heldUntil: until }).select(['i.id', 'i.state']).where('i.kind', '=', kind).execute();
}

/** Holds (or re-holds) a partner's key until both have shared (held_shares). */
export async function holdShare(db: Db, row: Database['held_shares']): Promise<void> {
  await db
    .insertInto('held_shares')
    .values(row)
    .onConflict((oc) => oc.column('item_id').doUpdateSet({ reader_id: row.reader_id, wrapped_key: row.wrapped_key, held_at: row.held_at }))
    .execute();
}

/** Shares held for one reveal key, written by `authorId` for `readerId`. */
export async function heldShares(db: Db, coupleId: string, revealKey: string, authorId: string, readerId: string) {
  return db
    .selectFrom('held_shares')
    .selectAll()
    .where('couple_id', '=', coupleId)
    .where('reveal_key', '=', revealKey)
    .where('author_id', '=', authorId)
    .where('reader_id', '=', readerId)
    .execute();
}

/** Who each of the author's items is held for. */
export async function heldReaders(db: Db, authorId: string, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db.selectFrom('held_shares').select(['item_id', 'reader_id']).where('author_id', '=', authorId).where('item_id', 'in', itemIds).execute();
}

/** Drops every share held within a couple (it ended: nothing will ever be released). */
export async function dropHeldSharesOfCouple(db: Db, coupleId: string): Promise<void> {
  await db.deleteFrom('held_shares').where('couple_id', '=', coupleId).execute();
}

/** Drops a held share. */
export async function dropHeldShare(db: Db, itemId: string): Promise<void> {
  await db.deleteFrom('held_shares').where('item_id', '=', itemId).execute();
}
