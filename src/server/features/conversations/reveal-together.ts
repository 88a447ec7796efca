import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../lib/errors.js';
import type { LockedPair } from '../couples/couples.service.js';
import { dropHeldShare, heldReaders, heldShares, holdShare, visibleItems } from '../items/items.repo.js';
import { readState } from '../items/kinds.js';
import { grantPartnerKey } from '../items/readers.js';

type Db = Kysely<Database> | Transaction<Database>;

/*
 * Shares that wait for the partner's (a prepared conversation): the partner's key is held
 * here until the partner shares theirs for the same thing, then both are released in one
 * transaction. The couple row is locked first (the caller's LockedPair), so two shares at the same moment are
 * serialised and the later always sees the earlier: never stuck on "waiting".
 */

/** The conversation a preparation belongs to: both partners' preparations for it are revealed together. */
const revealKeyOf = (state: string | null): string => readState('conversation_prep', state)?.conversationId ?? '';

/** A preparation belongs to a conversation its author can read. */
export async function checkRevealParent(db: Db, authorId: string, state: string | null, now: Date): Promise<void> {
  const [parent] = await visibleItems(db, authorId, { id: revealKeyOf(state) }, now);
  if (!parent || parent.kind !== 'conversation') {
    throw new AppError(400, 'validation_failed', 'Prepare for a conversation you both can see.', { state: 'Unknown conversation.' });
  }
}

/**
 * Holds the partner's key, or releases both when the partner has shared theirs (held, or
 * released before). Returns the people whose view changed (empty while it waits).
 */
export async function holdOrReveal(
  db: Db,
  pair: LockedPair,
  authorId: string,
  item: { id: string; kind: string; state: string | null },
  input: { readerId: string; wrappedKey: string },
  now: Date,
): Promise<{ released: boolean; theirs: string[] }> {
  const membership = { coupleId: pair.coupleId };
  const key = revealKeyOf(item.state);
  const t = now.toISOString();
  await holdShare(db, { item_id: item.id, couple_id: membership.coupleId, reveal_key: key, author_id: authorId, reader_id: input.readerId, wrapped_key: input.wrappedKey, held_at: t });
  const theirsHeld = await heldShares(db, membership.coupleId, key, input.readerId, authorId);
  const theirsReleased = (await visibleItems(db, authorId, { kind: item.kind }, now)).some((r) => r.author_id === input.readerId && revealKeyOf(r.state) === key);
  if (theirsHeld.length === 0 && !theirsReleased) return { released: false, theirs: [] };

  for (const h of [...theirsHeld, { item_id: item.id, reader_id: input.readerId, wrapped_key: input.wrappedKey }]) {
    await grantPartnerKey(db, pair, h.item_id, h.reader_id, h.wrapped_key, t);
    await dropHeldShare(db, h.item_id);
  }
  return { released: true, theirs: theirsHeld.map((h) => h.item_id) };
}

/** Who each of the author's items is held for (shown to the author only). */
export async function heldFor(db: Db, authorId: string, itemIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const r of await heldReaders(db, authorId, itemIds)) out.set(r.item_id, [...(out.get(r.item_id) ?? []), r.reader_id]);
  return out;
}

/** Drops a held share (unshare before the partner shared theirs). */
export async function dropHeld(db: Db, itemId: string): Promise<void> {
  await dropHeldShare(db, itemId);
}
