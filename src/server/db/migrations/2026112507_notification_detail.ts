import type { Kysely } from 'kysely';

/** What a security notification is about (a new device, a password change): a fixed word, never content. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed against no schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').addColumn('detail', 'text').execute();
}
