import type { KdfParams } from '../api/auth.js';
import { utf8, wipe } from './bytes.js';
import { CryptoError } from './errors.js';

export type { KdfParams };

/** Production Argon2id settings (ENCRYPTION.md: 64 MiB, 3 passes); also the floor the client accepts. */
export const PROD_KDF: KdfParams = Object.freeze({
  alg: 'argon2id',
  version: 1,
  memoryKiB: 65536,
  iterations: 3,
  parallelism: 1,
});

/** Deliberately weak settings so tests run fast; refused everywhere unless allowWeak is set. */
export const TEST_KDF: KdfParams = Object.freeze({
  alg: 'argon2id',
  version: 1,
  memoryKiB: 256,
  iterations: 1,
  parallelism: 1,
});

/** Upper bounds, so a hostile server cannot make the client hang or run out of memory. */
const MAX_MEMORY_KIB = 1_048_576;
const MAX_ITERATIONS = 16;
const MAX_PARALLELISM = 4;

/** Salts shorter than this would make precomputation against many accounts cheaper. */
export const MIN_SALT_BYTES = 16;

/**
 * Refuse KDF parameters below the production minimum (CRYPTO-09 "strict sign-in"): a
 * server that hands out weak parameters could otherwise make a stolen authKey cheap to
 * brute-force. Also refuses unknown algorithms and absurd costs.
 */
export function assertKdfAcceptable(kdf: KdfParams, opts: { allowWeak?: boolean } = {}): void {
  const k = kdf as Partial<Record<keyof KdfParams, unknown>>;
  if (k.alg !== 'argon2id' || k.version !== 1) throw new CryptoError('bad_kdf');
  const { memoryKiB, iterations, parallelism } = kdf;
  for (const n of [memoryKiB, iterations, parallelism]) {
    if (!Number.isSafeInteger(n) || n < 1) throw new CryptoError('bad_kdf');
  }
  if (memoryKiB > MAX_MEMORY_KIB || iterations > MAX_ITERATIONS || parallelism > MAX_PARALLELISM) {
    throw new CryptoError('bad_kdf');
  }
  // Argon2 itself needs at least 8 KiB per lane.
  if (memoryKiB < 8 * parallelism) throw new CryptoError('bad_kdf');
  if (opts.allowWeak) return;
  if (memoryKiB < PROD_KDF.memoryKiB || iterations < PROD_KDF.iterations || parallelism < PROD_KDF.parallelism) {
    throw new CryptoError('weak_kdf');
  }
}

/** The two keys a password yields: one proves the password to the server, one never leaves the client. */
export interface PasswordKeys {
  /** Sent at sign-in; the server stores only Argon2id(authKey). */
  authKey: Uint8Array;
  /** Wraps the master key; never sent anywhere. */
  kek: Uint8Array;
}

/**
 * Argon2id(NFC(password), salt) → 64 bytes; the first half is authKey, the second kek
 * (ENCRYPTION.md). NFC so the same password typed on different keyboards gives the same keys.
 */
export async function deriveFromPassword(
  password: string,
  salt: Uint8Array,
  kdf: KdfParams,
  opts: { allowWeak?: boolean } = {},
): Promise<PasswordKeys> {
  if (typeof password !== 'string' || password.length === 0) throw new CryptoError('bad_input');
  if (!(salt instanceof Uint8Array) || salt.length < MIN_SALT_BYTES) throw new CryptoError('bad_input');
  assertKdfAcceptable(kdf, opts);
  const pw = utf8(password.normalize('NFC'));
  try {
    // Loaded when a password is first used, not with the first page: the WebAssembly Argon2
    // is the largest part of the client, and the welcome page never needs it.
    const { argon2id } = await import('hash-wasm');
    const out = await argon2id({
      password: pw,
      salt,
      iterations: kdf.iterations,
      parallelism: kdf.parallelism,
      memorySize: kdf.memoryKiB,
      hashLength: 64,
      outputType: 'binary',
    });
    const keys = { authKey: out.slice(0, 32), kek: out.slice(32, 64) };
    wipe(out);
    return keys;
  } finally {
    wipe(pw);
  }
}
