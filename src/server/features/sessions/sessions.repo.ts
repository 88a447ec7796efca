import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { hashToken, newId, newToken } from '../../lib/tokens.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A session as the rest of the server sees it. */
export interface SessionRecord {
  id: string;
  userId: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

const toRecord = (r: Database['sessions']): SessionRecord => ({
  id: r.id,
  userId: r.user_id,
  device: r.device,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  idleExpiresAt: r.idle_expires_at,
  absoluteExpiresAt: r.absolute_expires_at,
});

/** Opens a session; returns the token once (only its hash is stored). */
export async function createSession(
  db: Db,
  input: { userId: string; device: string; now: Date; idleMs: number; absoluteMs: number },
): Promise<{ token: string; session: SessionRecord }> {
  const token = newToken();
  const row: Database['sessions'] = {
    id: newId(),
    user_id: input.userId,
    token_hash: hashToken(token),
    device: input.device,
    created_at: input.now.toISOString(),
    last_seen_at: input.now.toISOString(),
    idle_expires_at: new Date(input.now.getTime() + input.idleMs).toISOString(),
    absolute_expires_at: new Date(input.now.getTime() + input.absoluteMs).toISOString(),
  };
  await db.insertInto('sessions').values(row).execute();
  return { token, session: toRecord(row) };
}

/** The live session for a token, or null when unknown or expired. */
export async function findLiveSession(db: Db, token: string, now: Date): Promise<SessionRecord | null> {
  const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row) return null;
  const t = now.toISOString();
  if (row.idle_expires_at <= t || row.absolute_expires_at <= t) {
    await db.deleteFrom('sessions').where('id', '=', row.id).execute();
    return null;
  }
  return toRecord(row);
}

/** Marks activity: slides the idle expiry, never past the absolute one. */
export async function touchSession(db: Db, session: SessionRecord, now: Date, idleMs: number): Promise<SessionRecord> {
  const idle = new Date(Math.min(now.getTime() + idleMs, Date.parse(session.absoluteExpiresAt))).toISOString();
  await db.updateTable('sessions').set({ last_seen_at: now.toISOString(), idle_expires_at: idle }).where('id', '=', session.id).execute();
  return { ...session, lastSeenAt: now.toISOString(), idleExpiresAt: idle };
}

/** A person's own sessions, newest activity first. */
export async function listSessions(db: Db, userId: string): Promise<SessionRecord[]> {
  const rows = await db.selectFrom('sessions').selectAll().where('user_id', '=', userId).orderBy('last_seen_at', 'desc').execute();
  return rows.map(toRecord);
}

/** Ends one of the person's own sessions; false when it is not theirs or gone. */
export async function deleteOwnSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const res = await db.deleteFrom('sessions').where('id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** Ends every session of the person except `keepId` (null ends all); returns their ids. */
export async function deleteSessionsExcept(db: Db, userId: string, keepId: string | null): Promise<string[]> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) q = q.where('id', '!=', keepId);
  const rows = await q.returning('id').execute();
  return rows.map((r) => r.id);
}

/** Removes sessions past either expiry (retention). */
export async function purgeExpiredSessions(db: Db, now: Date): Promise<number> {
  const t = now.toISOString();
  const res = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('idle_expires_at', '<=', t), eb('absolute_expires_at', '<=', t)]))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
