import { b64urlDecode, b64urlEncode, randomBytes, wipe } from './bytes.js';
import { unwrapKey, WRAP_PURPOSE, wrapKey } from './envelope.js';
import { CryptoError } from './errors.js';
import { deriveFromPassword, MIN_SALT_BYTES, PROD_KDF, type KdfParams } from './kdf.js';

/**
 * The master key as one device keeps it behind an app-lock passcode (SESS-09): the passcode
 * goes through the same Argon2id as a password, and only the kek half of its output is used
 * (the authKey half is wiped: a passcode never proves anything to the server). Nothing in this
 * record opens without the passcode.
 */
export interface DeviceLockRecord {
  salt: string;
  kdf: KdfParams;
  wrapped: string;
}

/** Wraps `masterKey` under a key derived from `passcode` with a fresh salt. */
export async function sealDeviceLock(
  passcode: string,
  masterKey: Uint8Array,
  opts: { kdf?: KdfParams; allowWeak?: boolean } = {},
): Promise<DeviceLockRecord> {
  const kdf = opts.kdf ?? PROD_KDF;
  const salt = randomBytes(MIN_SALT_BYTES);
  const { authKey, kek } = await deriveFromPassword(passcode, salt, kdf, { allowWeak: opts.allowWeak });
  try {
    return { salt: b64urlEncode(salt), kdf, wrapped: wrapKey(kek, masterKey, WRAP_PURPOSE.deviceLock) };
  } finally {
    wipe(authKey, kek);
  }
}

/** The master key from a device-lock record; CryptoError 'wrong_password' when the passcode is not the one. */
export async function openDeviceLock(passcode: string, record: DeviceLockRecord, opts: { allowWeak?: boolean } = {}): Promise<Uint8Array> {
  let salt: Uint8Array;
  try {
    salt = b64urlDecode(record.salt);
  } catch {
    throw new CryptoError('bad_envelope');
  }
  const { authKey, kek } = await deriveFromPassword(passcode, salt, record.kdf, opts);
  try {
    return unwrapKey(kek, record.wrapped, WRAP_PURPOSE.deviceLock);
  } catch (e) {
    if (e instanceof CryptoError && e.code === 'decrypt_failed') throw new CryptoError('wrong_password');
    throw e;
  } finally {
    wipe(authKey, kek);
  }
}
