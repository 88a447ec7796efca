import type { Kysely, Transaction } from 'kysely';
import type { ItemView } from '../../../shared/api/items.js';
import { verifyItem } from '../../../shared/crypto/index.js';
import { nativeEd25519Verify } from '../../lib/ed25519.js';
import { ITEM_KINDS, PRIVATE_ONLY_KINDS, type ItemKind } from '../../../shared/kinds.js';
import type { Dialect } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { AppError, notFound } from '../../lib/errors.js';
import { findUserById } from '../accounts/accounts.repo.js';
import { findOpenMembership } from '../couples/couples.repo.js';
import { lockCoupleOf, lockPair } from '../couples/couples.service.js';
import type { NotifyContext } from '../notifications/notifications.service.js';
import { oneRuleOf, rulesOf } from '../registry.js';
import { checkEnvelope, checkWrappedKey } from './envelope.js';
import * as repo from './items.repo.js';
import { isHeldBack, notifyShared, type WriteEffects } from './kinds.js';
import { grantPartnerKey, putOwnKey } from './readers.js';
import { refuseWhileHeld } from '../safety/hold.js';

/*
 * The generic item store. It knows envelopes, signatures, versions, readers and the couple
 * lock; what a kind adds (a reminder, a delivery time, a share that waits for the partner's,
 * a check on what a mark marks) is that practice's rules, run here at fixed points
 * (./kinds.ts, ../registry.ts). No kind is named in this file.
 */

type Db = Kysely<Database> | Transaction<Database>;

const itemMissing = () => notFound("We couldn't find that. It may have been deleted or is no longer shared with you.");

/** Validates a kind's declared plaintext state; returns it as stored text. */
function stateText(kind: ItemKind, state: unknown): string | null {
  const parsed = ITEM_KINDS[kind].state.safeParse(state);
  if (!parsed.success) throw new AppError(400, 'validation_failed', 'The item state is not valid for this kind.', { state: parsed.error.issues[0]?.message ?? 'Invalid.' });
  return JSON.stringify(parsed.data);
}

/**
 * The author's signature must verify with their public key: nobody can store words under
 * another's name. `state` is the stored state text the item will have; envelope 2 signs it.
 */
async function checkSignature(db: Db, authorId: string, fields: { itemId: string; kind: string; version: number; ciphertext: string; state: string | null }, signature: string) {
  const author = await findUserById(db, authorId);
  const signed = { ...fields, state: fields.state === null ? null : (JSON.parse(fields.state) as unknown) };
  if (!author || !verifyItem(author.sign_public_key, signed, signature, nativeEd25519Verify)) {
    throw new AppError(400, 'bad_signature', "The signature doesn't match this content and version.", { signature: 'Does not verify.' });
  }
}

function view(row: repo.VisibleItemRow, viewerId: string, sharedWith: Map<string, string[]>, held: Map<string, string[]>): ItemView {
  return {
    id: row.id,
    kind: row.kind as ItemKind,
    authorId: row.author_id,
    coupleId: row.couple_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ciphertext: row.ciphertext,
    signature: row.signature,
    wrappedKey: row.wrapped_key,
    state: row.state === null ? null : (JSON.parse(row.state) as unknown),
    ...(row.author_id === viewerId ? { sharedWith: sharedWith.get(row.id) ?? [] } : {}),
    ...(row.author_id === viewerId && row.shared_until ? { sharedUntil: row.shared_until } : {}),
    ...(held.has(row.id) ? { heldFor: held.get(row.id) } : {}),
  };
}

/**
 * Who each of the author's own items is held for, asked of the kinds whose rules hold shares
 * (other kinds never query for it).
 */
async function heldForOwn(db: Db, authorId: string, own: { id: string; kind: string }[]): Promise<Map<string, string[]>> {
  const held = new Map<string, string[]>();
  for (const kind of new Set(own.map((r) => r.kind))) {
    const heldFor = oneRuleOf(kind, 'heldFor');
    if (!heldFor) continue;
    for (const [id, readers] of await heldFor(db, authorId, own.filter((r) => r.kind === kind).map((r) => r.id))) held.set(id, readers);
  }
  return held;
}

/** Items the viewer reads at `now` (the readers rule), optionally of one kind. */
export async function listItems(db: Db, viewerId: string, now: Date, kind?: ItemKind): Promise<ItemView[]> {
  const rows = await repo.visibleItems(db, viewerId, kind ? { kind } : {}, now);
  const own = rows.filter((r) => r.author_id === viewerId);
  const shared = await repo.otherReaders(db, viewerId, own.map((r) => r.id));
  const held = await heldForOwn(db, viewerId, own);
  return rows.map((r) => view(r, viewerId, shared, held));
}

/** One item the viewer reads, or 404 (the same 404 whether it exists for someone else or not). */
export async function getItem(db: Db, viewerId: string, id: string, now: Date): Promise<ItemView> {
  const [row] = await repo.visibleItems(db, viewerId, { id }, now);
  if (!row) throw itemMissing();
  const own = row.author_id === viewerId;
  const shared = own ? await repo.otherReaders(db, viewerId, [id]) : new Map<string, string[]>();
  const held = own ? await heldForOwn(db, viewerId, [row]) : new Map<string, string[]>();
  return view(row, viewerId, shared, held);
}

/**
 * One answer for every id that cannot be used (another's item, a deleted one, one's own with
 * other content): it tells nobody whether an item with that id exists.
 */
const idUnavailable = () => new AppError(400, 'validation_failed', 'Some details need another look.', { id: 'Please make a new id and try again.' });

/**
 * Creates a private item: the author is its only reader. The same create again (same author,
 * id and body, after a lost answer) changes nothing and returns `replayed`.
 */
export async function createItem(
  db: Db,
  authorId: string,
  input: { id: string; kind: ItemKind; ciphertext: string; signature: string; wrappedKey: string; state?: unknown },
  now: Date,
  opts: { viaPractice?: boolean } = {},
): Promise<{ replayed: boolean }> {
  const rules = rulesOf(input.kind);
  // Some kinds are made only by their practice's own route (a prompt answer, whose rule decides when the partner may read it).
  const onlyVia = rules.find((r) => r.createOnlyViaPractice)?.createOnlyViaPractice;
  if (onlyVia && !opts.viaPractice) {
    throw new AppError(400, 'validation_failed', onlyVia.message, { kind: onlyVia.hint });
  }
  checkEnvelope(input.ciphertext, ITEM_KINDS[input.kind].maxBytes);
  checkWrappedKey(input.wrappedKey, 'wrappedKey');
  const state = stateText(input.kind, input.state);
  // A retry of a create that committed but whose answer was lost: the same answer again. The
  // rules ran the first time (and may now refuse a second mark for the same day, say).
  const stored = await repo.ownItemAsCreated(db, input.id, authorId);
  if (stored && stored.version === 1 && stored.kind === input.kind && stored.ciphertext === input.ciphertext && stored.signature === input.signature && stored.state === state && stored.wrapped_key === input.wrappedKey) {
    return { replayed: true };
  }
  await checkSignature(db, authorId, { itemId: input.id, kind: input.kind, version: 1, ciphertext: input.ciphertext, state }, input.signature);
  await checkKindRules(db, authorId, input.kind, state, now);
  const membership = await findOpenMembership(db, authorId);
  const t = now.toISOString();
  if (!(await repo.claimItemId(db, input.id))) throw idUnavailable();
  const visibleFrom = oneRuleOf(input.kind, 'visibleFrom')?.(state, now) ?? null;
  try {
    await repo.insertItem(db, { id: input.id, author_id: authorId, couple_id: membership?.coupleId ?? null, kind: input.kind, version: 1, ciphertext: input.ciphertext, signature: input.signature, state, created_at: t, updated_at: t, visible_from: visibleFrom });
  } catch (err) {
    if (isUniqueViolation(err)) throw idUnavailable();
    throw err;
  }
  await putOwnKey(db, { id: input.id, authorId }, input.wrappedKey, t);
  for (const r of rules) await r.afterSave?.(db, { id: input.id, state }, now);
  return { replayed: false };
}

/** What a kind's state must point at (an answer answers the partner, a mark marks one's own commitment, …): its practices' checks. */
async function checkKindRules(db: Db, authorId: string, kind: string, state: string | null, now: Date): Promise<void> {
  for (const r of rulesOf(kind)) await r.checkState?.(db, authorId, state, now);
}

async function ownItem(db: Db, dialect: Dialect, authorId: string, id: string, now: Date) {
  const item = await repo.authoredItemForUpdate(db, id, authorId, dialect);
  if (item) return item;
  // A reader who is not the author learns only that they may not change it; anyone else gets 404.
  if ((await repo.visibleItems(db, authorId, { id }, now)).length > 0) throw new AppError(403, 'forbidden', 'Only the person who wrote this can change it.');
  throw itemMissing();
}

const conflict = (current: number) =>
  new AppError(409, 'version_conflict', 'This was changed somewhere else in the meantime. Both versions are kept — choose which to keep.', { baseVersion: `The current version is ${current}.` });

/** Readers told of a change: none while the item is held back from them (a scheduled note says nothing early). */
const announceable = (item: { visible_from: string | null }, readers: string[], now: Date): string[] => (isHeldBack(item.visible_from, now) ? [] : readers);

/** New content under the same key; a scheduled note can change until it is delivered. */
export async function updateItem(
  db: Db,
  dialect: Dialect,
  ctx: NotifyContext,
  authorId: string,
  id: string,
  input: { baseVersion: number; ciphertext: string; signature: string; state?: unknown },
  now: Date,
): Promise<WriteEffects> {
  const item = await ownItem(db, dialect, authorId, id, now);
  const kind = item.kind as ItemKind;
  const rules = rulesOf(kind);
  checkEnvelope(input.ciphertext, ITEM_KINDS[kind].maxBytes);
  if (item.version !== input.baseVersion) throw conflict(item.version);
  const state = input.state === undefined ? undefined : stateText(kind, input.state);
  // An update without state keeps the stored one, and that is what the new version signs.
  await checkSignature(db, authorId, { itemId: id, kind, version: input.baseVersion + 1, ciphertext: input.ciphertext, state: state ?? item.state }, input.signature);
  const readers = (await repo.readerIds(db, id)).filter((r) => r !== authorId);
  if (readers.length > 0) await refuseWhileHeld(db, authorId);
  for (const r of rules) r.checkUpdate?.(item, readers, now);
  if (state !== undefined) await checkKindRules(db, authorId, kind, state, now);
  const ownTime = oneRuleOf(kind, 'visibleFrom');
  const visibleFrom = ownTime && state !== undefined ? ownTime(state, now) : item.visible_from;
  const key = await repo.authorKey(db, id, authorId);
  await repo.saveVersion(db, { item_id: id, version: item.version, ciphertext: item.ciphertext, signature: item.signature, state: item.state, wrapped_key: key ?? '', created_at: item.updated_at });
  const patch = { ciphertext: input.ciphertext, signature: input.signature, ...(state !== undefined ? { state } : {}), visible_from: visibleFrom, updated_at: now.toISOString() };
  if (!(await repo.updateContent(db, id, input.baseVersion, patch))) throw conflict(item.version);
  for (const r of rules) await r.afterSave?.(db, { id, state: state ?? item.state }, now);
  const tell = oneRuleOf(kind, 'afterUpdate');
  if (tell && readers.length > 0) return tell(db, ctx, { id, visible_from: visibleFrom }, readers, now);
  return { announce: announceable({ visible_from: visibleFrom }, readers, now), notified: [] };
}

/**
 * Adds the author's current partner as a reader and tells them: a notification now, or for
 * a scheduled note at its time (and not a word before).
 */
export async function shareItem(
  db: Db,
  dialect: Dialect,
  ctx: NotifyContext,
  authorId: string,
  id: string,
  input: { readerId: string; wrappedKey: string },
  now: Date,
): Promise<WriteEffects> {
  // The couple is locked before the item (lockCoupleOf), and held until this transaction
  // ends, so a leave cannot pass between the membership check below and the key.
  const pair = await lockPair(db, dialect, authorId, input.readerId);
  const item = await ownItem(db, dialect, authorId, id, now);
  const rules = rulesOf(item.kind);
  if (PRIVATE_ONLY_KINDS.some((k) => k === item.kind)) {
    throw new AppError(409, 'forbidden', 'This stays private to you; it cannot be shared.');
  }
  for (const r of rules) await r.checkShare?.(db, authorId, item);
  checkWrappedKey(input.wrappedKey, 'wrappedKey');
  await refuseWhileHeld(db, authorId);
  if (!pair) {
    throw new AppError(409, 'not_partner', 'You can share only with your partner in Mend.', { readerId: 'Not your current partner.' });
  }
  // A kind that shares in its own way (a note at its time, a preparation together with the partner's).
  const share = oneRuleOf(item.kind, 'share');
  if (share) return share({ db, ctx, pair, authorId, item, input, now });
  await grantPartnerKey(db, pair, id, input.readerId, input.wrappedKey, now.toISOString());
  for (const r of rules) if (await r.quietFor?.(db, item, authorId, input.readerId, now)) return { announce: [input.readerId], notified: [] };
  const notified = await notifyShared(db, ctx, item, input.readerId, now);
  return { announce: [input.readerId], notified: notified ? [input.readerId] : [] };
}

/**
 * Unshare: the content is re-encrypted under a new key (version + 1) and only the named
 * remaining readers (the current partner, at most) get it; every other copy is dropped.
 * Returns who lost access and who still reads it.
 */
export async function unshareItem(
  db: Db,
  dialect: Dialect,
  authorId: string,
  id: string,
  input: { readerId: string; baseVersion: number; ciphertext: string; signature: string; wrappedKey: string; remainingReaders: { readerId: string; wrappedKey: string }[] },
  now: Date,
): Promise<string[]> {
  // The couple before the item, as on every path that changes readers (lockCoupleOf). A
  // remaining reader gets a new key, so then the pair must still be a couple (lockPair).
  const remaining = input.remainingReaders[0];
  const pair = remaining ? await lockPair(db, dialect, authorId, remaining.readerId) : null;
  if (!remaining) await lockCoupleOf(db, dialect, authorId);
  const item = await ownItem(db, dialect, authorId, id, now);
  const kind = item.kind as ItemKind;
  checkEnvelope(input.ciphertext, ITEM_KINDS[kind].maxBytes);
  checkWrappedKey(input.wrappedKey, 'wrappedKey');
  if (item.version !== input.baseVersion) throw conflict(item.version);
  await checkSignature(db, authorId, { itemId: id, kind, version: input.baseVersion + 1, ciphertext: input.ciphertext, state: item.state }, input.signature);
  const before = (await repo.readerIds(db, id)).filter((r) => r !== authorId);
  for (const r of input.remainingReaders) {
    // Only someone who already reads it can remain: unsharing must never grant access past the sharing rules.
    if (r.readerId === input.readerId || !pair || !pair.members.includes(r.readerId) || !before.includes(r.readerId)) {
      throw new AppError(400, 'validation_failed', 'Only your current partner, who already reads it, can remain a reader.', { remainingReaders: 'Not allowed.' });
    }
    checkWrappedKey(r.wrappedKey, 'remainingReaders');
  }
  const t = now.toISOString();
  const oldKey = await repo.authorKey(db, id, authorId);
  await repo.saveVersion(db, { item_id: id, version: item.version, ciphertext: item.ciphertext, signature: item.signature, state: item.state, wrapped_key: oldKey ?? '', created_at: item.updated_at });
  if (!(await repo.updateContent(db, id, input.baseVersion, { ciphertext: input.ciphertext, signature: input.signature, updated_at: t }))) throw conflict(item.version);
  await repo.dropOtherReaders(db, id, authorId);
  for (const r of rulesOf(kind)) await r.afterUnshare?.(db, id);
  await putOwnKey(db, { id, authorId }, input.wrappedKey, t);
  for (const r of input.remainingReaders) if (pair) await grantPartnerKey(db, pair, id, r.readerId, r.wrappedKey, t);
  return announceable(item, before, now);
}

/** Deletes the author's own item everywhere (a scheduled note is cancelled); returns who else saw it. */
export async function deleteOwnItem(db: Db, dialect: Dialect, authorId: string, id: string, now: Date): Promise<string[]> {
  // Deleting drops its readers: the couple is locked before the item, the one lock order.
  await lockCoupleOf(db, dialect, authorId);
  const item = await ownItem(db, dialect, authorId, id, now);
  const readers = (await repo.readerIds(db, id)).filter((r) => r !== authorId);
  await repo.deleteItem(db, id);
  return announceable(item, readers, now);
}

/** Earlier versions, for the author only (404 for anyone else). */
export async function itemVersions(db: Db, authorId: string, id: string, now: Date) {
  const [row] = await repo.visibleItems(db, authorId, { id }, now);
  if (!row || row.author_id !== authorId) throw itemMissing();
  return (await repo.versionsForAuthor(db, id, authorId)).map((v) => ({
    version: v.version,
    createdAt: v.created_at,
    ciphertext: v.ciphertext,
    signature: v.signature,
    state: v.state === null ? null : (JSON.parse(v.state) as unknown),
    wrappedKey: v.wrapped_key,
  }));
}
