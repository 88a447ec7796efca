import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** An open membership in a couple that has not ended. */
export interface Membership {
  coupleId: string;
  joinedAt: string;
  coupleCreatedAt: string;
}

/** The person's open membership, if any. */
export async function findOpenMembership(db: Db, userId: string): Promise<Membership | undefined> {
  const row = await db
    .selectFrom('couple_members as m')
    .innerJoin('couples as c', 'c.id', 'm.couple_id')
    .select(['m.couple_id', 'm.joined_at', 'c.created_at'])
    .where('m.user_id', '=', userId)
    .where('m.left_at', 'is', null)
    .where('c.ended_at', 'is', null)
    .executeTakeFirst();
  return row && { coupleId: row.couple_id, joinedAt: row.joined_at, coupleCreatedAt: row.created_at };
}

/** The couple the person was last in, if it has ended: its id and when it ended. */
export async function lastEndedCouple(db: Db, userId: string): Promise<{ id: string; endedAt: string } | undefined> {
  const row = await db
    .selectFrom('couple_members as m')
    .innerJoin('couples as c', 'c.id', 'm.couple_id')
    .select(['c.id', 'c.ended_at'])
    .where('m.user_id', '=', userId)
    .where('c.ended_at', 'is not', null)
    .orderBy('c.ended_at', 'desc')
    .executeTakeFirst();
  return row?.ended_at ? { id: row.id, endedAt: row.ended_at } : undefined;
}

/**
 * Before an account goes: each couple space it started passes to the other person who was in
 * it, so that person keeps the record of their (now ended) space instead of it vanishing with
 * the account. A space nobody else joined goes with the account.
 */
export async function handOverCouples(db: Db, userId: string): Promise<void> {
  const other = (eb: ExpressionBuilder<Database, 'couples'>) =>
    eb.selectFrom('couple_members as m').select('m.user_id').whereRef('m.couple_id', '=', 'couples.id').where('m.user_id', '!=', userId);
  await db
    .updateTable('couples')
    .set((eb) => ({ created_by: other(eb).limit(1) }))
    .where('created_by', '=', userId)
    .where((eb) => eb.exists(other(eb)))
    .execute();
}

/** Locks the couple row for the rest of the transaction (PostgreSQL; SQLite writes are serial). */
export async function lockCouple(db: Db, coupleId: string, dialect: 'sqlite' | 'postgres'): Promise<{ ended: boolean } | undefined> {
  let q = db.selectFrom('couples').select(['id', 'ended_at']).where('id', '=', coupleId);
  if (dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && { ended: row.ended_at !== null };
}

/** Creates a couple with its first member. */
export async function insertCouple(db: Db, input: { id: string; userId: string; now: string }): Promise<void> {
  await db.insertInto('couples').values({ id: input.id, created_by: input.userId, created_at: input.now, ended_at: null }).execute();
  await addMember(db, input.id, input.userId, input.now);
}

/** Adds a member (the partial unique index refuses a second open membership). */
export async function addMember(db: Db, coupleId: string, userId: string, now: string): Promise<void> {
  await db.insertInto('couple_members').values({ couple_id: coupleId, user_id: userId, joined_at: now, left_at: null }).execute();
}

/** The open members of a couple with the public facts a partner may see. */
export async function openMembers(db: Db, coupleId: string) {
  return db
    .selectFrom('couple_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name', 'u.enc_public_key', 'u.sign_public_key', 'm.joined_at'])
    .where('m.couple_id', '=', coupleId)
    .where('m.left_at', 'is', null)
    .orderBy('m.joined_at')
    .execute();
}

/** Invites that can still be used. */
export async function openInvites(db: Db, coupleId: string, now: string) {
  return db
    .selectFrom('invites')
    .select(['id', 'created_at', 'expires_at'])
    .where('couple_id', '=', coupleId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at')
    .execute();
}

/** Stores an invite (token hashed). */
export async function insertInvite(db: Db, row: Database['invites']): Promise<void> {
  await db.insertInto('invites').values(row).execute();
}

/** The invite for a token hash, with its inviter's name. */
export async function findInviteByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('invites as i')
    .innerJoin('users as u', 'u.id', 'i.created_by')
    .innerJoin('couples as c', 'c.id', 'i.couple_id')
    .select(['i.id', 'i.couple_id', 'i.created_by', 'i.expires_at', 'i.used_at', 'i.revoked_at', 'u.display_name as inviter_name', 'c.ended_at as couple_ended_at'])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks an invite used if it still is unused; false when someone else used it first. */
export async function markInviteUsed(db: Db, inviteId: string, userId: string, now: string): Promise<boolean> {
  const res = await db
    .updateTable('invites')
    .set({ used_at: now, used_by: userId })
    .where('id', '=', inviteId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Revokes one open invite of the couple; false when there is none with that id. */
export async function revokeInvite(db: Db, coupleId: string, inviteId: string, now: string): Promise<boolean> {
  const res = await db
    .updateTable('invites')
    .set({ revoked_at: now })
    .where('id', '=', inviteId)
    .where('couple_id', '=', coupleId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Revokes every open invite of a couple. */
export async function revokeAllInvites(db: Db, coupleId: string, now: string): Promise<void> {
  await db.updateTable('invites').set({ revoked_at: now }).where('couple_id', '=', coupleId).where('used_at', 'is', null).where('revoked_at', 'is', null).execute();
}

/** Ends a couple for everyone in it at once. */
export async function endCouple(db: Db, coupleId: string, now: string): Promise<void> {
  await db.updateTable('couples').set({ ended_at: now }).where('id', '=', coupleId).where('ended_at', 'is', null).execute();
  await db.updateTable('couple_members').set({ left_at: now }).where('couple_id', '=', coupleId).where('left_at', 'is', null).execute();
  await revokeAllInvites(db, coupleId, now);
}

/** Removes invites past expiry or long settled (retention). */
export async function purgeOldInvites(db: Db, before: string): Promise<void> {
  await db.deleteFrom('invites').where('expires_at', '<=', before).execute();
}
