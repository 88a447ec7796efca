import { sql, type Kysely } from 'kysely';

/**
 * Each reader row carries its item's kind, indexed with the reader: a list of one kind then
 * reads only that kind's rows of the viewer. Before, the list walked every item the viewer
 * can read and looked each one up to test its kind, so a person with thousands of check-ins
 * waited on all of them for a list of fifty journal entries (docs/PERFORMANCE.md). An item's
 * kind never changes; putReader (items.repo.ts) copies it from the item on every write.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed against no schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('item_readers').addColumn('kind', 'text').execute();
  await sql`update item_readers set kind = (select kind from items where items.id = item_readers.item_id)`.execute(db);
  // (reader_id, kind, item_id) serves every read by reader too, so the reader-only index goes.
  await db.schema.createIndex('item_readers_reader_kind_idx').on('item_readers').columns(['reader_id', 'kind', 'item_id']).execute();
  await db.schema.dropIndex('item_readers_reader_idx').execute();
}
