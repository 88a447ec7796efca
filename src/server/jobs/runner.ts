import type { Kysely, Transaction } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { DbHandle } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import type { Clock } from '../lib/clock.js';
import { newId } from '../lib/tokens.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A claimed job as a handler sees it. */
export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  runAt: string;
  /** The poll's time: the clock handlers use (real time, or a test's chosen time). */
  now: Date;
}

/**
 * Does a job's work inside the transaction that marks it done, so its database effects
 * happen exactly once; effects outside the database must be idempotent by job id. It may
 * return a step to run after the commit (telling live streams), which never runs if the
 * work was rolled back.
 */
export type JobHandler = (trx: Transaction<Database>, job: Job) => Promise<void | (() => Promise<void>)>;

/** What to enqueue: a kind of job, its payload, and when it falls due (at once by default). */
export interface JobInput {
  kind: string;
  payload?: unknown;
  runAt?: Date;
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * Adds a job in the caller's transaction; a repeated dedupeKey is ignored (idempotent enqueue).
 * `now` (the app's clock) stamps the job and is when it runs unless `runAt` says otherwise.
 */
export async function enqueueJob(db: Db, input: JobInput, now: Date): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      id: newId(),
      kind: input.kind,
      payload: JSON.stringify(input.payload ?? {}),
      run_at: (input.runAt ?? now).toISOString(),
      max_attempts: input.maxAttempts ?? 8,
      locked_by: null,
      locked_until: null,
      done_at: null,
      failed_at: null,
      last_error: null,
      dedupe_key: input.dedupeKey ?? null,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/** Options for a runner. */
export interface RunnerOptions {
  pollMs: number;
  /** How long a claim lasts before another process may take the job over. */
  leaseMs?: number;
  batch?: number;
  onError?: (err: unknown, job?: Job) => void;
  /** The app's clock: what "due" means, and the time stamped on finished and failed jobs. */
  clock: Clock;
}

/** Backoff after the n-th failed attempt: 5 s, 10 s, 20 s … capped at an hour. */
export const backoffMs = (attempts: number): number => Math.min(3_600_000, 5_000 * 2 ** Math.max(0, attempts - 1));

/**
 * Polls the jobs table and runs due jobs. On PostgreSQL claims use FOR UPDATE SKIP LOCKED,
 * so several server processes share the work and never run one job twice.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly workerId = randomUUID();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly handle: DbHandle,
    private readonly options: RunnerOptions,
  ) {}

  /** Registers the handler for a kind of job. */
  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Starts polling; the first poll runs at once, so jobs that fell due while down run now. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for the jobs in hand to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs one poll (tests and tools), at the clock's time unless given one; returns how many jobs it ran. */
  async runDue(now: Date = this.options.clock.now()): Promise<number> {
    const jobs = await this.claim(now);
    for (const job of jobs) await this.execute(job);
    return jobs.length;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runDue()
        .catch((err: unknown) => this.options.onError?.(err))
        .then((n) => this.schedule(n && n > 0 ? 0 : this.options.pollMs));
    }, delay);
    this.timer.unref();
  }

  private async claim(now: Date): Promise<Job[]> {
    const t = now.toISOString();
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return [];
    const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 60_000)).toISOString();
    const { db, dialect } = this.handle;
    const due = db
      .selectFrom('jobs')
      .select('id')
      .where('done_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('run_at', '<=', t)
      .where('kind', 'in', kinds)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', t)]))
      .orderBy('run_at')
      .limit(this.options.batch ?? 10)
      .$if(dialect === 'postgres', (q) => q.forUpdate().skipLocked());
    const rows = await db
      .updateTable('jobs')
      .set((eb) => ({ locked_by: this.workerId, locked_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', due)
      .returning(['id', 'kind', 'payload', 'attempts', 'run_at'])
      .execute();
    return rows.map((r) => ({ id: r.id, kind: r.kind, payload: JSON.parse(r.payload) as unknown, attempts: Number(r.attempts), runAt: r.run_at, now }));
  }

  private async execute(job: Job): Promise<void> {
    const handler = this.handlers.get(job.kind);
    if (!handler) return;
    const { db } = this.handle;
    // Set inside the transaction; a holder because TS does not track assignments in closures.
    const after: { run?: () => Promise<void> } = {};
    try {
      await db.transaction().execute(async (trx) => {
        after.run = (await handler(trx, job)) ?? undefined;
        const res = await trx
          .updateTable('jobs')
          .set({ done_at: this.options.clock.now().toISOString(), locked_by: null, locked_until: null, last_error: null })
          .where('id', '=', job.id)
          .where('locked_by', '=', this.workerId)
          .executeTakeFirst();
        // Our lease ran out and another process took the job: undo our work, theirs stands.
        if (Number(res.numUpdatedRows) !== 1) throw new LeaseLostError();
      });
    } catch (err) {
      if (err instanceof LeaseLostError) return;
      this.options.onError?.(err, job);
      const row = await db.selectFrom('jobs').select(['attempts', 'max_attempts']).where('id', '=', job.id).executeTakeFirst();
      const exhausted = !row || Number(row.attempts) >= Number(row.max_attempts);
      // The error's class only: a message might quote content from the job's inputs.
      const lastError = err instanceof Error ? err.name : 'Error';
      await db
        .updateTable('jobs')
        .set(
          exhausted
            ? { failed_at: this.options.clock.now().toISOString(), locked_by: null, locked_until: null, last_error: lastError }
            : { run_at: new Date(this.options.clock.now().getTime() + backoffMs(job.attempts)).toISOString(), locked_by: null, locked_until: null, last_error: lastError },
        )
        .where('id', '=', job.id)
        .where('locked_by', '=', this.workerId)
        .execute();
      return;
    }
    if (after.run) await after.run().catch((err: unknown) => this.options.onError?.(err, job));
  }
}

class LeaseLostError extends Error {}
