import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Clock } from '../lib/clock.js';
import { enqueueJob, type JobRunner } from './runner.js';

/** The hourly clean-up of expired sessions, limits, recovery tokens and old invites. */
export const PURGE_JOB = 'maintenance.purge';
const HOUR = 3_600_000;
// Invites are kept a while after expiry so a late click can still be told "expired".
const INVITE_RETENTION_MS = 30 * 86_400_000;

/** Deletes what has outlived its purpose (SECURITY.md DATA-06). */
export async function purgeExpired(trx: Transaction<Database>, now: Date): Promise<void> {
  const t = now.toISOString();
  await trx.deleteFrom('sessions').where((eb) => eb.or([eb('idle_expires_at', '<=', t), eb('absolute_expires_at', '<=', t)])).execute();
  await trx.deleteFrom('rate_limits').where('reset_at', '<=', t).execute();
  await trx.deleteFrom('recovery_tokens').where((eb) => eb.or([eb('expires_at', '<=', t), eb('used_at', 'is not', null)])).execute();
  await trx.deleteFrom('invites').where('expires_at', '<=', new Date(now.getTime() - INVITE_RETENTION_MS).toISOString()).execute();
  await trx.deleteFrom('jobs').where('done_at', '<=', new Date(now.getTime() - 7 * 86_400_000).toISOString()).execute();
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
