import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import { ManualClock } from '../lib/clock.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../test/databases.js';
import { backoffMs, enqueueJob, JobRunner } from './runner.js';
import { PURGE_JOB } from './maintenance.js';

const dialects = await testDialects();

describe('backoffMs', () => {
  it('doubles from 5 s and caps at an hour', () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([5000, 10000, 20000]);
    expect(backoffMs(30)).toBe(3_600_000);
  });
});

describe.each(dialects)('job runner on %s', (dialect) => {
  let database: TestDatabase;
  const extra: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const h of extra.splice(0)) await h.close();
    await database.drop();
  });

  async function countRuns(runner: JobRunner, kind: string) {
    const runs: string[] = [];
    runner.register(kind, async (trx, job) => {
      runs.push(job.id);
      // A database effect inside the job's transaction: it must happen exactly once.
      await trx.insertInto('rate_limits').values({ key: `ran:${job.id}`, count: 1, reset_at: '2999-01-01T00:00:00.000Z' }).execute();
    });
    return runs;
  }

  it('runs a job that fell due while the server was down, once, right after start', async () => {
    database = await createTestDatabase(dialect);
    const clock = new ManualClock('2031-03-04T05:06:07.000Z');
    // The server is "down": nothing is running while the job becomes due.
    await enqueueJob(database.handle.db, { kind: PURGE_JOB, runAt: new Date(clock.now().getTime() - 3_600_000), dedupeKey: 'down-test' }, clock.now());
    await database.handle.db
      .insertInto('rate_limits')
      .values({ key: 'stale', count: 5, reset_at: new Date(clock.now().getTime() - 1000).toISOString() })
      .execute();

    const app = await buildApp({ config: testConfig({ jobsPollMs: 50 }), db: database.handle, clock });
    app.jobs.start();
    await expect.poll(async () => (await database.handle.db.selectFrom('jobs').select(['done_at', 'attempts']).where('dedupe_key', '=', 'down-test').executeTakeFirstOrThrow()).done_at, { timeout: 5000 }).not.toBeNull();
    await app.close();

    const job = await database.handle.db.selectFrom('jobs').selectAll().where('dedupe_key', '=', 'down-test').executeTakeFirstOrThrow();
    expect(Number(job.attempts)).toBe(1);
    const stale = await database.handle.db.selectFrom('rate_limits').select('key').where('key', '=', 'stale').executeTakeFirst();
    expect(stale).toBeUndefined();
    // It scheduled its next run for the coming hour.
    const pending = await database.handle.db.selectFrom('jobs').select('run_at').where('kind', '=', PURGE_JOB).where('done_at', 'is', null).execute();
    expect(pending.length).toBeGreaterThanOrEqual(1);
  });

  it('never runs a job twice, even with two runners polling one database', async () => {
    database = await createTestDatabase(dialect);
    // SQLite is one server process by design (its writes are serial); PostgreSQL gets a real second connection pool.
    const second = dialect === 'postgres' ? database.reconnect() : database.handle;
    if (second !== database.handle) extra.push({ close: () => second.close() });
    const clock = new ManualClock('2031-03-04T05:06:07.000Z');
    const a = new JobRunner(database.handle, { pollMs: 20, clock });
    const b = new JobRunner(second, { pollMs: 20, clock });
    const runsA = await countRuns(a, 'test.once');
    const runsB = await countRuns(b, 'test.once');
    for (let i = 0; i < 20; i++) await enqueueJob(database.handle.db, { kind: 'test.once', payload: { i }, runAt: new Date(clock.now().getTime() - 1000) }, clock.now());
    await Promise.all([a.runDue(), b.runDue(), a.runDue(), b.runDue()]);
    a.start();
    b.start();
    await expect.poll(async () => (await database.handle.db.selectFrom('jobs').select('id').where('kind', '=', 'test.once').where('done_at', 'is', null).execute()).length, { timeout: 5000 }).toBe(0);
    await a.stop();
    await b.stop();
    const all = [...runsA, ...runsB];
    expect(all).toHaveLength(20);
    expect(new Set(all).size).toBe(20);
    const effects = await database.handle.db.selectFrom('rate_limits').select('key').where('key', 'like', 'ran:%').execute();
    expect(effects).toHaveLength(20);
  });

  it('retries a failing job with backoff and gives up after max attempts', async () => {
    database = await createTestDatabase(dialect);
    const clock = new ManualClock('2031-03-04T05:06:07.000Z');
    const runner = new JobRunner(database.handle, { pollMs: 1000, clock });
    let calls = 0;
    runner.register('test.flaky', async () => {
      calls++;
      throw new Error('secret content must not be logged');
    });
    await enqueueJob(database.handle.db, { kind: 'test.flaky', maxAttempts: 2, runAt: new Date(clock.now().getTime() - 1000) }, clock.now());
    expect(await runner.runDue()).toBe(1);
    let job = await database.handle.db.selectFrom('jobs').selectAll().where('kind', '=', 'test.flaky').executeTakeFirstOrThrow();
    expect(job.failed_at).toBeNull();
    expect(job.last_error).toBe('Error');
    // The backoff counts from the runner's clock.
    expect(Date.parse(job.run_at)).toBeGreaterThan(clock.now().getTime() + 3000);
    // Not due yet: nothing runs.
    expect(await runner.runDue()).toBe(0);
    clock.advance(10_000);
    expect(await runner.runDue()).toBe(1);
    job = await database.handle.db.selectFrom('jobs').selectAll().where('kind', '=', 'test.flaky').executeTakeFirstOrThrow();
    expect(job.failed_at).not.toBeNull();
    expect(calls).toBe(2);
  });

  it('ignores a second enqueue with the same dedupe key', async () => {
    database = await createTestDatabase(dialect);
    const now = new ManualClock('2031-03-04T05:06:07.000Z').now();
    await enqueueJob(database.handle.db, { kind: 'x', dedupeKey: 'same' }, now);
    await enqueueJob(database.handle.db, { kind: 'x', dedupeKey: 'same' }, now);
    const rows = await database.handle.db.selectFrom('jobs').select('id').where('kind', '=', 'x').execute();
    expect(rows).toHaveLength(1);
  });

  it("polls at the app's clock: a job falls due when the clock reaches it, and is stamped with its time", async () => {
    database = await createTestDatabase(dialect);
    const clock = new ManualClock('2031-03-04T05:06:07.000Z');
    const app = await buildApp({ config: testConfig(), db: database.handle, clock });
    extra.push({ close: () => app.close() });
    const runs = await countRuns(app.jobs, 'test.later');
    await enqueueJob(database.handle.db, { kind: 'test.later', runAt: new Date(clock.now().getTime() + 3_600_000) }, clock.now());
    await app.jobs.runDue();
    expect(runs).toHaveLength(0);
    clock.advance(3_600_000);
    await app.jobs.runDue();
    expect(runs).toHaveLength(1);
    const job = await database.handle.db.selectFrom('jobs').select(['created_at', 'done_at']).where('kind', '=', 'test.later').executeTakeFirstOrThrow();
    expect(job.created_at).toBe('2031-03-04T05:06:07.000Z');
    expect(job.done_at).toBe('2031-03-04T06:06:07.000Z');
  });
});
