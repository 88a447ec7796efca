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
  draftsKey,
  encryptItem,
  fromUtf8,
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
import type { ItemKind } from '../kinds.js';
import type { MendClient } from './client.js';
import { isApiError } from './errors.js';

/** An item after decryption and signature check. `content` is null when it could not be verified or opened. */
export interface OpenItem<T = unknown> {
  id: string;
  kind: ItemKind;
  authorId: string;
  coupleId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  state: unknown;
  /** Who else reads it (author only). */
  sharedWith?: string[];
  /** Shared but held until the partner shares theirs too (author only). */
  heldFor?: string[];
  /** Had reached the partner until their couple space ended then (author only). */
  sharedUntil?: string;
  /** True when the author's signature verified; unverified content is never shown as theirs. */
  verified: boolean;
  content: T | null;
  mine: boolean;
}

/** An earlier version as its author reads it. */
export interface OpenVersion<T = unknown> {
  version: number;
  createdAt: string;
  content: T | null;
}

const sealInfo = (itemId: string) => `item:${itemId}`;
const encodeContent = (content: unknown): string => JSON.stringify(content);

/** Which create a retry repeats: a hash of the kind, content and state, so no plaintext is held for it. */
function createFingerprint(kind: ItemKind, content: unknown, state: unknown): string {
  return toHex(sha256(utf8(JSON.stringify([kind, content, state ?? null]))));
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
  ) {}

  private signPublicKeyOf(authorId: string): string | null {
    const p = this.partner();
    return p && p.id === authorId ? p.signPublicKey : null;
  }

  private async itemKey(item: ItemView, wrappedKey = item.wrappedKey): Promise<Uint8Array> {
    const keys = this.client.keys;
    if (item.authorId === keys.userId) return unwrapKey(keys.masterKey, wrappedKey, WRAP_PURPOSE.item);
    return openSealedKey(keys.encKeyPair.privateKey, wrappedKey, sealInfo(item.id));
  }

  /** Decrypts and verifies one item as the signed-in person. */
  async open<T = unknown>(item: ItemView): Promise<OpenItem<T>> {
    const keys = this.client.keys;
    const mine = item.authorId === keys.userId;
    const signer = mine ? keys.signKeyPair.publicKey : this.signPublicKeyOf(item.authorId);
    const verified = signer !== null && verifyItem(signer, { itemId: item.id, kind: item.kind, version: item.version, ciphertext: item.ciphertext }, item.signature);
    let content: T | null = null;
    if (verified) {
      try {
        const key = await this.itemKey(item);
        try {
          content = JSON.parse(fromUtf8(decryptItem(key, this.ad(item, item.version), item.ciphertext))) as T;
        } finally {
          wipe(key);
        }
      } catch (e) {
        if (!(e instanceof CryptoError) && !(e instanceof SyntaxError)) throw e;
        content = null;
      }
    }
    return {
      id: item.id,
      kind: item.kind,
      authorId: item.authorId,
      coupleId: item.coupleId,
      version: item.version,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      state: item.state,
      ...(item.sharedWith ? { sharedWith: item.sharedWith } : {}),
      ...(item.heldFor ? { heldFor: item.heldFor } : {}),
      ...(item.sharedUntil ? { sharedUntil: item.sharedUntil } : {}),
      verified: verified && content !== null,
      content,
      mine,
    };
  }

  private ad(item: { id: string; kind: string; coupleId: string | null; authorId: string }, version: number) {
    return { itemId: item.id, kind: item.kind, version, coupleId: item.coupleId, authorId: item.authorId };
  }

  /** Items of a kind that the signed-in person reads, decrypted. */
  async list<T = unknown>(kind: ItemKind): Promise<OpenItem<T>[]> {
    const { items } = await this.client.call('GET', `/api/items?kind=${encodeURIComponent(kind)}`, undefined, itemListResponseSchema);
    return Promise.all(items.map((i) => this.open<T>(i)));
  }

  /** One item, decrypted. */
  async get<T = unknown>(id: string): Promise<OpenItem<T>> {
    const { item } = await this.client.call('GET', `/api/items/${id}`, undefined, itemResponseSchema);
    return this.open<T>(item);
  }

  /**
   * Encrypts, signs and wraps new content without sending it: the body of POST /api/items,
   * and, when a partner is given, the item key sealed to them (for rules like the prompt
   * reveal, where the server holds that key back until its rule is met).
   */
  async prepareCreate<T>(kind: ItemKind, content: T, state?: unknown, sealFor?: PartnerView) {
    const keys = this.client.keys;
    const id = crypto.randomUUID();
    const coupleId = (await this.client.currentCouple())?.id ?? null;
    const key = newItemKey();
    try {
      const ciphertext = encryptItem(key, { itemId: id, kind, version: 1, coupleId, authorId: keys.userId }, encodeContent(content));
      const signature = signItem(keys.signKeyPair.privateKey, { itemId: id, kind, version: 1, ciphertext });
      const body = { id, kind, ciphertext, signature, wrappedKey: wrapKey(keys.masterKey, key, WRAP_PURPOSE.item), ...(state !== undefined ? { state } : {}) };
      const partnerWrappedKey = sealFor ? await sealKey(b64urlDecode(sealFor.encPublicKey), key, sealInfo(id)) : null;
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
  async create<T>(kind: ItemKind, content: T, state?: unknown): Promise<OpenItem<T>> {
    const same = createFingerprint(kind, content, state);
    const body = this.unanswered.get(same) ?? (await this.prepareCreate(kind, content, state)).body;
    try {
      const { item } = await this.client.call('POST', '/api/items', body, itemResponseSchema);
      this.unanswered.delete(same);
      return this.open<T>(item);
    } catch (e) {
      if (isApiError(e, 'network')) this.unanswered.set(same, body);
      else this.unanswered.delete(same);
      throw e;
    }
  }

  /** New content for one's own item; a stale version fails with code 'version_conflict'. */
  async update<T>(item: OpenItem, content: T, state?: unknown): Promise<OpenItem<T>> {
    const current = await this.client.call('GET', `/api/items/${item.id}`, undefined, itemResponseSchema);
    const key = await this.itemKey(current.item);
    try {
      const version = item.version + 1;
      const ciphertext = encryptItem(key, this.ad(item, version), encodeContent(content));
      const signature = signItem(this.client.keys.signKeyPair.privateKey, { itemId: item.id, kind: item.kind, version, ciphertext });
      const { item: updated } = await this.client.call(
        'PUT',
        `/api/items/${item.id}`,
        { baseVersion: item.version, ciphertext, signature, ...(state !== undefined ? { state } : {}) },
        itemResponseSchema,
      );
      return this.open<T>(updated);
    } finally {
      wipe(key);
    }
  }

  /** Shares one's own item with the partner: their copy of the key is sealed to their public key. */
  async share<T>(item: OpenItem<T>, partner: PartnerView): Promise<OpenItem<T>> {
    const { item: raw } = await this.client.call('GET', `/api/items/${item.id}`, undefined, itemResponseSchema);
    const key = await this.itemKey(raw);
    try {
      const wrappedKey = await sealKey(b64urlDecode(partner.encPublicKey), key, sealInfo(item.id));
      const { item: shared } = await this.client.call('POST', `/api/items/${item.id}/share`, { readerId: partner.id, wrappedKey }, itemResponseSchema);
      return this.open<T>(shared);
    } finally {
      wipe(key);
    }
  }

  /**
   * Stops sharing: the content is re-encrypted under a new key, so the old key (which the
   * partner may have kept) opens nothing new. What was already read cannot be unread.
   */
  async unshare<T>(item: OpenItem<T>, readerId: string): Promise<OpenItem<T>> {
    try {
      return await this.unshareAt(item, readerId);
    } catch (e) {
      // Stopping sharing never changes the words, so a newer version elsewhere is no reason
      // to fail: re-encrypt the latest one instead.
      if (!isApiError(e, 'version_conflict')) throw e;
      return this.unshareAt(await this.get<T>(item.id), readerId);
    }
  }

  private async unshareAt<T>(item: OpenItem<T>, readerId: string): Promise<OpenItem<T>> {
    if (item.content === null) throw new CryptoError('decrypt_failed');
    const keys = this.client.keys;
    const key = newItemKey();
    try {
      const version = item.version + 1;
      const ciphertext = encryptItem(key, this.ad(item, version), encodeContent(item.content));
      const signature = signItem(keys.signKeyPair.privateKey, { itemId: item.id, kind: item.kind, version, ciphertext });
      const { item: updated } = await this.client.call(
        'POST',
        `/api/items/${item.id}/unshare`,
        { readerId, baseVersion: item.version, ciphertext, signature, wrappedKey: wrapKey(keys.masterKey, key, WRAP_PURPOSE.item), remainingReaders: [] },
        itemResponseSchema,
      );
      return this.open<T>(updated);
    } finally {
      wipe(key);
    }
  }

  /** Deletes one's own item everywhere. */
  async remove(item: { id: string }): Promise<void> {
    await this.client.callNoContent('DELETE', `/api/items/${item.id}`);
  }

  /** Earlier versions of one's own item, decrypted, newest first. */
  async versions<T = unknown>(item: OpenItem): Promise<OpenVersion<T>[]> {
    const keys = this.client.keys;
    const { versions } = await this.client.call('GET', `/api/items/${item.id}/versions`, undefined, itemVersionsResponseSchema);
    return versions.map((v) => {
      let content: T | null = null;
      const fields = { itemId: item.id, kind: item.kind, version: v.version, ciphertext: v.ciphertext };
      if (verifyItem(keys.signKeyPair.publicKey, fields, v.signature)) {
        try {
          const key = unwrapKey(keys.masterKey, v.wrappedKey, WRAP_PURPOSE.item);
          content = JSON.parse(fromUtf8(decryptItem(key, this.ad(item, v.version), v.ciphertext))) as T;
          wipe(key);
        } catch {
          content = null;
        }
      }
      return { version: v.version, createdAt: v.createdAt, content };
    });
  }

  // ── Drafts ───────────────────────────────────────────────────────────────

  private draftAd(key: string) {
    return { itemId: `draft:${key}`, kind: 'draft', version: 0, coupleId: null, authorId: this.client.keys.userId };
  }

  /** Encrypts a draft (the same ciphertext goes to the server and to the browser's storage). */
  sealDraft(key: string, content: unknown): string {
    const dk = draftsKey(this.client.keys.masterKey);
    try {
      return encryptItem(dk, this.draftAd(key), encodeContent(content));
    } finally {
      wipe(dk);
    }
  }

  /** Decrypts a draft sealed by this person; null when it cannot be opened. */
  openDraft<T = unknown>(key: string, ciphertext: string): T | null {
    const dk = draftsKey(this.client.keys.masterKey);
    try {
      return JSON.parse(fromUtf8(decryptItem(dk, this.draftAd(key), ciphertext))) as T;
    } catch {
      return null;
    } finally {
      wipe(dk);
    }
  }

  /** Saves an already sealed draft to the server. */
  async putDraft(key: string, ciphertext: string): Promise<string> {
    const { draft } = await this.client.call('PUT', `/api/drafts/${encodeURIComponent(key)}`, { ciphertext }, draftResponseSchema);
    return draft.updatedAt;
  }

  /** The person's drafts on the server (still sealed). */
  async drafts(): Promise<{ key: string; ciphertext: string; updatedAt: string }[]> {
    return (await this.client.call('GET', '/api/drafts', undefined, draftListResponseSchema)).drafts;
  }

  /** Forgets a draft on the server. */
  async deleteDraft(key: string): Promise<void> {
    await this.client.callNoContent('DELETE', `/api/drafts/${encodeURIComponent(key)}`);
  }
}
