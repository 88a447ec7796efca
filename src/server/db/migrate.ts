import { Migrator, type MigrationProvider } from 'kysely';
import type { DbHandle } from './connect.js';
import { migrations } from './migrations/index.js';

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/**
 * Applies pending migrations. Kysely refuses to run when the applied list is not a prefix
 * of the known one (a missing or reordered migration), so the server will not start on a
 * database from a different line of history.
 */
export async function migrateToLatest(handle: DbHandle): Promise<string[]> {
  const migrator = new Migrator({ db: handle.db, provider, migrationTableName: 'mend_migrations', migrationLockTableName: 'mend_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
