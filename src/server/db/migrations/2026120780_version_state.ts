import type { Kysely } from 'kysely';

/**
 * Envelope 2 signs an item's plaintext state, so an earlier version can be verified only
 * with the state it had: each kept version now keeps it too (null for versions from before).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed against no schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('item_versions').addColumn('state', 'text').execute();
}
