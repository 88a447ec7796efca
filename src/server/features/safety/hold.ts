import type { Kysely, Transaction } from 'kysely';
import type { SafetyHoldResponse } from '../../../shared/api/safety.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../lib/errors.js';
import * as repo from './hold.repo.js';

/*
 * The quiet hold (docs/SAFETY.md, EVIDENCE.md §5). A person who took the private safety check
 * can hold their own sharing, quietly. These are the only places that read the hold: the
 * sharing paths call `refuseWhileHeld` for the author, and `notify` and the email job call
 * `isHeld` for the person about to be told something. Nothing about the hold is ever written
 * where the partner reads, so their pages, counts and emails stay exactly as they were.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** Whether this person's quiet hold is on. */
export async function isHeld(db: Db, userId: string): Promise<boolean> {
  return (await repo.holdSince(db, userId)) !== null;
}

/**
 * Refuses new sharing by a person whose hold is on: a 409 only they receive, in words that
 * say what to do. Every path that would let the partner read something new calls this first.
 */
export async function refuseWhileHeld(db: Db, userId: string): Promise<void> {
  if (await isHeld(db, userId)) {
    throw new AppError(409, 'quiet_hold', 'Sharing is paused while your quiet hold is on. What you write stays with you; you can lift the hold from the Safety page whenever you choose.');
  }
}

/** The hold as its owner sees it. */
export async function holdView(db: Db, userId: string): Promise<SafetyHoldResponse> {
  const since = await repo.holdSince(db, userId);
  return { held: since !== null, since };
}

/** Turns the hold on for this person. */
export async function startHold(db: Db, userId: string, now: Date): Promise<SafetyHoldResponse> {
  await repo.putHold(db, userId, now.toISOString());
  return holdView(db, userId);
}

/** Lifts this person's hold. */
export async function liftHold(db: Db, userId: string): Promise<SafetyHoldResponse> {
  await repo.deleteHold(db, userId);
  return holdView(db, userId);
}
