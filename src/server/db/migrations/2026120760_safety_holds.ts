import type { Kysely } from 'kysely';

/**
 * The quiet hold (docs/SAFETY.md): one row per person while it is on. Nothing points at the
 * partner or the couple, so no query about the couple can ever find it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed against no schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('safety_holds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('since', 'text', (c) => c.notNull())
    .execute();
}

