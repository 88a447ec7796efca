import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../test/databases.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

const dialects = await testDialects();

describe.each(dialects)('migrations on %s', (dialect) => {
  let database: TestDatabase;
  afterEach(() => database.drop());

  it('apply every known migration once, and again is a no-op', async () => {
    database = await createTestDatabase(dialect);
    const applied = await database.handle.db.selectFrom(sql.table('mend_migrations').as('m')).select(sql.ref<string>('name').as('name')).execute();
    expect(applied.map((r) => r.name)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(database.handle)).toEqual([]);
  });

  it('refuse a database that ran a migration this code does not know', async () => {
    database = await createTestDatabase(dialect);
    await sql`insert into mend_migrations (name, timestamp) values ('2099010101_from_the_future', '2099-01-01T00:00:00.000Z')`.execute(database.handle.db);
    await expect(migrateToLatest(database.handle)).rejects.toThrow(/2099010101_from_the_future/);
  });

  it('enforce one open couple per person in the schema itself', async () => {
    database = await createTestDatabase(dialect);
    const db = database.handle.db;
    const t = new Date().toISOString();
    const user = { id: 'u1', email: 'u1@example.org', display_name: 'U', time_zone: 'UTC', kdf_salt: 's', kdf_params: '{}', auth_hash: 'h', recovery_auth_hash: 'h', master_key_wrapped: 'w', recovery_wrapped: 'w', enc_public_key: 'e', sign_public_key: 's', enc_private_wrapped: 'w', sign_private_wrapped: 'w', created_at: t, updated_at: t };
    await db.insertInto('users').values(user).execute();
    for (const id of ['c1', 'c2']) await db.insertInto('couples').values({ id, created_by: 'u1', created_at: t, ended_at: null }).execute();
    await db.insertInto('couple_members').values({ couple_id: 'c1', user_id: 'u1', joined_at: t, left_at: null }).execute();
    await expect(db.insertInto('couple_members').values({ couple_id: 'c2', user_id: 'u1', joined_at: t, left_at: null }).execute()).rejects.toThrow();
    await db.updateTable('couple_members').set({ left_at: t }).where('couple_id', '=', 'c1').execute();
    await db.insertInto('couple_members').values({ couple_id: 'c2', user_id: 'u1', joined_at: t, left_at: null }).execute();
  });
});
