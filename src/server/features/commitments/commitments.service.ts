import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { nextReminder, occurrenceByKey } from '../../../core/reminders/index.js';
import { reminderTime } from '../../../core/schedules/index.js';
import { commitmentStateSchema, type CommitmentMarkState, type CommitmentState } from '../../../shared/commitments/state.js';
import type { Database } from '../../db/schema.js';
import type { EventBus } from '../../events/bus.js';
import { AppError } from '../../lib/errors.js';
import { enqueueJob, type JobRunner } from '../../jobs/runner.js';
import { itemForRules, readerIds, visibleItems } from '../items/items.repo.js';
import { afterQuietHours, notify, settingsFor, type NotifyContext } from '../notifications/notifications.service.js';
import { ownSpaceUntil } from '../together/together.service.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The job that reminds a person of one occurrence of their own commitment. */
export const REMIND_JOB = 'commitments.remind';
// A reminder that could not go out near its time (the server was down for hours) is dropped:
// "coming up" about something long past would only confuse.
const STALE_AFTER_MS = 6 * 3_600_000;

// `userId` is set on a run deferred by that person's quiet hours.
const remindPayload = z.object({ itemId: z.string(), occurrence: z.string(), due: z.string(), userId: z.string().optional() });

function parseState(text: string | null): CommitmentState | null {
  const parsed = commitmentStateSchema.safeParse(text === null ? null : JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

/** Today's date on a zone's clock, 'YYYY-MM-DD'. */
function localToday(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Kinds whose plaintext is a schedule, so the server can remind. */
export const SCHEDULED_KINDS = ['commitment', 'ritual'];

/**
 * A mark belongs to one occurrence, on a day the schedule has, and not before that day has
 * come: a commitment's kept/missed only on the author's own commitment; a ritual's "we did
 * it" on a ritual the author reads (either partner's). Anything else is "not found" alike.
 */
export async function checkMark(db: Db, authorId: string, kind: 'commitment_mark' | 'ritual_log', state: CommitmentMarkState, now: Date): Promise<void> {
  const [parent] = await visibleItems(db, authorId, { id: state.parentId });
  const parentKind = kind === 'commitment_mark' ? 'commitment' : 'ritual';
  const allowed = parent && parent.kind === parentKind && (kind === 'ritual_log' || parent.author_id === authorId);
  const commitment = allowed ? parseState(parent.state) : null;
  if (!commitment) {
    throw new AppError(400, 'validation_failed', kind === 'commitment_mark' ? 'You can mark only your own commitments.' : 'That ritual is not one you share.', { state: `Unknown ${parentKind}.` });
  }
  const occurrence = occurrenceByKey(commitment.segments, state.occurrence);
  if (!occurrence) {
    throw new AppError(400, 'validation_failed', `That day isn't one of this ${parentKind}'s days.`, { state: `Not an occurrence of this ${parentKind}.` });
  }
  const zone = commitment.segments.find((s) => occurrenceByKey([s], state.occurrence))?.timeZone ?? 'UTC';
  if (occurrence.localDate > localToday(now, zone)) {
    throw new AppError(400, 'validation_failed', 'You can mark a day once it has come.', { state: 'That day is still ahead.' });
  }
}

/** Queues the reminder for the commitment's next occurrence (idempotent; stale ones are skipped when they run). */
export async function scheduleReminder(db: Db, item: { id: string; state: string | null }, now: Date): Promise<void> {
  const state = parseState(item.state);
  if (!state || state.status !== 'active' || state.remindMinutesBefore === null) return;
  const slot = nextReminder(state.segments, state.remindMinutesBefore, now);
  if (!slot) return;
  const due = slot.due.toISOString();
  await enqueueJob(db, {
    kind: REMIND_JOB,
    payload: { itemId: item.id, occurrence: slot.occurrence.key, due },
    runAt: slot.due,
    dedupeKey: `${REMIND_JOB}:${item.id}:${slot.occurrence.key}:${due}`,
  });
}

/**
 * Registers the reminder job. It re-reads the commitment (or ritual), so an edit, a pause, an
 * end or a deletion since it was queued makes it a no-op; each person's quiet hours move
 * their reminder to their end; the notification's dedupe key makes it one per occurrence and
 * person however often it runs. A commitment reminds its author; a ritual every reader.
 */
export function registerCommitmentJobs(runner: JobRunner, deps: { ctx: NotifyContext; bus: () => EventBus }): void {
  runner.register(REMIND_JOB, async (trx, job) => {
    const payload = remindPayload.parse(job.payload);
    const item = await itemForRules(trx, payload.itemId);
    if (!item || !SCHEDULED_KINDS.includes(item.kind)) return;
    const state = parseState(item.state);
    if (!state || state.status !== 'active' || state.remindMinutesBefore === null) return;
    const occurrence = occurrenceByKey(state.segments, payload.occurrence);
    if (!occurrence || reminderTime(occurrence.utc, state.remindMinutesBefore).toISOString() !== payload.due) return;

    const { now } = job;
    // This job's own run (the first) queues the next occurrence; deferred runs are per person.
    if (!payload.userId) await scheduleReminder(trx, item, now);
    if (now.getTime() - occurrence.utc.getTime() > STALE_AFTER_MS) return;
    const readers = await readerIds(trx, item.id);
    const people = payload.userId ? readers.filter((r) => r === payload.userId) : item.kind === 'ritual' ? readers : [item.author_id];
    const notified: string[] = [];
    for (const userId of people) {
      // "I need some space": no reminders while it lasts.
      if (await ownSpaceUntil(trx, userId, now)) continue;
      const settings = await settingsFor(trx, userId);
      const at = await afterQuietHours(trx, userId, settings, now);
      if (at.getTime() > now.getTime()) {
        await enqueueJob(trx, { kind: REMIND_JOB, payload: { ...payload, userId }, runAt: at, dedupeKey: `${REMIND_JOB}:${item.id}:${payload.occurrence}:${payload.due}:${userId}:quiet` });
        continue;
      }
      const dedupeKey = `reminder:${item.id}:${payload.occurrence}:${userId}`;
      if (await notify(trx, deps.ctx, { userId, type: 'reminder', item: { id: item.id, kind: item.kind }, occurrence: payload.occurrence, dedupeKey }, now)) notified.push(userId);
    }
    if (notified.length === 0) return;
    return () => deps.bus().publish({ userIds: notified, event: { type: 'notifications.changed' } });
  });
}
