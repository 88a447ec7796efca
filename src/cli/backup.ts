import SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * An online backup through SQLite's backup API: consistent even while the server writes,
 * because it copies pages under SQLite's own locking. Returns the pages copied.
 */
export async function backupSqlite(databaseUrl: string, target: string): Promise<number> {
  if (!databaseUrl.startsWith('sqlite:')) {
    throw new Error('backup copies the SQLite database; on PostgreSQL use pg_dump (docs/OPERATIONS.md).');
  }
  const source = resolve(databaseUrl.slice('sqlite:'.length));
  mkdirSync(dirname(resolve(target)), { recursive: true });
  const db = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    const result = await db.backup(resolve(target));
    return result.totalPages;
  } finally {
    db.close();
  }
}
