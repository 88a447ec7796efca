import { ENVELOPE_VERSION, ITEM_ENVELOPE_VERSION, MIN_ENVELOPE_VERSION, paddedLength } from '../../../shared/crypto/index.js';
import { AppError } from '../../lib/errors.js';

// An envelope is a version byte, a 24-byte nonce and a 16-byte tag around the padded text.
const ENVELOPE_OVERHEAD = 1 + 24 + 16;

/**
 * Checks an envelope's shape before storing it (INPUT-02): version, length, encoding. New
 * items must be envelope 2 (state signed); a draft may still be sealed by an older tab.
 */
export function checkEnvelope(b64: string, maxPlainBytes: number, field = 'ciphertext', minVersion = ITEM_ENVELOPE_VERSION): void {
  const bytes = Buffer.from(b64, 'base64url');
  const bad = (message: string) => new AppError(400, 'bad_envelope', message, { [field]: message });
  if (bytes.toString('base64url') !== b64) throw bad('The encrypted content is not valid base64url.');
  const version = bytes[0] ?? 0;
  if (version < Math.max(minVersion, MIN_ENVELOPE_VERSION) || version > ITEM_ENVELOPE_VERSION) throw bad('This encryption format version is not accepted.');
  // Item plaintext is padded to Padmé buckets of at least 256 bytes (CRYPTO-13): any other
  // length is a truncated or hand-made envelope.
  const body = bytes.length - ENVELOPE_OVERHEAD;
  if (body < 256 || paddedLength(body - 1) !== body) throw bad('The encrypted content is cut short or malformed.');
  if (bytes.length > paddedLength(maxPlainBytes) + ENVELOPE_OVERHEAD) throw bad('This is longer than Mend keeps for this kind of writing.');
}

/** Checks a wrapped or sealed key's shape (a version byte and a plausible length). */
export function checkWrappedKey(b64: string, field: string): void {
  const bytes = Buffer.from(b64, 'base64url');
  if (bytes.toString('base64url') !== b64 || (bytes[0] ?? 0) !== ENVELOPE_VERSION || bytes.length < 60 || bytes.length > 120) {
    throw new AppError(400, 'bad_envelope', 'The wrapped key is not in a format Mend accepts.', { [field]: 'Not a wrapped key.' });
  }
}
