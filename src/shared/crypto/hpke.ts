import { Chacha20Poly1305 } from '@hpke/chacha20poly1305';
import { CipherSuite, type CipherSuiteSealResponse } from '@hpke/core';
import { DhkemX25519HkdfSha256, HkdfSha256 } from '@hpke/dhkem-x25519';
import { b64urlDecode, b64urlEncode, concatBytes, encodeFields, wipe } from './bytes.js';
import { ENVELOPE_VERSION, KEY_BYTES, MIN_ENVELOPE_VERSION } from './envelope.js';
import { CryptoError } from './errors.js';

/**
 * RFC 9180 base mode: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305. The
 * X25519 KEM and its HKDF come from @hpke/dhkem-x25519 (noble-based), so it works the same
 * in every browser and in Node without WebCrypto X25519 support.
 */
let suite: CipherSuite | undefined;
function hpkeSuite(): CipherSuite {
  suite ??= new CipherSuite({ kem: new DhkemX25519HkdfSha256(), kdf: new HkdfSha256(), aead: new Chacha20Poly1305() });
  return suite;
}

const ENC_BYTES = 32;
const SEALED_BYTES = 1 + ENC_BYTES + KEY_BYTES + 16;

function hpkeInfo(info: string): Uint8Array {
  if (typeof info !== 'string' || info.length === 0 || info.length > 200) throw new CryptoError('bad_input');
  return encodeFields(['mend/v1/seal', info]);
}

/**
 * Seal a 32-byte key to a person's X25519 public key (e.g. an item key for a partner).
 * `info` names what is sealed (e.g. `item:<id>`), so a sealed key cannot be replayed
 * elsewhere. Output: base64url `[version][enc 32][ciphertext+tag]`.
 */
export async function sealKey(recipientEncPublicKey: Uint8Array, key: Uint8Array, info: string): Promise<string> {
  if (!(recipientEncPublicKey instanceof Uint8Array) || recipientEncPublicKey.length !== 32) throw new CryptoError('bad_key');
  if (!(key instanceof Uint8Array) || key.length !== KEY_BYTES) throw new CryptoError('bad_key');
  const header = new Uint8Array([ENVELOPE_VERSION]);
  const s = hpkeSuite();
  let res: CipherSuiteSealResponse;
  try {
    const recipientPublicKey = await s.kem.deserializePublicKey(recipientEncPublicKey);
    res = await s.seal({ recipientPublicKey, info: hpkeInfo(info) }, key, header);
  } catch (e) {
    if (e instanceof CryptoError) throw e;
    throw new CryptoError('bad_key');
  }
  return b64urlEncode(concatBytes(header, new Uint8Array(res.enc), new Uint8Array(res.ct)));
}

/** Open a key sealed to us with our X25519 private key (raw 32 bytes); any failure is 'decrypt_failed'. */
export async function openSealedKey(recipientEncPrivateKey: Uint8Array, sealed: string, info: string): Promise<Uint8Array> {
  if (!(recipientEncPrivateKey instanceof Uint8Array) || recipientEncPrivateKey.length !== 32) throw new CryptoError('bad_key');
  const infoBytes = hpkeInfo(info);
  if (typeof sealed !== 'string' || sealed.length > 200) throw new CryptoError('bad_envelope');
  let bytes: Uint8Array;
  try {
    bytes = b64urlDecode(sealed);
  } catch {
    throw new CryptoError('bad_envelope');
  }
  if (bytes.length < 1) throw new CryptoError('bad_envelope');
  const version = bytes[0]!;
  if (version < MIN_ENVELOPE_VERSION || version > ENVELOPE_VERSION) throw new CryptoError('unsupported_version');
  if (bytes.length !== SEALED_BYTES) throw new CryptoError('bad_envelope');
  const s = hpkeSuite();
  // Copy: the library keeps a reference to the key it was given.
  const sk = recipientEncPrivateKey.slice();
  try {
    const recipientKey = await s.kem.deserializePrivateKey(sk);
    const pt = new Uint8Array(
      await s.open(
        { recipientKey, enc: bytes.slice(1, 1 + ENC_BYTES), info: infoBytes },
        bytes.slice(1 + ENC_BYTES),
        bytes.subarray(0, 1),
      ),
    );
    if (pt.length !== KEY_BYTES) {
      wipe(pt);
      throw new Error('length');
    }
    return pt;
  } catch {
    throw new CryptoError('decrypt_failed');
  } finally {
    wipe(sk);
  }
}
