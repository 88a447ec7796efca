import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** One person's hold start, if it is on. */
export async function holdSince(db: Db, userId: string): Promise<string | null> {
  return (await db.selectFrom('safety_holds').select('since').where('user_id', '=', userId).executeTakeFirst())?.since ?? null;
}

/** Turns one person's hold on; turning it on again keeps its first start. */
export async function putHold(db: Db, userId: string, since: string): Promise<void> {
  await db
    .insertInto('safety_holds')
    .values({ user_id: userId, since })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
}

/** Lifts one person's hold. */
export async function deleteHold(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('safety_holds').where('user_id', '=', userId).execute();
}
