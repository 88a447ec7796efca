import type { Kysely, Transaction } from 'kysely';
import type { CoupleView, CreateInviteResponse } from '../../../shared/api/couples.js';
import { LIMITS } from '../../../shared/limits.js';
import type { Dialect } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { AppError } from '../../lib/errors.js';
import { hashToken, newId, newToken } from '../../lib/tokens.js';
import * as repo from './couples.repo.js';
import { dropHeldSharesOfCouple, dropReadersBetween } from '../items/items.repo.js';
import { dropNotificationsAboutEachOther } from '../notifications/notifications.repo.js';
import { dropHeldAnswerKeys } from '../prompts/prompts.repo.js';

type Db = Kysely<Database> | Transaction<Database>;

const COUPLE_SIZE = 2;

/** The viewer's couple as they may see it: the partner's public facts and their own open invites. */
export async function coupleViewFor(db: Db, userId: string, now: Date): Promise<CoupleView | null> {
  const membership = await repo.findOpenMembership(db, userId);
  if (!membership) return null;
  const members = await repo.openMembers(db, membership.coupleId);
  const partner = members.find((m) => m.id !== userId);
  const invites = partner ? [] : await repo.openInvites(db, membership.coupleId, now.toISOString());
  return {
    id: membership.coupleId,
    createdAt: membership.coupleCreatedAt,
    // The later of the two joins: the moment they were both here, the same for both.
    pairedAt: partner ? [membership.joinedAt, partner.joined_at].sort().at(-1)! : null,
    partner: partner
      ? { id: partner.id, displayName: partner.display_name, encPublicKey: partner.enc_public_key, signPublicKey: partner.sign_public_key, joinedAt: partner.joined_at }
      : null,
    invites: invites.map((i) => ({ id: i.id, createdAt: i.created_at, expiresAt: i.expires_at })),
  };
}

/**
 * The couple space the person was last in, when it has ended and they are in none now: so the
 * app can say when it ended, and label what they wrote in it.
 */
export async function endedCoupleFor(db: Db, userId: string): Promise<{ id: string; endedAt: string } | null> {
  if (await repo.findOpenMembership(db, userId)) return null;
  return (await repo.lastEndedCouple(db, userId)) ?? null;
}

/** The ids of the people who share the viewer's couple (for events), including the viewer. */
export async function coupleMemberIds(db: Db, userId: string): Promise<string[]> {
  const membership = await repo.findOpenMembership(db, userId);
  if (!membership) return [userId];
  return (await repo.openMembers(db, membership.coupleId)).map((m) => m.id);
}

/** Starts a couple space with the person as its only member. */
export async function startCouple(db: Db, userId: string, now: Date): Promise<void> {
  if (await repo.findOpenMembership(db, userId)) throw alreadyInCouple();
  try {
    await repo.insertCouple(db, { id: newId(), userId, now: now.toISOString() });
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyInCouple();
    throw err;
  }
}

/** Creates a single-use invite link that expires in 72 hours. */
export async function createInvite(db: Db, dialect: Dialect, userId: string, publicUrl: string, now: Date): Promise<CreateInviteResponse> {
  const membership = await repo.findOpenMembership(db, userId);
  if (!membership) throw new AppError(409, 'not_in_couple', 'Start your couple space first, then invite your partner.');
  await repo.lockCouple(db, membership.coupleId, dialect);
  const members = await repo.openMembers(db, membership.coupleId);
  if (members.length >= COUPLE_SIZE) throw coupleFull();
  const open = await repo.openInvites(db, membership.coupleId, now.toISOString());
  if (open.length >= LIMITS.openInvitesMax) {
    throw new AppError(409, 'too_many_invites', `You have ${LIMITS.openInvitesMax} open invite links. Cancel one before making another.`);
  }
  const token = newToken();
  const id = newId();
  const expiresAt = new Date(now.getTime() + LIMITS.inviteHours * 3_600_000).toISOString();
  await repo.insertInvite(db, {
    id,
    couple_id: membership.coupleId,
    created_by: userId,
    token_hash: hashToken(token),
    created_at: now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
    used_by: null,
    revoked_at: null,
  });
  // The token rides in the fragment: browsers never send it to a server or in a Referer.
  return { id, token, expiresAt, url: `${publicUrl}/join#${token}` };
}

/** Cancels one of the person's couple's open invites. */
export async function revokeInvite(db: Db, userId: string, inviteId: string, now: Date): Promise<void> {
  const membership = await repo.findOpenMembership(db, userId);
  if (!membership || !(await repo.revokeInvite(db, membership.coupleId, inviteId, now.toISOString()))) {
    throw new AppError(404, 'not_found', 'That invite link is no longer open.');
  }
}

type InviteRow = NonNullable<Awaited<ReturnType<typeof repo.findInviteByTokenHash>>>;

async function usableInvite(db: Db, token: string, now: Date): Promise<InviteRow> {
  const invite = await repo.findInviteByTokenHash(db, hashToken(token));
  if (!invite) throw new AppError(404, 'invite_invalid', "This invite link isn't valid. Please ask your partner for a new one.");
  if (invite.revoked_at || invite.couple_ended_at) throw new AppError(410, 'invite_revoked', 'This invite link was cancelled. Please ask your partner for a new one.');
  if (invite.used_at) throw new AppError(410, 'invite_used', 'This invite link has already been used. Each link works once.');
  if (invite.expires_at <= now.toISOString()) throw new AppError(410, 'invite_expired', 'This invite link has expired. Links last 72 hours; please ask for a new one.');
  return invite;
}

/** Who invited the holder of a link (the link itself is the permission to know). */
export async function previewInvite(db: Db, token: string, now: Date): Promise<{ inviterName: string; expiresAt: string }> {
  const invite = await usableInvite(db, token, now);
  return { inviterName: invite.inviter_name, expiresAt: invite.expires_at };
}

/** Joins the couple behind an invite; every rule is checked inside the caller's transaction. */
export async function joinCouple(db: Db, dialect: Dialect, userId: string, token: string, now: Date): Promise<string> {
  const invite = await usableInvite(db, token, now);
  if (invite.created_by === userId) throw new AppError(409, 'own_invite', 'This is your own invite link — send it to your partner.');
  if (await repo.findOpenMembership(db, userId)) throw alreadyInCouple();
  const couple = await repo.lockCouple(db, invite.couple_id, dialect);
  if (!couple || couple.ended) throw new AppError(410, 'invite_revoked', 'This invite link was cancelled. Please ask your partner for a new one.');
  const members = await repo.openMembers(db, invite.couple_id);
  if (members.length >= COUPLE_SIZE) throw coupleFull();
  const t = now.toISOString();
  if (!(await repo.markInviteUsed(db, invite.id, userId, t))) throw new AppError(410, 'invite_used', 'This invite link has already been used. Each link works once.');
  try {
    await repo.addMember(db, invite.couple_id, userId, t);
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyInCouple();
    throw err;
  }
  await repo.revokeAllInvites(db, invite.couple_id, t);
  return invite.couple_id;
}

declare const lockedPair: unique symbol;

/**
 * Proof, for the rest of a transaction, that a couple row is locked and that both people in
 * it are still its members. Only `lockPair` makes one; giving a partner a key needs one.
 */
export interface LockedPair {
  readonly coupleId: string;
  readonly members: readonly [string, string];
  readonly [lockedPair]: true;
}

/**
 * Locks the person's couple (FOR UPDATE on PostgreSQL; SQLite writes are serial) and, after
 * the lock, checks that `partnerId` is still their partner. Every path that gives a partner a
 * key goes through this, and leaving takes the same lock first: a share is either wholly
 * before a leave (whose delete then removes the key) or sees the couple ended and is refused.
 * Null when they are not (or no longer) a couple.
 */
export async function lockPair(db: Db, dialect: Dialect, userId: string, partnerId: string): Promise<LockedPair | null> {
  if (userId === partnerId) return null;
  const coupleId = await lockCoupleOf(db, dialect, userId);
  if (!coupleId) return null;
  // Read after the lock: a leave that committed while this waited is seen here.
  const members = (await repo.openMembers(db, coupleId)).map((m) => m.id);
  if (!members.includes(userId) || !members.includes(partnerId)) return null;
  return { coupleId, members: [userId, partnerId] } as unknown as LockedPair;
}

/**
 * Locks the person's open couple row, if they have one, and returns its id (null: none, or
 * it ended). The one lock order of every path that changes who reads an item: the couple
 * first, then the item. Leaving holds the couple and then writes items, so a path that held
 * an item while waiting for the couple would deadlock with it.
 */
export async function lockCoupleOf(db: Db, dialect: Dialect, userId: string): Promise<string | null> {
  const membership = await repo.findOpenMembership(db, userId);
  if (!membership) return null;
  const couple = await repo.lockCouple(db, membership.coupleId, dialect);
  return couple && !couple.ended ? membership.coupleId : null;
}

/** Leaves: the couple ends for both at once; no approval is asked. Returns who was in it. */
export async function leaveCouple(db: Db, dialect: Dialect, userId: string, now: Date): Promise<string[]> {
  const found = await repo.findOpenMembership(db, userId);
  // The same lock every key-giving path takes (lockPair): they wait for this leave, or it for them.
  const couple = found ? await repo.lockCouple(db, found.coupleId, dialect) : undefined;
  const membership = couple && !couple.ended ? await repo.findOpenMembership(db, userId) : undefined;
  if (!membership) throw new AppError(409, 'not_in_couple', "You're not in a couple space right now.");
  const members = (await repo.openMembers(db, membership.coupleId)).map((m) => m.id);
  await repo.endCouple(db, membership.coupleId, now.toISOString());
  // Access to each other's writing ends in the same transaction: the wrapped keys are gone,
  // and so are keys the server held for later (a reveal together, the prompt of the day) and
  // each one's notifications about the other's writing.
  await dropReadersBetween(db, members, now.toISOString());
  await dropHeldSharesOfCouple(db, membership.coupleId);
  await dropHeldAnswerKeys(db, membership.coupleId);
  await dropNotificationsAboutEachOther(db, members);
  return members;
}

const alreadyInCouple = () => new AppError(409, 'already_in_couple', "You're already in a couple space. Leave it first if you want to join another.");
const coupleFull = () => new AppError(409, 'couple_full', 'This couple space already has two people.');
