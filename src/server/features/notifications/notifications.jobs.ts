import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.js';
import type { Mailer } from '../../lib/mailer.js';
import { backoffMs, enqueueJob, type JobRunner } from '../../jobs/runner.js';
import { findUserById } from '../accounts/accounts.repo.js';
import { somethingNewEmail } from './email.js';
import { EMAIL_JOB, settingsFor } from './notifications.service.js';
import * as repo from './notifications.repo.js';
import { isHeld } from '../safety/hold.js';

const emailPayload = z.object({ userId: z.string(), attempt: z.int().min(0).default(0) });
/** Sending tries before an email is given up (the in-app notification stays either way). */
const MAX_SEND_ATTEMPTS = 6;

/**
 * Registers the email job: at its time (after quiet hours) it sends the content-free email,
 * if the person still wants email and still has something unread. The checks run in the
 * job's transaction; the sending happens after it commits, so a slow mail server never holds
 * the database (on SQLite one open transaction would stall every request). A failed send is
 * queued again with backoff.
 */
export function registerNotificationJobs(runner: JobRunner, deps: { mailer: Mailer | null; publicUrl: string; db: Kysely<Database> }): void {
  runner.register(EMAIL_JOB, async (trx, job) => {
    const { userId, attempt } = emailPayload.parse(job.payload);
    const mailer = deps.mailer;
    if (!mailer) return;
    const settings = await settingsFor(trx, userId);
    if (!settings.email) return;
    // While a quiet hold is on, only the person's own security notices are worth an email;
    // an unread partner notice from before the hold sends nothing.
    const held = await isHeld(trx, userId);
    if ((await repo.unreadCount(trx, userId, job.now.toISOString(), held ? 'security' : undefined)) === 0) return;
    const user = await findUserById(trx, userId);
    if (!user) return;
    const to = user.email;
    return async () => {
      try {
        await mailer.send({ to, ...somethingNewEmail(deps.publicUrl) });
      } catch (err) {
        if (attempt + 1 >= MAX_SEND_ATTEMPTS) throw err;
        // From the run's own time (the app's clock): the send itself takes only moments.
        const runAt = new Date(job.now.getTime() + backoffMs(attempt + 1));
        await enqueueJob(deps.db, { kind: EMAIL_JOB, payload: { userId, attempt: attempt + 1 }, runAt, dedupeKey: `${EMAIL_JOB}:${userId}:retry:${job.id}` }, job.now);
        throw err;
      }
    };
  });
}
