import { CompiledQuery, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.js';
import { putReader, visibleItems } from './items.repo.js';

// Any fixed time: these items have no delivery time, so the list does not depend on it.
const NOW = new Date('2026-12-01T12:00:00Z');

/*
 * A list of one kind must find the viewer's rows of that kind through the reader index,
 * never by looking up every item the viewer can read to test its kind: that made a person
 * with thousands of check-ins wait ~18 ms of CPU for fifty journal entries (docs/PERFORMANCE.md).
 */

/** The plan SQLite chooses for the query visibleItems sends, one line per step. */
async function sqlitePlan(database: TestDatabase, filter: { kind?: string; id?: string }): Promise<string[]> {
  let node: RootOperationNode | undefined;
  const capture: KyselyPlugin = {
    transformQuery: (args) => {
      node ??= args.node;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  await visibleItems(database.handle.db.withPlugin(capture), 'viewer', filter, NOW);
  const compiled = database.handle.db.getExecutor().compileQuery(node!, { queryId: 'plan' } as never);
  const rows = await database.handle.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]));
  return rows.rows.map((r) => r.detail);
}

describe('the items list plan (SQLite)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await database.drop();
  });

  it("starts from the viewer's reader rows of the kind asked for", async () => {
    const plan = await sqlitePlan(database, { kind: 'journal_entry' });
    expect(plan[0]).toMatch(/^SEARCH r USING INDEX item_readers_reader_kind_idx \(reader_id=\? AND kind=\?\)/);
    expect(plan[1]).toMatch(/^SEARCH i USING INDEX sqlite_autoindex_items_1 \(id=\?\)/);
  });

  it('still starts from the reader rows for every kind', async () => {
    const plan = await sqlitePlan(database, {});
    expect(plan[0]).toMatch(/^SEARCH r USING INDEX item_readers_reader_kind_idx \(reader_id=\?\)/);
  });
});

describe.each(await testDialects())('reader rows carry their item kind (%s)', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('copies the kind from the item on every write, a new reader or a replaced key', async () => {
    const { db } = database.handle;
    const t = new Date().toISOString();
    const user = (id: string) => ({
      id, email: `${id}@example.org`, display_name: id, time_zone: 'UTC', kdf_salt: 's', kdf_params: '{}', auth_hash: 'x', recovery_auth_hash: 'x',
      master_key_wrapped: 'm', recovery_wrapped: 'r', enc_public_key: `e-${id}`, sign_public_key: `s-${id}`, enc_private_wrapped: 'e', sign_private_wrapped: 's', created_at: t, updated_at: t,
    });
    await db.insertInto('users').values([user('ada'), user('ben')]).execute();
    await db.insertInto('items').values({ id: 'item-1', author_id: 'ada', couple_id: null, kind: 'journal_entry', version: 1, ciphertext: 'c', signature: 's', state: null, created_at: t, updated_at: t }).execute();
    await putReader(db, 'item-1', 'ada', 'key-a', t);
    await putReader(db, 'item-1', 'ben', 'key-b', t);
    await putReader(db, 'item-1', 'ben', 'key-b2', t);
    const rows = await db.selectFrom('item_readers').select(['reader_id', 'kind', 'wrapped_key']).orderBy('reader_id').execute();
    expect(rows).toEqual([
      { reader_id: 'ada', kind: 'journal_entry', wrapped_key: 'key-a' },
      { reader_id: 'ben', kind: 'journal_entry', wrapped_key: 'key-b2' },
    ]);
    expect((await visibleItems(db, 'ben', { kind: 'journal_entry' }, NOW)).map((r) => r.wrapped_key)).toEqual(['key-b2']);
    expect(await visibleItems(db, 'ben', { kind: 'checkin' }, NOW)).toEqual([]);
  });
});
