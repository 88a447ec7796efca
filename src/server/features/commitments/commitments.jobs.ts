import { z } from 'zod';
import { occurrenceByKey } from '../../../core/reminders/index.js';
import { reminderTime } from '../../../core/schedules/index.js';
import type { EventBus } from '../../events/bus.js';
import { enqueueJob, type JobRunner } from '../../jobs/runner.js';
import { readerIds, unscopedItemForJob } from '../items/items.repo.js';
import { readState } from '../items/kinds.js';
import { afterQuietHours, notify, settingsFor, type NotifyContext } from '../notifications/notifications.service.js';
import { ownSpaceUntil } from '../together/together.service.js';
import { isScheduled, REMIND_JOB, scheduleReminder, SCHEDULED } from './commitments.service.js';

// A reminder that could not go out near its time (the server was down for hours) is dropped:
// "coming up" about something long past would only confuse.
const STALE_AFTER_MS = 6 * 3_600_000;

// `userId` is set on a run deferred by that person's quiet hours.
const remindPayload = z.object({ itemId: z.string(), occurrence: z.string(), due: z.string(), userId: z.string().optional() });

/**
 * Registers the reminder job. It re-reads the commitment (or ritual), so an edit, a pause, an
 * end or a deletion since it was queued makes it a no-op; each person's quiet hours move
 * their reminder to their end; the notification's dedupe key makes it one per occurrence and
 * person however often it runs. A commitment reminds its author; a ritual every reader.
 */
export function registerCommitmentJobs(runner: JobRunner, deps: { ctx: NotifyContext; bus: () => EventBus }): void {
  runner.register(REMIND_JOB, async (trx, job) => {
    const payload = remindPayload.parse(job.payload);
    const item = await unscopedItemForJob(trx, payload.itemId);
    if (!item || !isScheduled(item.kind)) return;
    const kind = item.kind;
    const state = readState(kind, item.state);
    if (!state || state.status !== 'active' || state.remindMinutesBefore === null) return;
    const occurrence = occurrenceByKey(state.segments, payload.occurrence);
    if (!occurrence || reminderTime(occurrence.utc, state.remindMinutesBefore).toISOString() !== payload.due) return;

    const { now } = job;
    // This job's own run (the first) queues the next occurrence; deferred runs are per person.
    if (!payload.userId) await scheduleReminder(trx, { id: item.id, kind, state: item.state }, now);
    if (now.getTime() - occurrence.utc.getTime() > STALE_AFTER_MS) return;
    const readers = await readerIds(trx, item.id);
    const people = payload.userId ? readers.filter((r) => r === payload.userId) : SCHEDULED[kind].remind === 'readers' ? readers : [item.author_id];
    const notified: string[] = [];
    for (const userId of people) {
      // "I need some space": no reminders while it lasts.
      if (await ownSpaceUntil(trx, userId, now)) continue;
      const settings = await settingsFor(trx, userId);
      const at = await afterQuietHours(trx, userId, settings, now);
      if (at.getTime() > now.getTime()) {
        await enqueueJob(trx, { kind: REMIND_JOB, payload: { ...payload, userId }, runAt: at, dedupeKey: `${REMIND_JOB}:${item.id}:${payload.occurrence}:${payload.due}:${userId}:quiet` }, now);
        continue;
      }
      const dedupeKey = `reminder:${item.id}:${payload.occurrence}:${userId}`;
      if (await notify(trx, deps.ctx, { userId, type: 'reminder', item: { id: item.id, kind: item.kind }, occurrence: payload.occurrence, dedupeKey }, now)) notified.push(userId);
    }
    if (notified.length === 0) return;
    return () => deps.bus().publish({ userIds: notified, event: { type: 'notifications.changed' } });
  });
}
