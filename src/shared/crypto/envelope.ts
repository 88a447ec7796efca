import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { b64urlDecode, b64urlEncode, concatBytes, encodeFields, randomBytes, wipe } from './bytes.js';
import { CryptoError } from './errors.js';

/** The envelope format written today. */
export const ENVELOPE_VERSION = 1;
/** The oldest envelope format the client still opens (CRYPTO-09: no downgrade below it). */
export const MIN_ENVELOPE_VERSION = 1;

/** XChaCha20-Poly1305: random 192-bit nonces are safe without any counter (CRYPTO-08). */
export const NONCE_BYTES = 24;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + NONCE_BYTES;
/** Every key in Mend is 32 bytes. */
export const KEY_BYTES = 32;

/** Throws unless `key` is a 32-byte key. */
export function assertKey(key: unknown): asserts key is Uint8Array {
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) throw new CryptoError('bad_key');
}

/** The parts of an envelope after its shape was checked, before any decryption. */
interface ParsedEnvelope {
  version: number;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
}

/**
 * Check an envelope's shape and version before touching the cipher (INPUT-02, CRYPTO-09):
 * `[version][24-byte nonce][ciphertext+16-byte tag]`.
 */
function parseEnvelope(envelope: string | Uint8Array, maxBytes: number, maxVersion: number): ParsedEnvelope {
  let bytes: Uint8Array;
  if (typeof envelope === 'string') {
    // Cheap length check before decoding, so huge inputs are refused without work.
    if (envelope.length > Math.ceil((maxBytes * 4) / 3)) throw new CryptoError('bad_envelope');
    try {
      bytes = b64urlDecode(envelope);
    } catch {
      throw new CryptoError('bad_envelope');
    }
  } else if (envelope instanceof Uint8Array) {
    bytes = envelope;
  } else {
    throw new CryptoError('bad_envelope');
  }
  if (bytes.length < 1) throw new CryptoError('bad_envelope');
  const version = bytes[0]!;
  if (version < MIN_ENVELOPE_VERSION || version > maxVersion) throw new CryptoError('unsupported_version');
  if (bytes.length < HEADER_BYTES + TAG_BYTES || bytes.length > maxBytes) throw new CryptoError('bad_envelope');
  return { version, nonce: bytes.subarray(1, HEADER_BYTES), ciphertext: bytes.subarray(HEADER_BYTES) };
}

/** The cipher's AD: the version byte, then the caller's context, so neither can be changed. */
function fullAd(version: number, context: Uint8Array): Uint8Array {
  return concatBytes(new Uint8Array([version]), context);
}

/**
 * Encrypt with a fresh random nonce into a versioned envelope (bytes). `version` is the
 * format byte; only item envelopes write another than ENVELOPE_VERSION (items.ts).
 */
export function sealEnvelopeBytes(key: Uint8Array, plaintext: Uint8Array, context: Uint8Array, version = ENVELOPE_VERSION): Uint8Array {
  assertKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const ct = xchacha20poly1305(key, nonce, fullAd(version, context)).encrypt(plaintext);
  return concatBytes(new Uint8Array([version]), nonce, ct);
}

/**
 * Decrypt a versioned envelope. Any failure is the same generic 'decrypt_failed' and no
 * plaintext is returned: Poly1305 is checked before a single byte is decrypted. `context`
 * may depend on the envelope's version (an item's AD grew in version 2); `maxVersion` is
 * the newest format the caller knows.
 */
export function openEnvelopeBytes(
  key: Uint8Array,
  envelope: string | Uint8Array,
  context: Uint8Array | ((version: number) => Uint8Array),
  maxBytes = Number.MAX_SAFE_INTEGER,
  maxVersion = ENVELOPE_VERSION,
): Uint8Array {
  assertKey(key);
  const { version, nonce, ciphertext } = parseEnvelope(envelope, maxBytes, maxVersion);
  const ctx = typeof context === 'function' ? context(version) : context;
  try {
    return xchacha20poly1305(key, nonce, fullAd(version, ctx)).decrypt(ciphertext);
  } catch {
    throw new CryptoError('decrypt_failed');
  }
}

/** The domain of every key wrap; the purpose follows it in the AD. */
const WRAP_DOMAIN = 'mend/v1/wrap';

/** Purposes of wrapped keys; each is bound into the AD, so a blob cannot serve another purpose. */
export const WRAP_PURPOSE = Object.freeze({
  /** masterKey under the password-derived kek. */
  master: 'master',
  /** masterKey under the recovery-derived key. */
  masterRecovery: 'master-recovery',
  encPrivate: 'enc-private',
  signPrivate: 'sign-private',
  /** The author's copy of an item key, under masterKey. */
  item: 'item',
  /** masterKey kept on one device under a key derived from that device's app-lock passcode. */
  deviceLock: 'device-lock',
} as const);

const PURPOSE_RE = /^[a-z0-9][a-z0-9:._-]{0,127}$/;

/** Wrapped keys are tiny; anything larger is not ours (LIMITS.wrappedKeyMax is 512 characters). */
const WRAPPED_MAX_BYTES = 384;

function wrapAd(purpose: string): Uint8Array {
  if (typeof purpose !== 'string' || !PURPOSE_RE.test(purpose)) throw new CryptoError('bad_input');
  return encodeFields([WRAP_DOMAIN, purpose]);
}

/** Encrypt a 32-byte key under another, bound to a purpose (e.g. 'master', 'enc-private', 'item'). */
export function wrapKey(wrappingKey: Uint8Array, keyToWrap: Uint8Array, purpose: string): string {
  assertKey(keyToWrap);
  return b64urlEncode(sealEnvelopeBytes(wrappingKey, keyToWrap, wrapAd(purpose)));
}

/** Reverse of wrapKey; fails with 'decrypt_failed' for a wrong key or a blob of another purpose. */
export function unwrapKey(wrappingKey: Uint8Array, envelope: string, purpose: string): Uint8Array {
  const key = openEnvelopeBytes(wrappingKey, envelope, wrapAd(purpose), WRAPPED_MAX_BYTES);
  if (key.length !== KEY_BYTES) {
    wipe(key);
    throw new CryptoError('bad_envelope');
  }
  return key;
}
