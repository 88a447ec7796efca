import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { LockedPair } from '../couples/couples.service.js';
import { clearSharedUntil, putReader } from './items.repo.js';

type Db = Kysely<Database> | Transaction<Database>;

/*
 * The only ways a wrapped key reaches item_readers. A partner's key needs a LockedPair (the
 * couple row locked in this transaction, both still in it), so no share can slip in after a
 * leave's delete; the author's own key needs nothing. A test keeps every other file from
 * calling putReader directly.
 */

/** Stores the author's own wrapped key to their item. */
export async function putOwnKey(db: Db, item: { id: string; authorId: string }, wrappedKey: string, at: string): Promise<void> {
  await putReader(db, item.id, item.authorId, wrappedKey, at);
}

/** Gives a member of a locked couple their key to an item written by the other member. */
export async function grantPartnerKey(db: Db, pair: LockedPair, itemId: string, readerId: string, wrappedKey: string, at: string): Promise<void> {
  // A programming error, never a user's: the pair was locked for other people.
  if (!pair.members.includes(readerId)) throw new Error('grantPartnerKey: reader is not in the locked couple');
  await putReader(db, itemId, readerId, wrappedKey, at);
  // `shared_until` says "reached the partner until the space ended": once a partner reads it
  // again (a new space), it is shared now, and the end of this space will set it anew.
  await clearSharedUntil(db, itemId);
}
