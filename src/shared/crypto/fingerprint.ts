import { sha256 } from '@noble/hashes/sha2.js';
import { b64urlDecode, encodeFields, toHex } from './bytes.js';
import { CryptoError } from './errors.js';

/** A person's public keys as the API carries them (base64url, 32 bytes each). */
export interface PublicKeys {
  encPublicKey: string;
  signPublicKey: string;
}

function decode32(b64: string): Uint8Array {
  let k: Uint8Array;
  try {
    k = b64urlDecode(b64);
  } catch {
    throw new CryptoError('bad_key');
  }
  if (k.length !== 32) throw new CryptoError('bad_key');
  return k;
}

function fingerprintBytes(keys: PublicKeys): Uint8Array {
  return sha256(encodeFields(['mend/v1/fingerprint', decode32(keys.encPublicKey), decode32(keys.signPublicKey)]));
}

/** Stable SHA-256 fingerprint (64 hex characters) of a person's two public keys; what the client pins. */
export function keyFingerprint(keys: PublicKeys): string {
  return toHex(fingerprintBytes(keys));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

const CODE_MOD = 10n ** 20n;

/**
 * The safety code two people compare in person: SHA-256 over both fingerprints in sorted
 * order (so both see the same code), shown as 20 digits in 5 groups of 4. The 256-bit hash
 * reduced mod 10^20 has a bias below 2^-189, so no rejection loop is needed.
 */
export function safetyCode(a: PublicKeys, b: PublicKeys): string {
  const fa = fingerprintBytes(a);
  const fb = fingerprintBytes(b);
  const [first, second] = compareBytes(fa, fb) <= 0 ? [fa, fb] : [fb, fa];
  const digest = sha256(encodeFields(['mend/v1/safety-code', first, second]));
  let n = 0n;
  for (const byte of digest) n = (n << 8n) | BigInt(byte);
  const digits = (n % CODE_MOD).toString().padStart(20, '0');
  return digits.match(/.{4}/g)!.join(' ');
}
