import { CryptoError } from './errors.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** base64url without padding: how every binary value travels in the API. */
export function b64urlEncode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/**
 * Strict base64url decoder: no padding, no whitespace, canonical trailing bits only, so
 * every byte string has exactly one text form (no malleable encodings).
 */
export function b64urlDecode(str: string): Uint8Array {
  if (typeof str !== 'string' || str.length % 4 === 1) throw new CryptoError('bad_input');
  const out = new Uint8Array(Math.floor((str.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    const v = c < 128 ? LOOKUP[c]! : -1;
    if (v < 0) throw new CryptoError('bad_input');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  // Leftover bits must be zero, or two strings would decode to the same bytes.
  if (acc !== 0) throw new CryptoError('bad_input');
  return out;
}

/** Fresh random bytes from the platform CSPRNG (CRYPTO-08); the only source of randomness here. */
export function randomBytes(n: number): Uint8Array {
  if (!Number.isInteger(n) || n < 0) throw new CryptoError('bad_input');
  const out = new Uint8Array(n);
  // getRandomValues fills at most 65536 bytes per call.
  for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

/** UTF-8 encode text (plaintext content, AD strings). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Strict UTF-8 decode; throws on invalid sequences instead of inventing replacement characters. */
export function fromUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CryptoError('bad_input');
  }
}

/** Join byte arrays into one. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Constant-time equality for secrets of equal length (length itself is not secret). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Overwrite secret bytes with zeros once they are no longer needed. */
export function wipe(...arrays: (Uint8Array | null | undefined)[]): void {
  for (const a of arrays) a?.fill(0);
}

/** Lower-case hex, used for fingerprints. */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** A field of a canonical encoding: text, raw bytes, a non-negative integer, or null. */
export type Field = string | Uint8Array | number | null;

/**
 * Canonical, unambiguous encoding of a list of fields (type tag, 4-byte length, value),
 * used for associated data, signatures and fingerprints: distinct field lists can never
 * produce the same bytes, unlike joining strings with a separator.
 */
export function encodeFields(fields: readonly Field[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const f of fields) {
    let tag: number;
    let value: Uint8Array;
    if (f === null) {
      tag = 0;
      value = new Uint8Array(0);
    } else if (typeof f === 'string') {
      tag = 1;
      value = utf8(f);
    } else if (typeof f === 'number') {
      if (!Number.isSafeInteger(f) || f < 0) throw new CryptoError('bad_input');
      tag = 3;
      value = new Uint8Array(8);
      new DataView(value.buffer).setBigUint64(0, BigInt(f));
    } else {
      tag = 2;
      value = f;
    }
    const head = new Uint8Array(5);
    head[0] = tag;
    new DataView(head.buffer).setUint32(1, value.length);
    parts.push(head, value);
  }
  return concatBytes(...parts);
}
