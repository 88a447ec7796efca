import { sql, type Kysely } from 'kysely';

/** The couple's prompt of the day, each partner's answer (with the partner's key held back), depth choices. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed against no schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('prompt_days')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id').onDelete('cascade'))
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('prompt_id', 'text', (c) => c.notNull())
    .addColumn('deck', 'text', (c) => c.notNull())
    .addColumn('depth', 'text', (c) => c.notNull())
    .addColumn('notice', 'text')
    .addColumn('deck_choice', 'text')
    .addColumn('skipped', 'text', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revealed_at', 'text')
    .addUniqueConstraint('prompt_days_couple_date', ['couple_id', 'local_date'])
    .execute();

  await db.schema
    .createTable('prompt_answers')
    .addColumn('prompt_day_id', 'text', (c) => c.notNull().references('prompt_days.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
    // The partner's sealed copy of the answer key, held here until both have answered.
    .addColumn('partner_wrapped_key', 'text')
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addColumn('nudged_at', 'text')
    .addPrimaryKeyConstraint('prompt_answers_pk', ['prompt_day_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('prompt_depths')
    .addColumn('couple_id', 'text', (c) => c.notNull().references('couples.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('depth', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('prompt_depths_pk', ['couple_id', 'user_id'])
    .execute();
}
