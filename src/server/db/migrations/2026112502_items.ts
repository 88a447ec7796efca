import type { Kysely } from 'kysely';

/** The encrypted item store: items, one wrapped key per reader, earlier versions, drafts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time, typed against no schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('couple_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    // Plaintext state a feature declares (never content), as JSON text.
    .addColumn('state', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('items_author_kind_idx').on('items').columns(['author_id', 'kind']).execute();

  await db.schema
    .createTable('item_readers')
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('reader_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_readers_pk', ['item_id', 'reader_id'])
    .execute();
  await db.schema.createIndex('item_readers_reader_idx').on('item_readers').column('reader_id').execute();

  await db.schema
    .createTable('item_versions')
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    // The author's wrapped key for this version (an unshare changes the item key).
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_versions_pk', ['item_id', 'version'])
    .execute();

  await db.schema
    .createTable('drafts')
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('draft_key', 'text', (c) => c.notNull())
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drafts_pk', ['author_id', 'draft_key'])
    .execute();
}
