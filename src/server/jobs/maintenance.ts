import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Clock } from '../lib/clock.js';
import { purgeRecoveryTokens } from '../features/accounts/accounts.repo.js';
import { purgeOldInvites } from '../features/couples/couples.repo.js';
import { purgeExpiredSessions } from '../features/sessions/sessions.repo.js';
import { purgeExpiredLimits } from '../lib/rate-limit.js';
import { purgeDoneJobs } from './jobs.repo.js';
import { enqueueJob, type JobRunner } from './runner.js';

/** The hourly clean-up of expired sessions, limits, recovery tokens and old invites. */
export const PURGE_JOB = 'maintenance.purge';
const HOUR = 3_600_000;
// Invites are kept a while after expiry so a late click can still be told "expired".
const INVITE_RETENTION_MS = 30 * 86_400_000;
// Finished jobs are kept a week, to look back on when something went wrong.
const DONE_JOB_RETENTION_MS = 7 * 86_400_000;

/** Deletes what has outlived its purpose (SECURITY.md DATA-06); each table's query is in its repository. */
export async function purgeExpired(trx: Transaction<Database>, now: Date): Promise<void> {
  await purgeExpiredSessions(trx, now);
  await purgeExpiredLimits(trx, now);
  await purgeRecoveryTokens(trx, now.toISOString());
  await purgeOldInvites(trx, new Date(now.getTime() - INVITE_RETENTION_MS).toISOString());
  await purgeDoneJobs(trx, new Date(now.getTime() - DONE_JOB_RETENTION_MS).toISOString());
}

/** The next hourly slot after `now`, as a dedupe key so every process schedules it once. */
const nextSlot = (now: Date): Date => new Date(Math.floor(now.getTime() / HOUR) * HOUR + HOUR);

/** Registers the purge job, which re-schedules itself, and makes sure one is pending. */
export async function registerMaintenance(runner: JobRunner, db: Kysely<Database>, clock: Clock): Promise<void> {
  runner.register(PURGE_JOB, async (trx) => {
    // The app's clock, not the poll's time: a test polling days ahead to fire reminders must
    // not have its people's sessions purged.
    const now = clock.now();
    await purgeExpired(trx, now);
    const next = nextSlot(now);
    await enqueueJob(trx, { kind: PURGE_JOB, runAt: next, dedupeKey: `${PURGE_JOB}:${next.toISOString()}` }, now);
  });
  const first = clock.now();
  await enqueueJob(db, { kind: PURGE_JOB, runAt: first, dedupeKey: `${PURGE_JOB}:${nextSlot(first).toISOString()}:start` }, first);
}
