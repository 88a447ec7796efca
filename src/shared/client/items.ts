import { sha256 } from '@noble/hashes/sha2.js';
import type { PartnerView } from '../api/couples.js';
import {
  draftListResponseSchema,
  draftResponseSchema,
  itemListResponseSchema,
  itemResponseSchema,
  itemVersionsResponseSchema,
  type ItemView,
} from '../api/items.js';
import {
  CryptoError,
  decryptItem,
  DRAFT_NAME_PREFIX,
  draftName,
  draftsKey,
  encryptItem,
  fromUtf8,
  itemEnvelopeVersion,
  LEGACY_ITEM_ENVELOPE_VERSION,
  newItemKey,
  openSealedKey,
  sealKey,
  signItem,
  b64urlDecode,
  toHex,
  unwrapKey,
  utf8,
  verifyItem,
  wipe,
  wrapKey,
  WRAP_PURPOSE,
} from '../crypto/index.js';
import { ITEM_KINDS, KIND_SCHEMAS, parseContent, type ItemContent, type ItemContentInput, type ItemKind, type ItemState, type ItemStateInput } from '../kinds.js';
import type { MendClient } from './client.js';
import { isApiError } from './errors.js';
import { assertPartnerKeysTrusted, memoryPinStore, type PinStore } from './pins.js';
import { memorySeenVersions, type SeenVersions } from './seen-versions.js';

/**
 * An item of kind K after decryption, signature check and parsing by the kind's schemas
 * (src/shared/kinds.ts). `content` is null when it could not be verified or opened, or does
 * not read as the kind's content: all three are shown the same way.
 */
export interface OpenItem<K extends ItemKind = ItemKind> {
  id: string;
  kind: K;
  authorId: string;
  coupleId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The plaintext state as the kind's schema reads it; null when there is none (or it does not read). */
  state: ItemState<K> | null;
  /** Who else reads it (author only). */
  sharedWith?: string[];
  /** Shared but held until the partner shares theirs too (author only). */
  heldFor?: string[];
  /** Had reached the partner until their couple space ended then (author only). */
  sharedUntil?: string;
  /** True when the author's signature verified; unverified content is never shown as theirs. */
  verified: boolean;
  /**
   * Written before Mend signed an item's state (envelope 1): the words are the author's, but
   * its plain details (a section, a schedule, what it answers) could have been changed.
   */
  olderFormat: boolean;
  /**
   * This device has verified a newer version of this item before: the server sent an older
   * one. The content is what the author once wrote, but not their latest (issue 14, item 4).
   */
  rolledBack: boolean;
  content: ItemContent<K> | null;
  mine: boolean;
}

/** An earlier version as its author reads it (content parsed by the kind's schema, null when it does not open or read). */
export interface OpenVersion<K extends ItemKind = ItemKind> {
  version: number;
  createdAt: string;
  content: ItemContent<K> | null;
}

/** True when an item is of the given kind: its content and state were read by that kind's schemas. */
export function isKind<K extends ItemKind>(item: OpenItem, kind: K): item is OpenItem<K> {
  return item.kind === kind;
}

/** Decrypted JSON read by a kind's content schema; null when it is not that kind's content. */
function readContent<K extends ItemKind>(kind: K, json: string): ItemContent<K> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    if (e instanceof SyntaxError) return null;
    throw e;
  }
  return parseContent(kind, raw);
}

/** Plaintext state read by a kind's state schema; null when there is none or it does not read. */
function readState<K extends ItemKind>(kind: K, state: unknown): ItemState<K> | null {
  if (state === null || state === undefined) return null;
  const parsed = KIND_SCHEMAS[kind].state.safeParse(state);
  return parsed.success ? parsed.data : null;
}

/** Options of ItemsClient. */
export interface ItemsClientOptions {
  /** The highest version of each item this device has verified (rollback detection); in memory if absent. */
  seen?: SeenVersions;
  /** Told of each item found older than this device saw, so one place in the app can say so. */
  onRolledBack?: (item: { id: string; kind: ItemKind }) => void;
  /** The partner key pins every seal is checked against; in memory (first use) if absent. */
  pins?: PinStore;
  /** The clock a draft's version starts from (milliseconds); the system clock if absent. */
  now?: () => number;
}

/** One of the person's drafts as the server listed it, still sealed, under its plain key. */
export interface ListedDraft {
  key: string;
  ciphertext: string;
  updatedAt: string;
  /** The version sealed inside (0: a draft saved before drafts carried one). */
  version: number;
  /** This device wrote or saw a later version of this draft: the server sent an older one. */
  rolledBack: boolean;
}

/** A draft opened: its body and the version sealed with it (0 for the older formats). */
export interface OpenDraft<T = unknown> {
  body: T;
  version: number;
}

const sealInfo = (itemId: string) => `item:${itemId}`;
const encodeContent = (content: unknown): string => JSON.stringify(content);

/** Which create a retry repeats: a hash of the kind, content and state, so no plaintext is held for it. */
function createFingerprint(kind: ItemKind, content: unknown, state: unknown): string {
  return toHex(sha256(utf8(JSON.stringify([kind, content, state ?? null]))));
}

/**
 * The state exactly as the server will store it (its schema's output; null when none), so
 * the signature the author makes is the one every reader checks.
 */
function storedState(kind: ItemKind, state: unknown): unknown {
  const parsed = ITEM_KINDS[kind].state.safeParse(state);
  if (parsed.success) return parsed.data;
  // The server will refuse it anyway; sign what was given so its answer explains why.
  return state ?? null;
}

/**
 * The item store, client side: every piece of content is encrypted, signed and wrapped
 * here; the server sees ciphertext, signatures and wrapped keys only (ENCRYPTION.md, Items).
 */
export class ItemsClient {
  /** Create bodies sent without an answer, by a fingerprint of what they hold (never the words themselves). */
  private readonly unanswered = new Map<string, Awaited<ReturnType<ItemsClient['prepareCreate']>>['body']>();

  constructor(
    private readonly client: MendClient,
    /** The partner's public keys, to verify what they wrote and to seal keys to them. */
    private readonly partner: () => PartnerView | null,
    private readonly opts: ItemsClientOptions = {},
  ) {
    this.seen = opts.seen ?? memorySeenVersions();
    this.pins = opts.pins ?? memoryPinStore();
  }

  private readonly seen: SeenVersions;
  private readonly pins: PinStore;

  /**
   * The only place an item key is sealed to the partner (a source test keeps it so): every
   * share, the prompt answer's held key and any future path come through here, and nothing is
   * sealed to keys that differ from the pin (`partner_key_changed`).
   */
  private async sealToPartner(partner: PartnerView, key: Uint8Array, itemId: string): Promise<string> {
    await assertPartnerKeysTrusted(this.pins, partner);
    return sealKey(b64urlDecode(partner.encPublicKey), key, sealInfo(itemId));
  }

  private signPublicKeyOf(authorId: string): string | null {
    const p = this.partner();
    return p && p.id === authorId ? p.signPublicKey : null;
  }

  private async itemKey(item: ItemView, wrappedKey = item.wrappedKey): Promise<Uint8Array> {
    const keys = this.client.keys;
    if (item.authorId === keys.userId) return unwrapKey(keys.masterKey, wrappedKey, WRAP_PURPOSE.item);
    return openSealedKey(keys.encKeyPair.privateKey, wrappedKey, sealInfo(item.id));
  }

  /**
   * The state each opened item was signed with, exactly as the server sent it: a new version
   * that keeps the state signs this, never the parsed copy.
   */
  private readonly signedStates = new WeakMap<object, unknown>();

  /** Decrypts and verifies one item as the signed-in person, reading it by its own kind's schemas. */
  async open(item: ItemView): Promise<OpenItem> {
    return this.openAs(item, item.kind);
  }

  /** Decrypts, verifies and reads one item as kind K (the caller has checked that it is one). */
  private async openAs<K extends ItemKind>(item: ItemView, kind: K): Promise<OpenItem<K>> {
    const keys = this.client.keys;
    const mine = item.authorId === keys.userId;
    const signer = mine ? keys.signKeyPair.publicKey : this.signPublicKeyOf(item.authorId);
    const fields = { itemId: item.id, kind: item.kind, version: item.version, ciphertext: item.ciphertext, state: item.state };
    const verified = signer !== null && verifyItem(signer, fields, item.signature);
    let content: ItemContent<K> | null = null;
    if (verified) {
      try {
        const key = await this.itemKey(item);
        try {
          content = readContent(kind, fromUtf8(decryptItem(key, this.ad(item, item.version, item.state), item.ciphertext)));
        } finally {
          wipe(key);
        }
      } catch (e) {
        if (!(e instanceof CryptoError)) throw e;
        content = null;
      }
    }
    const ok = verified && content !== null;
    // Only a verified version moves the mark: an unverifiable answer proves nothing, and a
    // lower one never lowers it.
    const highest = this.seen.get(item.id);
    const rolledBack = ok && highest !== null && item.version < highest;
    if (ok && (highest === null || item.version > highest)) this.seen.set(item.id, item.version);
    if (rolledBack) this.opts.onRolledBack?.({ id: item.id, kind: item.kind });
    const opened: OpenItem<K> = {
      id: item.id,
      kind,
      authorId: item.authorId,
      coupleId: item.coupleId,
      version: item.version,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      state: readState(kind, item.state),
      ...(item.sharedWith ? { sharedWith: item.sharedWith } : {}),
      ...(item.heldFor ? { heldFor: item.heldFor } : {}),
      ...(item.sharedUntil ? { sharedUntil: item.sharedUntil } : {}),
      verified: ok,
      olderFormat: itemEnvelopeVersion(item.ciphertext) === LEGACY_ITEM_ENVELOPE_VERSION,
      rolledBack,
      content,
      mine,
    };
    this.signedStates.set(opened, item.state);
    return opened;
  }

  /** The state an opened item was signed with (its parsed copy for one made elsewhere). */
  private signedState(item: OpenItem): unknown {
    return this.signedStates.has(item) ? this.signedStates.get(item) : item.state;
  }

  private ad(item: { id: string; kind: string; coupleId: string | null; authorId: string }, version: number, state: unknown) {
    return { itemId: item.id, kind: item.kind, version, coupleId: item.coupleId, authorId: item.authorId, state };
  }

  /** Items of a kind that the signed-in person reads, decrypted and read by that kind's schemas. */
  async list<K extends ItemKind>(kind: K): Promise<OpenItem<K>[]> {
    const { items } = await this.client.call('GET', `/api/items?kind=${encodeURIComponent(kind)}`, undefined, itemListResponseSchema);
    // Each item's kind is signed; one of another kind in this list is not what was asked for.
    return Promise.all(items.filter((i) => i.kind === kind).map((i) => this.openAs(i, kind)));
  }

  /** One item, decrypted and read by its own kind's schemas (isKind narrows it). */
  async get(id: string): Promise<OpenItem> {
    const { item } = await this.client.call('GET', `/api/items/${id}`, undefined, itemResponseSchema);
    return this.open(item);
  }

  /** A fresh copy of an item already read as kind K (its id and kind are fixed for its life). */
  async reread<K extends ItemKind>(item: Pick<OpenItem<K>, 'id' | 'kind'>): Promise<OpenItem<K>> {
    const { item: raw } = await this.client.call('GET', `/api/items/${item.id}`, undefined, itemResponseSchema);
    if (raw.kind !== item.kind) throw new CryptoError('decrypt_failed');
    return this.openAs(raw, item.kind);
  }

  /**
   * Encrypts, signs and wraps new content without sending it: the body of POST /api/items,
   * and, when a partner is given, the item key sealed to them (for rules like the prompt
   * reveal, where the server holds that key back until its rule is met).
   */
  async prepareCreate<K extends ItemKind>(kind: K, content: ItemContentInput<K>, state?: ItemStateInput<K>, sealFor?: PartnerView) {
    const keys = this.client.keys;
    const id = crypto.randomUUID();
    const coupleId = (await this.client.currentCouple())?.id ?? null;
    const key = newItemKey();
    const signedState = storedState(kind, state);
    try {
      const ciphertext = encryptItem(key, { itemId: id, kind, version: 1, coupleId, authorId: keys.userId, state: signedState }, encodeContent(content));
      const signature = signItem(keys.signKeyPair.privateKey, { itemId: id, kind, version: 1, ciphertext, state: signedState });
      const body = { id, kind, ciphertext, signature, wrappedKey: wrapKey(keys.masterKey, key, WRAP_PURPOSE.item), ...(state !== undefined ? { state } : {}) };
      const partnerWrappedKey = sealFor ? await this.sealToPartner(sealFor, key, id) : null;
      return { body, partnerWrappedKey };
    } finally {
      wipe(key);
    }
  }

  /**
   * Creates a private item (only the author can read it until they share it). When no answer
   * came (the network dropped, perhaps after the server stored it), creating the same content
   * again resends the very same body: the server answers a repeat as the first time, so a
   * retry never makes a second item.
   */
  async create<K extends ItemKind>(kind: K, content: ItemContentInput<K>, state?: ItemStateInput<K>): Promise<OpenItem<K>> {
    const same = createFingerprint(kind, content, state);
    const body = this.unanswered.get(same) ?? (await this.prepareCreate(kind, content, state)).body;
    try {
      const { item } = await this.client.call('POST', '/api/items', body, itemResponseSchema);
      this.unanswered.delete(same);
      return this.openAs(item, kind);
    } catch (e) {
      if (isApiError(e, 'network')) this.unanswered.set(same, body);
      else this.unanswered.delete(same);
      throw e;
    }
  }

  /** New content for one's own item; a stale version fails with code 'version_conflict'. */
  async update<K extends ItemKind>(item: OpenItem<K>, content: ItemContentInput<K>, state?: ItemStateInput<K>): Promise<OpenItem<K>> {
    const current = await this.client.call('GET', `/api/items/${item.id}`, undefined, itemResponseSchema);
    const key = await this.itemKey(current.item);
    try {
      const version = item.version + 1;
      // Without new state the server keeps the stored one: that is what this version signs.
      const signedState = state !== undefined ? storedState(item.kind, state) : current.item.state;
      const ciphertext = encryptItem(key, this.ad(item, version, signedState), encodeContent(content));
      const signature = signItem(this.client.keys.signKeyPair.privateKey, { itemId: item.id, kind: item.kind, version, ciphertext, state: signedState });
      const { item: updated } = await this.client.call(
        'PUT',
        `/api/items/${item.id}`,
        { baseVersion: item.version, ciphertext, signature, ...(state !== undefined ? { state } : {}) },
        itemResponseSchema,
      );
      return this.openAs(updated, item.kind);
    } finally {
      wipe(key);
    }
  }

  /** Shares one's own item with the partner: their copy of the key is sealed to their public key. */
  async share<K extends ItemKind>(item: OpenItem<K>, partner: PartnerView): Promise<OpenItem<K>> {
    const { item: raw } = await this.client.call('GET', `/api/items/${item.id}`, undefined, itemResponseSchema);
    const key = await this.itemKey(raw);
    try {
      const wrappedKey = await this.sealToPartner(partner, key, item.id);
      const { item: shared } = await this.client.call('POST', `/api/items/${item.id}/share`, { readerId: partner.id, wrappedKey }, itemResponseSchema);
      return this.openAs(shared, item.kind);
    } finally {
      wipe(key);
    }
  }

  /**
   * Stops sharing: the content is re-encrypted under a new key, so the old key (which the
   * partner may have kept) opens nothing new. What was already read cannot be unread.
   */
  async unshare<K extends ItemKind>(item: OpenItem<K>, readerId: string): Promise<OpenItem<K>> {
    try {
      return await this.unshareAt(item, readerId);
    } catch (e) {
      // Stopping sharing never changes the words, so a newer version elsewhere is no reason
      // to fail: re-encrypt the latest one instead.
      if (!isApiError(e, 'version_conflict')) throw e;
      return this.unshareAt(await this.reread(item), readerId);
    }
  }

  private async unshareAt<K extends ItemKind>(item: OpenItem<K>, readerId: string): Promise<OpenItem<K>> {
    if (item.content === null) throw new CryptoError('decrypt_failed');
    const keys = this.client.keys;
    const key = newItemKey();
    const state = this.signedState(item);
    try {
      const version = item.version + 1;
      const ciphertext = encryptItem(key, this.ad(item, version, state), encodeContent(item.content));
      const signature = signItem(keys.signKeyPair.privateKey, { itemId: item.id, kind: item.kind, version, ciphertext, state });
      const { item: updated } = await this.client.call(
        'POST',
        `/api/items/${item.id}/unshare`,
        { readerId, baseVersion: item.version, ciphertext, signature, wrappedKey: wrapKey(keys.masterKey, key, WRAP_PURPOSE.item), remainingReaders: [] },
        itemResponseSchema,
      );
      return this.openAs(updated, item.kind);
    } finally {
      wipe(key);
    }
  }

  /** Deletes one's own item everywhere. */
  async remove(item: { id: string }): Promise<void> {
    await this.client.callNoContent('DELETE', `/api/items/${item.id}`);
  }

  /** Earlier versions of one's own item, decrypted, newest first. */
  async versions<K extends ItemKind>(item: OpenItem<K>): Promise<OpenVersion<K>[]> {
    const keys = this.client.keys;
    const { versions } = await this.client.call('GET', `/api/items/${item.id}/versions`, undefined, itemVersionsResponseSchema);
    return versions.map((v) => {
      let content: ItemContent<K> | null = null;
      const fields = { itemId: item.id, kind: item.kind, version: v.version, ciphertext: v.ciphertext, state: v.state };
      if (verifyItem(keys.signKeyPair.publicKey, fields, v.signature)) {
        try {
          const key = unwrapKey(keys.masterKey, v.wrappedKey, WRAP_PURPOSE.item);
          content = readContent(item.kind, fromUtf8(decryptItem(key, this.ad(item, v.version, v.state), v.ciphertext)));
          wipe(key);
        } catch {
          content = null;
        }
      }
      return { version: v.version, createdAt: v.createdAt, content };
    });
  }

  // ── Drafts ───────────────────────────────────────────────────────────────
  //
  // Callers name drafts plainly ('apology:compose'); the server sees only `draftName`, a keyed
  // hash, and the plain key travels inside the ciphertext so a list can be read back. Drafts
  // stored under a plain name before (AD version 0, content bare) still open, and `drafts()`
  // moves each to its hashed name the first time it lists it (read old, write new, delete old).
  //
  // Each sealed draft also carries a version `v` (issue 14, item 4): never lower than the
  // saving device's clock and always above the highest this device wrote or saw, so a later
  // write from any device that listed the drafts first is higher. It is inside the ciphertext,
  // whose associated data names the hashed name, so it cannot be moved to another draft. The
  // device keeps the highest per hashed name in the same mark as items' versions; a draft the
  // server lists lower is `rolledBack`. Drafts sealed before carry none: version 0.

  /** The hashed name the server stores a draft under (tests and tools may look rows up by it). */
  draftName(key: string): string {
    return draftName(this.client.keys.masterKey, key);
  }

  private draftAd(name: string, version: 0 | 1) {
    return { itemId: `draft:${name}`, kind: 'draft', version, coupleId: null, authorId: this.client.keys.userId };
  }

  /** Opens a draft stored under a hashed name: its plain key, body and version, or null. */
  private openNamed(name: string, ciphertext: string): { key: string; body: unknown; version: number } | null {
    const dk = draftsKey(this.client.keys.masterKey);
    try {
      const inner = JSON.parse(fromUtf8(decryptItem(dk, this.draftAd(name, 1), ciphertext))) as unknown;
      if (typeof inner !== 'object' || inner === null || !('key' in inner) || typeof inner.key !== 'string' || !('body' in inner)) return null;
      // Sealed before drafts carried a version: the oldest possible.
      const v = 'v' in inner ? inner.v : 0;
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return null;
      return { key: inner.key, body: inner.body, version: v };
    } catch {
      return null;
    } finally {
      wipe(dk);
    }
  }

  /** Opens a draft stored before names were hashed (bound to its plain key). */
  private openLegacy(key: string, ciphertext: string): unknown {
    const dk = draftsKey(this.client.keys.masterKey);
    try {
      return JSON.parse(fromUtf8(decryptItem(dk, this.draftAd(key, 0), ciphertext))) as unknown;
    } catch {
      return null;
    } finally {
      wipe(dk);
    }
  }

  /**
   * Encrypts a draft (the same ciphertext goes to the server and to the browser's storage),
   * with a version above every one this device wrote or saw for it, and marks that version seen.
   */
  sealDraft(key: string, content: unknown): string {
    const name = this.draftName(key);
    const v = Math.max(Math.floor((this.opts.now ?? Date.now)()), (this.seen.get(name) ?? 0) + 1);
    const dk = draftsKey(this.client.keys.masterKey);
    try {
      const sealed = encryptItem(dk, this.draftAd(name, 1), encodeContent({ key, body: content, v }));
      this.seen.set(name, v);
      return sealed;
    } finally {
      wipe(dk);
    }
  }

  /** Decrypts a draft sealed by this person for `key` (either format); null when it cannot be opened. */
  openDraft<T = unknown>(key: string, ciphertext: string): T | null {
    return this.openDraftVersioned<T>(key, ciphertext)?.body ?? null;
  }

  /** Like openDraft, with the version sealed inside (0 for a draft sealed before versions). */
  openDraftVersioned<T = unknown>(key: string, ciphertext: string): OpenDraft<T> | null {
    const named = this.openNamed(this.draftName(key), ciphertext);
    if (named) return named.key === key ? { body: named.body as T, version: named.version } : null;
    const legacy = this.openLegacy(key, ciphertext);
    return legacy === null ? null : { body: legacy as T, version: 0 };
  }

  /** Saves an already sealed draft to the server, under its hashed name. */
  async putDraft(key: string, ciphertext: string): Promise<string> {
    const { draft } = await this.client.call('PUT', `/api/drafts/${this.draftName(key)}`, { ciphertext }, draftResponseSchema);
    return draft.updatedAt;
  }

  /**
   * The person's drafts on the server (still sealed), each under its plain key, with its
   * version and whether this device wrote or saw a later one (`rolledBack`: the caller keeps a
   * newer copy of its own, or says so). One that opens under neither format is left out. An
   * older, plainly named draft is moved to its hashed name here; if that fails it is listed as
   * it is and moved next time.
   */
  async drafts(): Promise<ListedDraft[]> {
    const stored = (await this.client.call('GET', '/api/drafts', undefined, draftListResponseSchema)).drafts;
    const out: ListedDraft[] = [];
    for (const d of stored) {
      if (!d.key.startsWith(DRAFT_NAME_PREFIX)) continue;
      const named = this.openNamed(d.key, d.ciphertext);
      // The name must be the hash of the key inside: a server cannot swap two drafts' rows.
      if (!named || this.draftName(named.key) !== d.key) continue;
      out.push({ key: named.key, ciphertext: d.ciphertext, updatedAt: d.updatedAt, version: named.version, rolledBack: this.markDraft(d.key, named.version) });
    }
    for (const d of stored) {
      if (d.key.startsWith(DRAFT_NAME_PREFIX)) continue;
      const body = this.openLegacy(d.key, d.ciphertext);
      if (body === null) continue;
      try {
        // A newer draft already under the hashed name wins; the plain one only goes.
        if (!out.some((o) => o.key === d.key)) {
          const ciphertext = this.sealDraft(d.key, body);
          const updatedAt = await this.putDraft(d.key, ciphertext);
          out.push({ key: d.key, ciphertext, updatedAt, version: this.seen.get(this.draftName(d.key)) ?? 0, rolledBack: false });
        }
        await this.client.callNoContent('DELETE', `/api/drafts/${encodeURIComponent(d.key)}`);
      } catch {
        if (!out.some((o) => o.key === d.key)) out.push({ ...d, version: 0, rolledBack: this.markDraft(this.draftName(d.key), 0) });
      }
    }
    return out;
  }

  /** Moves the mark for a draft's hashed name up to `version`; true when it was already higher. */
  private markDraft(name: string, version: number): boolean {
    const highest = this.seen.get(name);
    if (highest === null || version > highest) this.seen.set(name, version);
    return highest !== null && version < highest;
  }

  /** Forgets a draft on the server. */
  async deleteDraft(key: string): Promise<void> {
    await this.client.callNoContent('DELETE', `/api/drafts/${this.draftName(key)}`);
  }
}
