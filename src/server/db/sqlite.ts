import type SQLite from 'better-sqlite3';
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase, type SqliteDialectConfig, type SqliteStatement } from 'kysely';

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

/**
 * A lock that hands the single SQLite connection to waiters strictly in arrival order.
 * Kysely's own mutex wakes every waiter on each release and lets them race for it again.
 */
export class FifoLock {
  #held = false;
  #waiters: (() => void)[] = [];

  /** Resolves when the caller holds the lock. */
  lock(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Passes the lock to the longest waiter, or frees it. */
  unlock(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#held = false;
  }
}

/** Kysely's SQLite driver with the connection handed out first come, first served. */
class FairSqliteDriver extends SqliteDriver {
  readonly #queue = new FifoLock();

  override async acquireConnection(): Promise<DatabaseConnection> {
    await this.#queue.lock();
    // Kysely's own mutex is always free here: only the holder of #queue gets this far.
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    this.#queue.unlock();
  }
}

/** Kysely's SQLite dialect with fair access to the connection (see FairSqliteDriver). */
export class FairSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new FairSqliteDriver(this.#config);
  }
}
