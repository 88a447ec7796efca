import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The person's link, if any. */
export async function feedOf(db: Db, userId: string) {
  return db.selectFrom('calendar_feeds').select(['created_at']).where('user_id', '=', userId).executeTakeFirst();
}

/** Who a link belongs to, by the hash of its token. */
export async function feedOwner(db: Db, tokenHash: string): Promise<string | undefined> {
  return (await db.selectFrom('calendar_feeds').select('user_id').where('token_hash', '=', tokenHash).executeTakeFirst())?.user_id;
}

/** Makes (or replaces) the person's link. */
export async function putFeed(db: Db, userId: string, tokenHash: string, at: string): Promise<void> {
  await db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token_hash: tokenHash, created_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: at }))
    .execute();
}

/** Stops the person's link. */
export async function deleteFeed(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
}
