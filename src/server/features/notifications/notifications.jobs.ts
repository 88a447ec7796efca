import { z } from 'zod';
import type { Mailer } from '../../lib/mailer.js';
import type { JobRunner } from '../../jobs/runner.js';
import { findUserById } from '../accounts/accounts.repo.js';
import { somethingNewEmail } from './email.js';
import { EMAIL_JOB, settingsFor } from './notifications.service.js';
import * as repo from './notifications.repo.js';

const emailPayload = z.object({ userId: z.string() });

/**
 * Registers the email job: at its time (after quiet hours) it sends the content-free email,
 * if the person still wants email and still has something unread.
 */
export function registerNotificationJobs(runner: JobRunner, deps: { mailer: Mailer | null; publicUrl: string }): void {
  runner.register(EMAIL_JOB, async (trx, job) => {
    const { userId } = emailPayload.parse(job.payload);
    if (!deps.mailer) return;
    const settings = await settingsFor(trx, userId);
    if (!settings.email) return;
    if ((await repo.unreadCount(trx, userId, job.now.toISOString())) === 0) return;
    const user = await findUserById(trx, userId);
    if (!user) return;
    // Sent inside the job's transaction: if sending fails, the job is retried with backoff.
    await deps.mailer.send({ to: user.email, ...somethingNewEmail(deps.publicUrl) });
  });
}
