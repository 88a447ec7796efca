/**
 * A password-encrypted archive for an export (SECURITY.md DATA-03): Argon2id of a passphrase
 * the person chooses (separate from their Mend password) keys XChaCha20-Poly1305 over the
 * export. The file is self-describing JSON, so it opens years later with these parameters.
 */
import { b64urlDecode, b64urlEncode, randomBytes, utf8, wipe } from './bytes.js';
import { openEnvelopeBytes, sealEnvelopeBytes } from './envelope.js';
import { CryptoError } from './errors.js';
import { assertKdfAcceptable, deriveFromPassword, type KdfParams, MIN_SALT_BYTES, PROD_KDF } from './kdf.js';

/** The `format` field that marks a Mend archive. */
export const ARCHIVE_FORMAT = 'mend-encrypted-export';
const CONTEXT = utf8('mend/v1/export-archive');

interface ArchiveFile {
  format: typeof ARCHIVE_FORMAT;
  version: 1;
  kdf: KdfParams;
  salt: string;
  data: string;
}

/** Encrypts `plaintext` under `passphrase`; returns the archive file's text. */
export async function sealArchive(passphrase: string, plaintext: string, opts: { kdf?: KdfParams; allowWeak?: boolean } = {}): Promise<string> {
  const kdf = opts.kdf ?? PROD_KDF;
  const salt = randomBytes(MIN_SALT_BYTES);
  const { authKey, kek } = await deriveFromPassword(passphrase, salt, kdf, opts.allowWeak ? { allowWeak: true } : {});
  try {
    const data = b64urlEncode(sealEnvelopeBytes(kek, utf8(plaintext), CONTEXT));
    const file: ArchiveFile = { format: ARCHIVE_FORMAT, version: 1, kdf, salt: b64urlEncode(salt), data };
    return JSON.stringify(file);
  } finally {
    wipe(authKey, kek);
  }
}

/** Opens an archive's text with its passphrase; a wrong one is `wrong_password`, a damaged file `bad_envelope`. */
export async function openArchive(archive: string, passphrase: string, opts: { allowWeak?: boolean } = {}): Promise<string> {
  const file = parseArchive(archive);
  const weak = opts.allowWeak ? { allowWeak: true } : {};
  assertKdfAcceptable(file.kdf, weak);
  const { authKey, kek } = await deriveFromPassword(passphrase, b64urlDecode(file.salt), file.kdf, weak);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(openEnvelopeBytes(kek, file.data, CONTEXT));
  } catch (e) {
    throw e instanceof CryptoError && e.code === 'decrypt_failed' ? new CryptoError('wrong_password') : e;
  } finally {
    wipe(authKey, kek);
  }
}

function parseArchive(text: string): ArchiveFile {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new CryptoError('bad_envelope');
  }
  const f = v as Partial<ArchiveFile> | null;
  if (
    !f ||
    f.format !== ARCHIVE_FORMAT ||
    f.version !== 1 ||
    typeof f.salt !== 'string' ||
    typeof f.data !== 'string' ||
    !f.kdf ||
    typeof f.kdf !== 'object'
  ) {
    throw new CryptoError('bad_envelope');
  }
  return f as ArchiveFile;
}
