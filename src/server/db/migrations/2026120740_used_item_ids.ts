import { sql, type Kysely } from 'kysely';

/**
 * Every item id ever used, kept after the item is deleted: an id is never reused, so trying
 * a known id tells nobody whether that item still exists. Holds the id alone (a random UUID,
 * no author or time).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed against no schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('used_item_ids').addColumn('id', 'text', (c) => c.primaryKey()).execute();
  await sql`insert into used_item_ids (id) select id from items`.execute(db);
}
