import type { Kysely, Transaction } from 'kysely';
import { SPACE_MAX_DAYS, type DecisionResponse, type SpaceResponse, type StoredDecisionAnswer } from '../../../shared/api/together.js';
import { checkEnvelope } from '../items/envelope.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../lib/errors.js';
import { findOpenMembership, openMembers } from '../couples/couples.repo.js';
import * as repo from './together.repo.js';

type Db = Kysely<Database> | Transaction<Database>;

const notPaired = () => new AppError(409, 'not_in_couple', 'This is for the two of you, once your partner has joined.');

/** The person's couple and partner, or a 409 when they are not paired. */
async function pairOf(db: Db, userId: string): Promise<{ coupleId: string; partnerId: string }> {
  const m = await findOpenMembership(db, userId);
  const partner = m ? (await openMembers(db, m.coupleId)).find((x) => x.id !== userId) : undefined;
  if (!m || !partner) throw notPaired();
  return { coupleId: m.coupleId, partnerId: partner.id };
}

/** The month asked about: the question comes back each month. */
export const decisionPeriod = (now: Date): string => now.toISOString().slice(0, 7);

/**
 * The decision point as one partner sees it: their own answer, and "both yes" only when both
 * said yes — false otherwise, whatever the partner answered or whether they answered at all.
 */
export async function decisionFor(db: Db, userId: string, now: Date): Promise<DecisionResponse> {
  return decisionIn(db, (await pairOf(db, userId)).coupleId, userId, now);
}

async function decisionIn(db: Db, coupleId: string, userId: string, now: Date): Promise<DecisionResponse> {
  const period = decisionPeriod(now);
  const rows = await repo.decisionAnswers(db, coupleId, period);
  const mine = rows.find((r) => r.user_id === userId);
  const myAnswer = mine ? (mine.answer === 'yes' ? 'yes' : 'not_yes') : null;
  return { period, myAnswer, mySealed: mine?.sealed ?? null, bothYes: rows.length === 2 && rows.every((r) => r.answer === 'yes') };
}

/** The most a sealed answer's plaintext may be ({"answer":"not_sure"} pads to the smallest bucket). */
const SEALED_ANSWER_MAX = 256;

/**
 * Saves (or changes) this month's answer: yes or not yes, and the exact answer sealed by the
 * person's client. Returns the new view and whether "both yes" began now.
 */
export async function answerDecision(
  db: Db,
  userId: string,
  input: { answer: StoredDecisionAnswer; sealed: string },
  now: Date,
): Promise<{ view: DecisionResponse; partnerId: string; becameBothYes: boolean }> {
  const { answer, sealed } = input;
  checkEnvelope(sealed, SEALED_ANSWER_MAX, 'sealed');
  const { coupleId, partnerId } = await pairOf(db, userId);
  const before = await decisionIn(db, coupleId, userId, now);
  const t = now.toISOString();
  await repo.putDecisionAnswer(db, { couple_id: coupleId, user_id: userId, period: before.period, answer, sealed, answered_at: t });
  const view = await decisionIn(db, coupleId, userId, now);
  // Both see "both yes" appear or go; a change that leaves it false tells the partner nothing.
  return { view, partnerId, becameBothYes: view.bothYes !== before.bothYes };
}

/** Active space requests in a couple (until still ahead). */
const activeSpace = (db: Db, coupleId: string, now: Date) => repo.activeSpaceInCouple(db, coupleId, now.toISOString());

/** Until when prompts are paused for a couple (the later of either partner's space), or null. */
export async function spaceUntil(db: Db, coupleId: string, now: Date): Promise<string | null> {
  const rows = await activeSpace(db, coupleId, now);
  return rows.reduce<string | null>((max, r) => (max === null || r.until > max ? r.until : max), null);
}

/** Until when this person asked for space (still ahead), or null. */
export async function ownSpaceUntil(db: Db, userId: string, now: Date): Promise<string | null> {
  return repo.activeSpaceOf(db, userId, now.toISOString());
}

/** Each partner's current space as the viewer sees it (only since and until). */
export async function spaceFor(db: Db, userId: string, now: Date): Promise<SpaceResponse> {
  const { coupleId } = await pairOf(db, userId);
  const rows = await activeSpace(db, coupleId, now);
  const pick = (mine: boolean) => {
    const r = rows.find((x) => (x.user_id === userId) === mine);
    return r ? { since: r.since, until: r.until } : null;
  };
  return { mine: pick(true), partner: pick(false) };
}

/** "I need some space" until a time at most two weeks ahead; asking again moves the end. Returns the end it replaced. */
export async function askForSpace(db: Db, userId: string, until: Date, now: Date): Promise<{ partnerId: string; previousUntil: string | null }> {
  const { coupleId, partnerId } = await pairOf(db, userId);
  if (until.getTime() <= now.getTime()) throw new AppError(400, 'validation_failed', 'Choose a time that is still ahead.', { until: 'Must be in the future.' });
  if (until.getTime() > now.getTime() + SPACE_MAX_DAYS * 86_400_000 + 60_000) {
    throw new AppError(400, 'validation_failed', `Space can be asked for up to ${SPACE_MAX_DAYS} days at a time; you can ask again after.`, { until: `At most ${SPACE_MAX_DAYS} days ahead.` });
  }
  const t = now.toISOString();
  const u = until.toISOString();
  const previousUntil = await ownSpaceUntil(db, userId, now);
  // A space that already ran out is over: a new one starts now, not when the old one did.
  if (previousUntil === null) await repo.deleteSpace(db, userId);
  await repo.putSpace(db, { user_id: userId, couple_id: coupleId, since: t, until: u });
  return { partnerId, previousUntil };
}

/** Ends the person's space now; returns the end it had, if it was still on. */
export async function endSpace(db: Db, userId: string, now: Date): Promise<{ partnerId: string; previousUntil: string | null }> {
  const { partnerId } = await pairOf(db, userId);
  const previousUntil = await ownSpaceUntil(db, userId, now);
  await repo.deleteSpace(db, userId);
  return { partnerId, previousUntil };
}
