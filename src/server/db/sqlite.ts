import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** How many distinct statements stay prepared; queries are built from a few hundred shapes. */
export const STATEMENT_CACHE_SIZE = 500;

// Only data statements are kept: a schema change (a migration) empties the cache, so no
// statement outlives the tables it was prepared against.
const DATA_STATEMENT = /^\s*(select|insert|update|delete|with|replace)\b/i;

/**
 * The better-sqlite3 database as Kysely's dialect sees it, with prepared statements reused:
 * Kysely prepares every query again on each call, and preparing costs more than running the
 * small indexed queries Mend makes. Least recently used statements are finalised first.
 * Safe because the dialect runs one statement at a time on its single connection.
 */
export function withStatementCache(sqlite: SQLite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      const hit = cache.get(sql);
      if (hit) {
        // Most recently used last: Map keeps insertion order.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit as unknown as SqliteStatement;
      }
      const stmt = sqlite.prepare(sql);
      if (DATA_STATEMENT.test(sql)) {
        cache.set(sql, stmt);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
      } else {
        cache.clear();
      }
      return stmt as unknown as SqliteStatement;
    },
  };
}
