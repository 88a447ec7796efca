import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { AccountKeys, KeyBundle } from '../api/auth.js';
import { b64urlDecode, b64urlEncode, equalBytes, randomBytes, utf8, wipe } from './bytes.js';
import { assertKey, KEY_BYTES, unwrapKey, WRAP_PURPOSE, wrapKey } from './envelope.js';
import { CryptoError } from './errors.js';

/** A raw 32-byte key pair (X25519 or Ed25519). */
export interface KeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

/** Everything a new account needs, made on the client at sign-up. */
export interface NewAccountKeys {
  masterKey: Uint8Array;
  /** Shown once as 24 words; never stored anywhere by Mend. */
  recoveryKey: Uint8Array;
  encKeyPair: KeyPair;
  signKeyPair: KeyPair;
}

/** An account's unlocked private material, as held in memory after sign-in. */
export interface UnlockedAccountKeys {
  encKeyPair: KeyPair;
  signKeyPair: KeyPair;
}

/** A fresh X25519 key pair for receiving sealed keys (raw 32-byte halves). */
export function generateEncKeyPair(): KeyPair {
  const privateKey = randomBytes(32);
  return { privateKey, publicKey: x25519.getPublicKey(privateKey) };
}

/** A fresh Ed25519 key pair for signing items (the private half is the 32-byte seed). */
export function generateSignKeyPair(): KeyPair {
  const privateKey = randomBytes(32);
  return { privateKey, publicKey: ed25519.getPublicKey(privateKey) };
}

/** All random key material for a new account (ENCRYPTION.md "Keys"). */
export function createAccountKeys(): NewAccountKeys {
  return {
    masterKey: randomBytes(KEY_BYTES),
    recoveryKey: randomBytes(KEY_BYTES),
    encKeyPair: generateEncKeyPair(),
    signKeyPair: generateSignKeyPair(),
  };
}

const RECOVERY_AUTH_INFO = 'mend/v1/recovery/auth';
const RECOVERY_WRAP_INFO = 'mend/v1/recovery/wrap';

/** What proves the recovery key to the server; a separate HKDF output, so it reveals nothing about the wrap key. */
export function recoveryAuthKey(recoveryKey: Uint8Array): Uint8Array {
  assertKey(recoveryKey);
  return hkdf(sha256, recoveryKey, undefined, utf8(RECOVERY_AUTH_INFO), 32);
}

/** The key that wraps masterKey for recovery; never leaves the client. */
export function recoveryWrapKey(recoveryKey: Uint8Array): Uint8Array {
  assertKey(recoveryKey);
  return hkdf(sha256, recoveryKey, undefined, utf8(RECOVERY_WRAP_INFO), 32);
}

/** Wrap masterKey under a password kek (sign-up, password change, recovery). */
export function wrapMasterKey(kek: Uint8Array, masterKey: Uint8Array): string {
  return wrapKey(kek, masterKey, WRAP_PURPOSE.master);
}

/** Unwrap masterKey with a password kek; 'decrypt_failed' means a wrong password or a bad blob. */
export function unwrapMasterKey(kek: Uint8Array, masterKeyWrapped: string): Uint8Array {
  return unwrapKey(kek, masterKeyWrapped, WRAP_PURPOSE.master);
}

/** Wrap masterKey under the recovery key (sign-up only). */
export function wrapMasterKeyForRecovery(recoveryKey: Uint8Array, masterKey: Uint8Array): string {
  const wk = recoveryWrapKey(recoveryKey);
  try {
    return wrapKey(wk, masterKey, WRAP_PURPOSE.masterRecovery);
  } finally {
    wipe(wk);
  }
}

/** Unwrap masterKey with the recovery key; throws 'bad_recovery_key' when it does not fit. */
export function unwrapMasterKeyWithRecovery(recoveryKey: Uint8Array, recoveryWrapped: string): Uint8Array {
  const wk = recoveryWrapKey(recoveryKey);
  try {
    return unwrapKey(wk, recoveryWrapped, WRAP_PURPOSE.masterRecovery);
  } catch (e) {
    if (e instanceof CryptoError && e.code === 'decrypt_failed') throw new CryptoError('bad_recovery_key');
    throw e;
  } finally {
    wipe(wk);
  }
}

/** The sign-up wire object (accountKeysSchema): public keys in the clear, everything secret wrapped. */
export function wrapAccountKeys(keys: NewAccountKeys, kek: Uint8Array): AccountKeys {
  const recoveryAuth = recoveryAuthKey(keys.recoveryKey);
  try {
    return {
      masterKeyWrapped: wrapMasterKey(kek, keys.masterKey),
      recoveryWrapped: wrapMasterKeyForRecovery(keys.recoveryKey, keys.masterKey),
      recoveryAuth: b64urlEncode(recoveryAuth),
      encPublicKey: b64urlEncode(keys.encKeyPair.publicKey),
      signPublicKey: b64urlEncode(keys.signKeyPair.publicKey),
      encPrivateWrapped: wrapKey(keys.masterKey, keys.encKeyPair.privateKey, WRAP_PURPOSE.encPrivate),
      signPrivateWrapped: wrapKey(keys.masterKey, keys.signKeyPair.privateKey, WRAP_PURPOSE.signPrivate),
    };
  } finally {
    wipe(recoveryAuth);
  }
}

function decodePublic(b64: string): Uint8Array {
  try {
    const k = b64urlDecode(b64);
    if (k.length === 32) return k;
  } catch {
    // fall through
  }
  throw new CryptoError('bad_key');
}

/**
 * Unwrap the private keys of a key bundle with masterKey, and check each matches the
 * public key the server lists: a server that swapped a public key is caught here.
 */
export function unwrapAccountKeys(masterKey: Uint8Array, bundle: KeyBundle): UnlockedAccountKeys {
  const encPublic = decodePublic(bundle.encPublicKey);
  const signPublic = decodePublic(bundle.signPublicKey);
  const encPrivate = unwrapKey(masterKey, bundle.encPrivateWrapped, WRAP_PURPOSE.encPrivate);
  let signPrivate: Uint8Array | undefined;
  try {
    signPrivate = unwrapKey(masterKey, bundle.signPrivateWrapped, WRAP_PURPOSE.signPrivate);
    if (!equalBytes(x25519.getPublicKey(encPrivate), encPublic) || !equalBytes(ed25519.getPublicKey(signPrivate), signPublic)) {
      throw new CryptoError('bad_key');
    }
    return {
      encKeyPair: { publicKey: encPublic, privateKey: encPrivate },
      signKeyPair: { publicKey: signPublic, privateKey: signPrivate },
    };
  } catch (e) {
    wipe(encPrivate, signPrivate);
    throw e;
  }
}

const DRAFTS_INFO = 'mend/v1/drafts';
/** The key a person's drafts are encrypted with, derived from their master key. */
export function draftsKey(masterKey: Uint8Array): Uint8Array {
  return hkdf(sha256, masterKey, undefined, utf8(DRAFTS_INFO), 32);
}

const DECISION_INFO = 'mend/v1/decision';
/** The key a person's exact decision-point answer is sealed under, for them alone. */
export function decisionKey(masterKey: Uint8Array): Uint8Array {
  assertKey(masterKey);
  return hkdf(sha256, masterKey, undefined, utf8(DECISION_INFO), 32);
}

const DRAFT_NAMES_INFO = 'mend/v1/draft-names';
/** The prefix of every hashed draft name; a stored name without it is an older, plain one. */
export const DRAFT_NAME_PREFIX = 'h1.';

/**
 * The name the server stores a draft under: a keyed hash (HMAC-SHA256, key from the master
 * key) of what it is a draft of, so neither the drafts table nor a URL in a request log says
 * 'apology:compose' (issue 14, item 6). A plain hash would not do: the server could hash
 * every key the app uses and compare.
 */
export function draftName(masterKey: Uint8Array, draftKey: string): string {
  assertKey(masterKey);
  const k = hkdf(sha256, masterKey, undefined, utf8(DRAFT_NAMES_INFO), 32);
  try {
    return DRAFT_NAME_PREFIX + b64urlEncode(hmac(sha256, k, utf8(draftKey)));
  } finally {
    wipe(k);
  }
}
