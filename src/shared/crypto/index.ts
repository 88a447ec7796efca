/**
 * Mend's one end-to-end encryption module (ENCRYPTION.md), for browser and Node alike.
 * Every export is documented where it is declared.
 */

// Encoding, randomness and small byte helpers.
export { b64urlDecode, b64urlEncode, fromUtf8, randomBytes, toHex, utf8, wipe } from './bytes.js';
// The module's single error type.
export { CryptoError } from './errors.js';
// Password → authKey + kek.
export { assertKdfAcceptable, deriveFromPassword, MIN_SALT_BYTES, PROD_KDF, TEST_KDF, type KdfParams } from './kdf.js';
// The master key behind one device's app-lock passcode.
export { openDeviceLock, sealDeviceLock, type DeviceLockRecord } from './device-lock.js';
// Versioned envelopes and key wrapping.
export { ENVELOPE_VERSION, MIN_ENVELOPE_VERSION, unwrapKey, WRAP_PURPOSE, wrapKey } from './envelope.js';
// Account keys, recovery-key derivations, wrapping for the wire.
export {
  createAccountKeys,
  decisionKey,
  draftName,
  DRAFT_NAME_PREFIX,
  draftsKey,
  generateEncKeyPair,
  recoveryAuthKey,
  recoveryWrapKey,
  unwrapAccountKeys,
  unwrapMasterKey,
  unwrapMasterKeyWithRecovery,
  wrapAccountKeys,
  wrapMasterKey,
  wrapMasterKeyForRecovery,
  type KeyPair,
} from './account.js';
// Recovery key as 24 words.
export { recoveryKeyToWords, wordsToRecoveryKey } from './recovery-words.js';
// Fingerprints and safety codes for trust in public keys.
export { keyFingerprint, safetyCode } from './fingerprint.js';
// Item content encryption and authorship signatures.
export {
  canonicalJson,
  decryptItem,
  encryptItem,
  ITEM_ENVELOPE_VERSION,
  itemEnvelopeVersion,
  LEGACY_ITEM_ENVELOPE_VERSION,
  newItemKey,
  paddedLength,
  signItem,
  verifyItem,
  type Ed25519Verify,
  type ItemAd,
} from './items.js';
// A password-encrypted archive for exports.
export { openArchive, sealArchive } from './archive.js';
// Sealing keys to a person (HPKE).
export { openSealedKey, sealKey } from './hpke.js';
