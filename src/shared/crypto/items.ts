import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { b64urlDecode, b64urlEncode, encodeFields, randomBytes, utf8, wipe } from './bytes.js';
import { ENVELOPE_VERSION, KEY_BYTES, openEnvelopeBytes, sealEnvelopeBytes } from './envelope.js';
import { CryptoError } from './errors.js';

/**
 * The item envelope written today. Version 2 binds the item's plaintext `state` (and so every
 * reference it makes to another item) into both the cipher's AD and the author's signature,
 * so a server can no longer re-point or relabel an item undetected (issue 14, item 4).
 */
export const ITEM_ENVELOPE_VERSION = 2;
/** Items written before state was signed: still readable, shown as the older format. */
export const LEGACY_ITEM_ENVELOPE_VERSION = 1;

/** What an item's ciphertext is bound to: moving it to another item, version, couple or author breaks it. */
export interface ItemAd {
  itemId: string;
  kind: string;
  /** The item's content version (non-negative integer). */
  version: number;
  coupleId: string | null;
  authorId: string;
  /** The item's plaintext state as stored (bound from envelope 2 on; absent means null). */
  state?: unknown;
}

/** What an author signs for an item; ciphertext is the envelope (base64url text or raw bytes). */
export interface ItemSignatureFields {
  itemId: string;
  kind: string;
  version: number;
  ciphertext: string | Uint8Array;
  /** The item's plaintext state; covered from envelope 2 on (absent means null). */
  state?: unknown;
}

/**
 * One text for a JSON value whatever order its keys came in (a database may reorder them):
 * object keys sorted, no spaces, `undefined` members dropped as JSON does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new CryptoError('bad_input');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  throw new CryptoError('bad_input');
}

/** SHA-256 of a state's canonical JSON: what envelope 2 binds. */
function stateDigest(state: unknown): Uint8Array {
  return sha256(utf8(canonicalJson(state ?? null)));
}

/** The format byte of an item envelope, or null when it is not one. */
export function itemEnvelopeVersion(ciphertext: string | Uint8Array): number | null {
  try {
    const v = ciphertextBytes(ciphertext)[0];
    return v === undefined ? null : v;
  } catch {
    return null;
  }
}

/** A fresh random key for one item (ENCRYPTION.md: one key per item). */
export function newItemKey(): Uint8Array {
  return randomBytes(KEY_BYTES);
}

function checkText(s: unknown): asserts s is string {
  if (typeof s !== 'string' || s.length === 0 || s.length > 200) throw new CryptoError('bad_input');
}

function itemAd(ad: ItemAd, envelopeVersion: number): Uint8Array {
  checkText(ad.itemId);
  checkText(ad.kind);
  checkText(ad.authorId);
  if (ad.coupleId !== null) checkText(ad.coupleId);
  if (!Number.isSafeInteger(ad.version) || ad.version < 0) throw new CryptoError('bad_input');
  if (envelopeVersion === LEGACY_ITEM_ENVELOPE_VERSION) {
    return encodeFields(['mend/v1/item', ENVELOPE_VERSION, ad.itemId, ad.kind, ad.version, ad.coupleId, ad.authorId]);
  }
  if (envelopeVersion !== ITEM_ENVELOPE_VERSION) throw new CryptoError('unsupported_version');
  return encodeFields(['mend/v2/item', ad.itemId, ad.kind, ad.version, ad.coupleId, ad.authorId, stateDigest(ad.state)]);
}

/**
 * Padded length (Padmé, at least 256 bytes): hides exact content length (CRYPTO-13) while
 * costing at most ~12% of the size.
 */
export function paddedLength(len: number): number {
  const L = Math.max(len + 1, 256);
  const e = Math.floor(Math.log2(L));
  const s = Math.floor(Math.log2(e)) + 1;
  const step = 2 ** (e - s);
  return Math.ceil(L / step) * step;
}

/** ISO/IEC 7816-4 padding: one 0x80 byte, then zeros, up to the padded length. */
function pad(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(paddedLength(data.length));
  out.set(data);
  out[data.length] = 0x80;
  return out;
}

function unpad(data: Uint8Array): Uint8Array {
  let i = data.length - 1;
  while (i >= 0 && data[i] === 0) i--;
  if (i < 0 || data[i] !== 0x80) throw new CryptoError('decrypt_failed');
  return data.slice(0, i);
}

/**
 * Encrypt one item's content under its item key; text is UTF-8 encoded, and the result is
 * padded. Writes envelope 2; `envelopeVersion` 1 exists only to make older-format items in tests.
 */
export function encryptItem(itemKey: Uint8Array, ad: ItemAd, plaintext: Uint8Array | string, envelopeVersion = ITEM_ENVELOPE_VERSION): string {
  const data = typeof plaintext === 'string' ? utf8(plaintext) : plaintext;
  if (!(data instanceof Uint8Array)) throw new CryptoError('bad_input');
  const context = itemAd(ad, envelopeVersion);
  const padded = pad(data);
  try {
    return b64urlEncode(sealEnvelopeBytes(itemKey, padded, context, envelopeVersion));
  } finally {
    wipe(padded);
  }
}

/** Decrypt an item's content; fails cleanly ('decrypt_failed') for a wrong key, AD or any tampering. */
export function decryptItem(itemKey: Uint8Array, ad: ItemAd, envelope: string): Uint8Array {
  const padded = openEnvelopeBytes(itemKey, envelope, (v) => itemAd(ad, v), Number.MAX_SAFE_INTEGER, ITEM_ENVELOPE_VERSION);
  try {
    return unpad(padded);
  } finally {
    wipe(padded);
  }
}

function ciphertextBytes(ct: string | Uint8Array): Uint8Array {
  if (ct instanceof Uint8Array) return ct;
  try {
    return b64urlDecode(ct);
  } catch {
    throw new CryptoError('bad_envelope');
  }
}

function signatureMessage(fields: ItemSignatureFields): Uint8Array {
  checkText(fields.itemId);
  checkText(fields.kind);
  if (!Number.isSafeInteger(fields.version) || fields.version < 0) throw new CryptoError('bad_input');
  const ct = ciphertextBytes(fields.ciphertext);
  const digest = sha256(ct);
  // The envelope's own format byte chooses the message; it is inside the hashed ciphertext,
  // so a server cannot pass a version-2 item off as version 1 to escape the state check.
  if (ct[0] === LEGACY_ITEM_ENVELOPE_VERSION) return encodeFields(['mend/v1/item-signature', fields.itemId, fields.kind, fields.version, digest]);
  if (ct[0] !== ITEM_ENVELOPE_VERSION) throw new CryptoError('unsupported_version');
  return encodeFields(['mend/v2/item-signature', fields.itemId, fields.kind, fields.version, digest, stateDigest(fields.state)]);
}

/** Ed25519 signature (base64url) proving authorship of an item's ciphertext (and, from envelope 2, its state). */
export function signItem(signPrivateKey: Uint8Array, fields: ItemSignatureFields): string {
  if (!(signPrivateKey instanceof Uint8Array) || signPrivateKey.length !== 32) throw new CryptoError('bad_key');
  return b64urlEncode(ed25519.sign(signatureMessage(fields), signPrivateKey));
}

/** An Ed25519 check (signature, message, public key), strict RFC 8032: never throws. */
export type Ed25519Verify = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean;

// Strict RFC 8032 verification: no alternative encodings of the same signature.
const nobleVerify: Ed25519Verify = (sig, msg, pub) => ed25519.verify(sig, msg, pub, { zip215: false });

/**
 * Check an item signature; returns false (never throws) for a bad signature, a malformed
 * key or fields. A public key may be raw bytes or base64url as the API carries it. The
 * server passes Node's native Ed25519 (same answers, many times faster); browsers use noble.
 */
export function verifyItem(signPublicKey: Uint8Array | string, fields: ItemSignatureFields, signature: string, verify: Ed25519Verify = nobleVerify): boolean {
  try {
    const pub = typeof signPublicKey === 'string' ? b64urlDecode(signPublicKey) : signPublicKey;
    const sig = b64urlDecode(signature);
    if (pub.length !== 32 || sig.length !== 64) return false;
    return verify(sig, signatureMessage(fields), pub);
  } catch {
    return false;
  }
}
