import type { Kysely, Transaction } from 'kysely';
import type { KdfParams, KeyParamsResponse, SignupRequest, UserView } from '../../../shared/api/auth.js';
import { kdfParamsSchema } from '../../../shared/api/auth.js';
import type { MeResponse } from '../../../shared/api/me.js';
import { PROD_KDF } from '../../../shared/crypto/index.js';
import type { Dialect } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import { hashSecret } from '../../lib/argon.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { AppError } from '../../lib/errors.js';
import { hmac, newId } from '../../lib/tokens.js';
import type { SessionRecord } from '../sessions/sessions.repo.js';
import { coupleViewFor, endedCoupleFor, leaveCouple } from '../couples/couples.service.js';
import { findOpenMembership, handOverCouples } from '../couples/couples.repo.js';
import { deleteSessionsExcept } from '../sessions/sessions.repo.js';
import { deleteUser, findUserByEmail, findUserById, insertUser, type UserRow } from './accounts.repo.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Decodes a base64url field the schema already checked. */
export const bytesOf = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, 'base64url'));

/**
 * Key-derivation parameters for an email. An unknown email gets parameters derived from the
 * server secret: stable across calls and indistinguishable from a real account's.
 */
export async function keyParamsFor(db: Db, secret: string, email: string): Promise<KeyParamsResponse> {
  const user = await findUserByEmail(db, email);
  if (user) return { salt: user.kdf_salt, kdf: kdfParamsSchema.parse(JSON.parse(user.kdf_params)) };
  return { salt: hmac(secret, `key-params\0${email}`).subarray(0, 16).toString('base64url'), kdf: PROD_KDF };
}

/**
 * Creates an account. A taken email changes nothing and answers the same way, after the
 * same hashing work, so sign-up does not reveal who has an account.
 */
export async function signup(db: Kysely<Database>, input: SignupRequest, now: Date): Promise<void> {
  const [authHash, recoveryHash] = await Promise.all([hashSecret(bytesOf(input.authKey)), hashSecret(bytesOf(input.keys.recoveryAuth))]);
  const t = now.toISOString();
  const row: UserRow = {
    id: newId(),
    email: input.email,
    display_name: input.displayName,
    time_zone: input.timeZone,
    kdf_salt: input.salt,
    kdf_params: JSON.stringify(input.kdf satisfies KdfParams),
    auth_hash: authHash,
    recovery_auth_hash: recoveryHash,
    master_key_wrapped: input.keys.masterKeyWrapped,
    recovery_wrapped: input.keys.recoveryWrapped,
    enc_public_key: input.keys.encPublicKey,
    sign_public_key: input.keys.signPublicKey,
    enc_private_wrapped: input.keys.encPrivateWrapped,
    sign_private_wrapped: input.keys.signPrivateWrapped,
    created_at: t,
    updated_at: t,
  };
  try {
    await insertUser(db, row);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
}

/** The person as they see themselves. */
export const userView = (u: UserRow): UserView => ({
  id: u.id,
  email: u.email,
  displayName: u.display_name,
  timeZone: u.time_zone,
  createdAt: u.created_at,
});

/** Everything the signed-in client needs: profile, wrapped keys, couple and session times. */
export async function meFor(db: Db, userId: string, session: SessionRecord, now: Date): Promise<MeResponse> {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError(401, 'unauthorized', 'Please sign in again.');
  return {
    user: userView(user),
    keys: {
      masterKeyWrapped: user.master_key_wrapped,
      encPublicKey: user.enc_public_key,
      signPublicKey: user.sign_public_key,
      encPrivateWrapped: user.enc_private_wrapped,
      signPrivateWrapped: user.sign_private_wrapped,
    },
    couple: await coupleViewFor(db, userId, now),
    endedCouple: await endedCoupleFor(db, userId),
    session: { id: session.id, idleExpiresAt: session.idleExpiresAt, absoluteExpiresAt: session.absoluteExpiresAt },
  };
}

/**
 * Deletes a person and everything that is theirs, in the caller's transaction. A couple space
 * they are in ends first, exactly as when leaving (the partner loses every key to their
 * writing at once); then the account row goes and the schema cascades to their items and
 * versions, wrapped keys, drafts, sessions, devices, notifications and settings, answers,
 * invites and calendar link. What the partner wrote stays the partner's, and so does the
 * record of the space they shared (its start and end, so the app can say when it ended). Returns who must be
 * told: the former partner, and the person's other sessions (this one ends with the reply).
 */
export async function deleteAccount(
  db: Db,
  dialect: Dialect,
  userId: string,
  currentSessionId: string,
  now: Date,
): Promise<{ formerPartners: string[]; otherSessions: string[] }> {
  const formerPartners = (await findOpenMembership(db, userId)) ? (await leaveCouple(db, dialect, userId, now)).filter((id) => id !== userId) : [];
  const otherSessions = await deleteSessionsExcept(db, userId, currentSessionId);
  await handOverCouples(db, userId);
  await deleteUser(db, userId);
  return { formerPartners, otherSessions };
}
