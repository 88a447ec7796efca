import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { FairSqliteDialect, withStatementCache } from './sqlite.js';

/** Which database engine a handle talks to. */
export type Dialect = 'sqlite' | 'postgres';

/** An open database: the typed query builder plus what the event bus needs. */
export interface DbHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The PostgreSQL connection string, for LISTEN on a dedicated connection. */
  postgresUrl?: string;
  close(): Promise<void>;
}

/** Opens `sqlite:<file>` (or `sqlite::memory:`) or `postgres://…`. */
export function connect(databaseUrl: string): DbHandle {
  if (databaseUrl.startsWith('sqlite:')) return connectSqlite(databaseUrl.slice('sqlite:'.length));
  return connectPostgres(databaseUrl);
}

function connectSqlite(file: string): DbHandle {
  const path = file === ':memory:' ? file : resolve(file);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // WAL with NORMAL sync is durable across application crashes and fast; see docs/ARCHITECTURE.md.
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new FairSqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function connectPostgres(url: string): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', postgresUrl: url, close: () => db.destroy() };
}
