import type { Kysely } from 'kysely';

/**
 * When a couple ends, each partner's items lose the other as a reader. `shared_until` keeps,
 * for the author only, that an item had reached the partner and until when — so a delivered
 * note still reads "sent" rather than "not sent yet". A time, never content.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed against no schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('items').addColumn('shared_until', 'text').execute();
}
