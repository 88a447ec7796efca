import { z } from 'zod';
import { itemKindSchema } from '../kinds.js';
import { b64url, idSchema } from './common.js';

// Envelope sizes: the largest item (64 KiB of content, padded ~12%) in base64url, with room.
const CIPHERTEXT_MAX_CHARS = 100_000;
const ciphertextSchema = b64url(CIPHERTEXT_MAX_CHARS).min(56, { message: 'The encrypted content is missing or too short.' });
/** Ed25519 signature, 64 bytes. */
const signatureSchema = z.string().regex(/^[A-Za-z0-9_-]{86}$/, { message: 'Must be a 64-byte signature, base64url encoded.' });
/** A wrapped or sealed item key (about 73–81 bytes). */
const wrappedKeySchema = b64url(200).min(80, { message: 'The wrapped key is too short.' });

/** One reader's copy of an item key. */
export const readerKeySchema = z.object({ readerId: idSchema, wrappedKey: wrappedKeySchema }).strict();

/** POST /api/items: a new item, private to its author. */
export const createItemRequestSchema = z
  .object({
    id: idSchema,
    kind: itemKindSchema,
    ciphertext: ciphertextSchema,
    signature: signatureSchema,
    /** The item key wrapped under the author's master key. */
    wrappedKey: wrappedKeySchema,
    state: z.unknown().optional(),
  })
  .strict();

/** PUT /api/items/:id: new content under the same key; stale baseVersion gets 409. */
export const updateItemRequestSchema = z
  .object({ baseVersion: z.int().min(1), ciphertext: ciphertextSchema, signature: signatureSchema, state: z.unknown().optional() })
  .strict();

/** POST /api/items/:id/share: add the partner as a reader (key sealed to their public key). */
export const shareItemRequestSchema = readerKeySchema;

/**
 * POST /api/items/:id/unshare: the author re-encrypts under a new key (version + 1) and
 * names who still reads it; everyone else's wrapped key is dropped.
 */
export const unshareItemRequestSchema = z
  .object({
    readerId: idSchema,
    baseVersion: z.int().min(1),
    ciphertext: ciphertextSchema,
    signature: signatureSchema,
    wrappedKey: wrappedKeySchema,
    remainingReaders: z.array(readerKeySchema).max(4).default([]),
  })
  .strict();

/** An item as one reader sees it: only that reader's wrapped key. */
export const itemViewSchema = z.object({
  id: idSchema,
  kind: itemKindSchema,
  authorId: idSchema,
  coupleId: idSchema.nullable(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  ciphertext: z.string(),
  signature: z.string(),
  wrappedKey: z.string(),
  state: z.unknown().nullable(),
  /** Who else reads it: shown to the author only. */
  sharedWith: z.array(idSchema).optional(),
  /** Shared but held until the partner shares theirs too (a conversation preparation): author only. */
  heldFor: z.array(idSchema).optional(),
  /** Had reached the partner until the couple space ended at this time: author only. */
  sharedUntil: z.string().optional(),
});
export type ItemView = z.infer<typeof itemViewSchema>;

/** GET /api/items?kind= */
export const itemListResponseSchema = z.object({ items: z.array(itemViewSchema) });
export const itemResponseSchema = z.object({ item: itemViewSchema });

/** An earlier version, for its author only. */
export const itemVersionSchema = z.object({
  version: z.int(),
  createdAt: z.string(),
  ciphertext: z.string(),
  signature: z.string(),
  /** The state that version had (envelope 2 signs it); null when kept before that. */
  state: z.unknown().nullable(),
  wrappedKey: z.string(),
});
export const itemVersionsResponseSchema = z.object({ versions: z.array(itemVersionSchema) });

/** GET /api/items query. */
export const listItemsQuerySchema = z.object({ kind: itemKindSchema.optional() }).strict();

/** Drafts are keyed by what they are a draft of, e.g. `reflection:what_happened`. */
export const draftKeySchema = z.string().regex(/^[A-Za-z0-9:._-]{1,100}$/, { message: 'Must be a short key of letters, digits and : . _ -' });
export const draftParamsSchema = z.object({ key: draftKeySchema }).strict();
export const putDraftRequestSchema = z.object({ ciphertext: ciphertextSchema }).strict();
export const draftViewSchema = z.object({ key: z.string(), ciphertext: z.string(), updatedAt: z.string() });
export type DraftView = z.infer<typeof draftViewSchema>;
export const draftListResponseSchema = z.object({ drafts: z.array(draftViewSchema) });
export const draftResponseSchema = z.object({ draft: draftViewSchema });
