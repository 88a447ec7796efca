import SQLite from 'better-sqlite3';
import { Kysely, sql, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connect } from './connect.js';
import { FairSqliteDialect, FifoLock, withStatementCache } from './sqlite.js';

describe('SQLite prepared statements', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prepare a repeated query once', async () => {
    const prepare = vi.spyOn(SQLite.prototype, 'prepare');
    const handle = connect('sqlite::memory:');
    await sql`create table t (a integer)`.execute(handle.db);
    prepare.mockClear();
    for (let i = 0; i < 5; i++) await handle.db.selectFrom(sql.table('t').as('t')).select(sql.ref<number>('a').as('a')).where(sql.ref('a'), '=', i).execute();
    expect(prepare).toHaveBeenCalledTimes(1);
    await handle.close();
  });

  it('see a schema change: a migration empties the cache', async () => {
    const handle = connect('sqlite::memory:');
    await sql`create table t (a integer)`.execute(handle.db);
    await sql`insert into t (a) values (1)`.execute(handle.db);
    expect((await sql`select * from t`.execute(handle.db)).rows).toEqual([{ a: 1 }]);
    await sql`alter table t add column b text default 'x'`.execute(handle.db);
    expect((await sql`select * from t`.execute(handle.db)).rows).toEqual([{ a: 1, b: 'x' }]);
    await handle.close();
  });

  it('keep at most the given number of statements, dropping the least recently used', async () => {
    const sqlite = new SQLite(':memory:');
    const prepare = vi.spyOn(sqlite, 'prepare');
    const db = new Kysely<Record<string, never>>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite, 2) }) });
    const run = (n: number) => sql`select ${sql.lit(n)} as n`.execute(db);
    await run(1);
    await run(2);
    await run(1); // 1 is now the most recent
    await run(3); // evicts 2
    expect(prepare).toHaveBeenCalledTimes(3);
    await run(1);
    expect(prepare).toHaveBeenCalledTimes(3);
    await run(2);
    expect(prepare).toHaveBeenCalledTimes(4);
    await db.destroy();
  });

  it('reuse a statement after it failed', async () => {
    const handle = connect('sqlite::memory:');
    await sql`create table t (a integer primary key)`.execute(handle.db);
    const insert = (a: number) => sql`insert into t (a) values (${a})`.execute(handle.db);
    await insert(1);
    await expect(insert(1)).rejects.toThrow(/UNIQUE/);
    await insert(2);
    expect((await sql`select a from t order by a`.execute(handle.db)).rows).toEqual([{ a: 1 }, { a: 2 }]);
    await handle.close();
  });
});

describe('SQLite connection queue', () => {
  it('hand the connection to the longest waiter, not to whoever asks at the moment it is released', async () => {
    const driver = new FairSqliteDialect({ database: new SQLite(':memory:') }).createDriver();
    await driver.init();
    const order: string[] = [];
    const holder = await driver.acquireConnection();
    const waiter = driver.acquireConnection().then(async (c) => {
      order.push('waiting first');
      await driver.releaseConnection(c);
    });
    // A request already running asks again in the same instant the holder lets go: with a
    // lock that wakes everyone to race, it takes the connection ahead of those waiting.
    void driver.releaseConnection(holder);
    const newcomer = driver.acquireConnection().then(async (c) => {
      order.push('asked later');
      await driver.releaseConnection(c);
    });
    await Promise.all([waiter, newcomer]);
    expect(order).toEqual(['waiting first', 'asked later']);
    await driver.destroy();
  });

  it('serve many waiters in arrival order', async () => {
    const lock = new FifoLock();
    await lock.lock();
    const order: number[] = [];
    const all = Array.from({ length: 20 }, (_, i) =>
      lock.lock().then(() => {
        order.push(i);
        lock.unlock();
      }),
    );
    lock.unlock();
    await Promise.all(all);
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
