import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Dialect, type DbHandle } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';

/** Where tests find PostgreSQL; each test database is created and dropped under it. */
export const PG_ADMIN_URL = process.env.MEND_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let pgAvailable: Promise<boolean> | undefined;

async function probePostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The dialects to run API tests on: SQLite always, PostgreSQL when it answers. With
 * MEND_REQUIRE_PG=1 (CI) a missing PostgreSQL fails the run instead of skipping.
 */
export async function testDialects(): Promise<Dialect[]> {
  pgAvailable ??= probePostgres();
  if (await pgAvailable) return ['sqlite', 'postgres'];
  if (process.env.MEND_REQUIRE_PG === '1') throw new Error(`PostgreSQL is required (MEND_REQUIRE_PG=1) but ${PG_ADMIN_URL} does not answer`);
  console.warn(`Skipping PostgreSQL tests: ${PG_ADMIN_URL} does not answer (set MEND_REQUIRE_PG=1 to fail instead).`);
  return ['sqlite'];
}

/** A fresh, migrated database of the dialect; `drop` removes it. */
export interface TestDatabase {
  handle: DbHandle;
  url: string;
  /** Opens another handle on the same database (a second server process). */
  reconnect(): DbHandle;
  drop(): Promise<void>;
}

/** Creates an empty database, migrated to the latest schema. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const file = `/tmp/mend-test-${randomBytes(6).toString('hex')}.db`;
    const url = `sqlite:${file}`;
    const handle = connect(url);
    await migrateToLatest(handle);
    const { rm } = await import('node:fs/promises');
    return {
      handle,
      url,
      reconnect: () => connect(url),
      drop: async () => {
        await handle.close().catch(() => undefined);
        await Promise.all(['', '-wal', '-shm'].map((s) => rm(file + s, { force: true })));
      },
    };
  }
  const name = `mend_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = connect(url.toString());
  await migrateToLatest(handle);
  return {
    handle,
    url: url.toString(),
    reconnect: () => connect(url.toString()),
    drop: async () => {
      await handle.close().catch(() => undefined);
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
