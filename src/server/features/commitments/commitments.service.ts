import type { Kysely, Transaction } from 'kysely';
import { nextReminder, occurrenceByKey } from '../../../core/reminders/index.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../lib/errors.js';
import { enqueueJob } from '../../jobs/runner.js';
import { visibleItems } from '../items/items.repo.js';
import { readState } from '../items/kinds.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The job that reminds a person of one occurrence of their own commitment. */
export const REMIND_JOB = 'commitments.remind';

/**
 * The scheduled practices (promises and rituals): a schedule in plaintext so the server can
 * remind, and a mark for one occurrence. They differ only in who is reminded and who may mark.
 */
export const SCHEDULED = {
  commitment: { remind: 'author', mark: 'commitment_mark' },
  ritual: { remind: 'readers', mark: 'ritual_log' },
} as const;
/** A kind with a schedule (commitment or ritual). */
export type ScheduledKind = keyof typeof SCHEDULED;

/** Whether a stored kind has a schedule. */
export const isScheduled = (kind: string): kind is ScheduledKind => Object.hasOwn(SCHEDULED, kind);

/**
 * What a mark marks: a commitment's kept/missed only the author's own commitment; a ritual's
 * "we did it" a ritual the author reads (either partner's). The words say which it is.
 */
const MARKS = {
  commitment_mark: { of: 'commitment', ownOnly: true, unknown: 'You can mark only your own commitments.' },
  ritual_log: { of: 'ritual', ownOnly: false, unknown: 'That ritual is not one you share.' },
} as const;
export type MarkKind = keyof typeof MARKS;

/** A schedule's state as stored, or null when it is not a valid one. */
const scheduleOf = (kind: ScheduledKind, text: string | null): CommitmentState | null => readState(kind, text);

/** Today's date on a zone's clock, 'YYYY-MM-DD'. */
function localToday(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * A mark belongs to one occurrence, on a day the schedule has, and not before that day has
 * come, of a schedule it may mark (MARKS). Anything else is "not found" alike.
 */
export async function checkMark(db: Db, authorId: string, kind: MarkKind, stateText: string | null, now: Date): Promise<void> {
  const state = readState(kind, stateText);
  const rule = MARKS[kind];
  const [parent] = await visibleItems(db, authorId, { id: state?.parentId ?? '' }, now);
  const allowed = parent && parent.kind === rule.of && (!rule.ownOnly || parent.author_id === authorId);
  const schedule = allowed ? scheduleOf(rule.of, parent.state) : null;
  if (!state || !schedule) {
    throw new AppError(400, 'validation_failed', rule.unknown, { state: `Unknown ${rule.of}.` });
  }
  const occurrence = occurrenceByKey(schedule.segments, state.occurrence);
  if (!occurrence) {
    throw new AppError(400, 'validation_failed', `That day isn't one of this ${rule.of}'s days.`, { state: `Not an occurrence of this ${rule.of}.` });
  }
  const zone = schedule.segments.find((s) => occurrenceByKey([s], state.occurrence))?.timeZone ?? 'UTC';
  if (occurrence.localDate > localToday(now, zone)) {
    throw new AppError(400, 'validation_failed', 'You can mark a day once it has come.', { state: 'That day is still ahead.' });
  }
}

/** Queues the reminder for the commitment's next occurrence (idempotent; stale ones are skipped when they run). */
export async function scheduleReminder(db: Db, item: { id: string; kind: ScheduledKind; state: string | null }, now: Date): Promise<void> {
  const state = scheduleOf(item.kind, item.state);
  if (!state || state.status !== 'active' || state.remindMinutesBefore === null) return;
  const slot = nextReminder(state.segments, state.remindMinutesBefore, now);
  if (!slot) return;
  const due = slot.due.toISOString();
  await enqueueJob(db, {
    kind: REMIND_JOB,
    payload: { itemId: item.id, occurrence: slot.occurrence.key, due },
    runAt: slot.due,
    dedupeKey: `${REMIND_JOB}:${item.id}:${slot.occurrence.key}:${due}`,
  }, now);
}

