import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, UsersTable } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A user row; it never leaves the server's service layer as is. */
export type UserRow = Selectable<UsersTable>;

/** The account for a normalised email, if any. */
export const findUserByEmail = (db: Db, email: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();

/** The account for an id, if any. */
export const findUserById = (db: Db, id: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

/** Inserts a new account (the caller handles a taken email). */
export async function insertUser(db: Db, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

/** Deletes the account row; the schema cascades to everything that belongs to it. */
export async function deleteUser(db: Db, id: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', id).execute();
}

/** Replaces what a password change or recovery changes: the KDF inputs, auth hash and master-key wrap. */
export async function updateUserAuth(
  db: Db,
  userId: string,
  auth: Pick<UserRow, 'kdf_salt' | 'kdf_params' | 'auth_hash' | 'master_key_wrapped' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('users').set(auth).where('id', '=', userId).execute();
}

/**
 * Replaces the recovery key's wrapped master key and proof, and voids every recovery step
 * begun with the old key, so it stops working at once.
 */
export async function replaceRecoveryKey(db: Db, userId: string, keys: Pick<UserRow, 'recovery_wrapped' | 'recovery_auth_hash' | 'updated_at'>): Promise<void> {
  await db.updateTable('users').set(keys).where('id', '=', userId).execute();
  await db.deleteFrom('recovery_tokens').where('user_id', '=', userId).execute();
}

/** Changes profile fields. */
export async function updateUserProfile(
  db: Db,
  userId: string,
  patch: Partial<Pick<UserRow, 'display_name' | 'time_zone'>> & { updated_at: string },
): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', userId).execute();
}

/** True when this device has signed in to this account before. */
export async function isKnownDevice(db: Db, userId: string, deviceHash: string): Promise<boolean> {
  const row = await db.selectFrom('known_devices').select('user_id').where('user_id', '=', userId).where('device_hash', '=', deviceHash).executeTakeFirst();
  return row !== undefined;
}

/** Whether the account ever signed in anywhere (its first sign-in is not news to anyone). */
export async function hasKnownDevices(db: Db, userId: string): Promise<boolean> {
  return (await db.selectFrom('known_devices').select('user_id').where('user_id', '=', userId).executeTakeFirst()) !== undefined;
}

/** Remembers a device after a successful sign-in. */
export async function rememberDevice(db: Db, userId: string, deviceHash: string, at: string): Promise<void> {
  await db
    .insertInto('known_devices')
    .values({ user_id: userId, device_hash: deviceHash, last_success_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'device_hash']).doUpdateSet({ last_success_at: at }))
    .execute();
}

/** Stores a recovery token's hash. */
export async function insertRecoveryToken(db: Db, row: Database['recovery_tokens']): Promise<void> {
  await db.insertInto('recovery_tokens').values(row).execute();
}

/** Marks a live recovery token used and returns its user; null when unknown, used or expired. */
export async function consumeRecoveryToken(db: Db, tokenHash: string, now: string): Promise<string | null> {
  const row = await db
    .updateTable('recovery_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** Removes expired or used recovery tokens (retention). */
export async function purgeRecoveryTokens(db: Db, now: string): Promise<void> {
  await db.deleteFrom('recovery_tokens').where((eb) => eb.or([eb('expires_at', '<=', now), eb('used_at', 'is not', null)])).execute();
}
