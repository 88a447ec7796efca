import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { NOTE_MAX_DELAY_DAYS, noteStateSchema } from '../../../shared/commitments/state.js';
import type { Database } from '../../db/schema.js';
import type { EventBus } from '../../events/bus.js';
import { AppError } from '../../lib/errors.js';
import { enqueueJob, type JobRunner } from '../../jobs/runner.js';
import { itemForRules, notesHeldUntil, readerIds, setVisibleFrom } from '../items/items.repo.js';
import { notify, type NotifyContext } from '../notifications/notifications.service.js';
import { ownSpaceUntil } from '../together/together.service.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The job that delivers a scheduled note at its time. */
export const DELIVER_JOB = 'notes.deliver';

const deliverPayload = z.object({ itemId: z.string(), deliverAt: z.string() });

/**
 * When the partner may first see a note: its `deliverAt` if still ahead, otherwise at once
 * (null). A note may wait at most a year.
 */
export function noteVisibleFrom(stateText: string | null, now: Date): string | null {
  const state = noteStateSchema.parse(stateText === null ? { deliverAt: null } : JSON.parse(stateText));
  if (state.deliverAt === null) return null;
  const at = new Date(state.deliverAt);
  if (at.getTime() > now.getTime() + NOTE_MAX_DELAY_DAYS * 86_400_000) {
    throw new AppError(400, 'validation_failed', 'A note can wait at most a year.', { state: 'Choose a delivery time within a year.' });
  }
  return at.getTime() > now.getTime() ? at.toISOString() : null;
}

/** True while an item is held back from its other readers (a scheduled note before its time). */
export function isHeldBack(visibleFrom: string | null, now: Date): boolean {
  return visibleFrom !== null && visibleFrom > now.toISOString();
}

/** A shared note whose time has come cannot change any more: the partner may have read it. */
export function assertNotDelivered(item: { kind: string; visible_from: string | null }, otherReaders: string[], now: Date): void {
  if (item.kind === 'note' && otherReaders.length > 0 && !isHeldBack(item.visible_from, now)) {
    throw new AppError(409, 'already_delivered', 'This note has already been delivered, so it can no longer be changed.');
  }
}

/** The later of two optional UTC times; null means "now". */
const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * "I need some space": a note to someone who asked for space waits until their space ends
 * (or its own time, if later). Returns the note's (possibly moved) time.
 */
export async function holdForSpace(db: Db, item: { id: string; visible_from: string | null }, readers: string[], now: Date): Promise<string | null> {
  let at = item.visible_from;
  for (const r of readers) at = later(at, await ownSpaceUntil(db, r, now));
  if (at !== item.visible_from) await setVisibleFrom(db, item.id, at);
  return at;
}

/**
 * When a space ends early (or is shortened), the notes it held are freed: each goes at its
 * own chosen time, or at once. Returns who got a notification now.
 */
export async function releaseHeldNotes(db: Db, ctx: NotifyContext, userId: string, heldUntil: string, newEnd: string | null, now: Date): Promise<string[]> {
  const held = await notesHeldUntil(db, userId, heldUntil);
  const notified: string[] = [];
  for (const note of held) {
    const own = noteStateSchema.safeParse(note.state === null ? null : JSON.parse(note.state));
    const chosen = own.success && own.data.deliverAt && own.data.deliverAt > now.toISOString() ? new Date(own.data.deliverAt).toISOString() : null;
    const at = later(chosen, newEnd !== null && newEnd > now.toISOString() ? newEnd : null);
    await setVisibleFrom(db, note.id, at);
    notified.push(...(await deliverOrSchedule(db, ctx, { id: note.id, visible_from: at }, [userId], now)).notified);
  }
  return notified;
}

/**
 * After a note is shared (or its time changed): notifies the reader now if its time has
 * come, otherwise queues its delivery. Returns whether it was delivered now.
 */
export async function deliverOrSchedule(
  db: Db,
  ctx: NotifyContext,
  item: { id: string; visible_from: string | null },
  readers: string[],
  now: Date,
): Promise<{ delivered: boolean; notified: string[] }> {
  if (isHeldBack(item.visible_from, now) && item.visible_from) {
    await enqueueJob(db, {
      kind: DELIVER_JOB,
      payload: { itemId: item.id, deliverAt: item.visible_from },
      runAt: new Date(item.visible_from),
      dedupeKey: `${DELIVER_JOB}:${item.id}:${item.visible_from}`,
    });
    return { delivered: false, notified: [] };
  }
  const notified: string[] = [];
  for (const readerId of readers) {
    if (await notify(db, ctx, { userId: readerId, type: 'partner', item: { id: item.id, kind: 'note' }, dedupeKey: `note:${item.id}:${readerId}` }, now)) notified.push(readerId);
  }
  return { delivered: true, notified };
}

/**
 * Registers delivery: at the note's time, each reader gets one notification and a live
 * "look again". A note edited to another time, unshared or deleted since is skipped here; one
 * whose reader is in a space asked for since waits until that space ends.
 */
export function registerNoteJobs(runner: JobRunner, deps: { ctx: NotifyContext; bus: () => EventBus }): void {
  runner.register(DELIVER_JOB, async (trx, job) => {
    const payload = deliverPayload.parse(job.payload);
    const item = await itemForRules(trx, payload.itemId);
    if (!item || item.visible_from !== payload.deliverAt) return;
    const readers = (await readerIds(trx, item.id)).filter((r) => r !== item.author_id);
    if (readers.length === 0) return;
    // A reader who asked for space since the note was scheduled gets it when the space ends.
    const at = await holdForSpace(trx, item, readers, job.now);
    const { delivered, notified } = await deliverOrSchedule(trx, deps.ctx, { id: item.id, visible_from: at }, readers, job.now);
    if (!delivered) return;
    return async () => {
      await deps.bus().publish({ userIds: readers, event: { type: 'items.changed', kinds: ['note'] } });
      if (notified.length) await deps.bus().publish({ userIds: notified, event: { type: 'notifications.changed' } });
    };
  });
}
