import { x25519 } from '@noble/curves/ed25519.js';
import { argon2id as nobleArgon2id } from '@noble/hashes/argon2.js';
import { describe, expect, it } from 'vitest';
import {
  assertKdfAcceptable,
  b64urlDecode,
  b64urlEncode,
  canonicalJson,
  createAccountKeys,
  CryptoError,
  decryptItem,
  deriveFromPassword,
  encryptItem,
  fromUtf8,
  generateEncKeyPair,
  ITEM_ENVELOPE_VERSION,
  itemEnvelopeVersion,
  keyFingerprint,
  LEGACY_ITEM_ENVELOPE_VERSION,
  newItemKey,
  openSealedKey,
  paddedLength,
  PROD_KDF,
  randomBytes,
  recoveryAuthKey,
  recoveryKeyToWords,
  recoveryWrapKey,
  safetyCode,
  sealKey,
  signItem,
  TEST_KDF,
  unwrapAccountKeys,
  unwrapKey,
  unwrapMasterKey,
  unwrapMasterKeyWithRecovery,
  verifyItem,
  wordsToRecoveryKey,
  WRAP_PURPOSE,
  wrapAccountKeys,
  wrapKey,
  wrapMasterKey,
  type ItemAd,
  type KdfParams,
} from './index.js';

const weak = { allowWeak: true };

function expectCryptoError(fn: () => unknown, code?: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(CryptoError);
  if (code) expect((thrown as CryptoError).code).toBe(code);
}

async function expectCryptoErrorAsync(p: Promise<unknown>, code?: string): Promise<void> {
  let thrown: unknown;
  try {
    await p;
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(CryptoError);
  if (code) expect((thrown as CryptoError).code).toBe(code);
}

/** Flip one bit of a base64url envelope. */
function flipBit(envelope: string, byteIndex: number, bit: number): string {
  const bytes = b64urlDecode(envelope);
  bytes[byteIndex]! ^= 1 << bit;
  return b64urlEncode(bytes);
}

const itemAd: ItemAd = {
  itemId: '6b1f2c7e-7d5d-4f0e-9f6b-0d6c9a3f5e11',
  kind: 'journal',
  version: 1,
  coupleId: '0a6f9d3c-55a4-4b7e-8d90-1a2b3c4d5e6f',
  authorId: '3c2b1a00-1111-4222-8333-444455556666',
};

describe('base64url', () => {
  it('round trips every length and matches the platform encoder', () => {
    for (let n = 0; n < 70; n++) {
      const b = randomBytes(n);
      const s = b64urlEncode(b);
      expect(s).toMatch(/^[A-Za-z0-9_-]*$/);
      let bin = '';
      for (const x of b) bin += String.fromCharCode(x);
      expect(s).toBe(btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
      expect(b64urlDecode(s)).toEqual(b);
    }
  });

  it('rejects padding, other alphabets, impossible lengths and non-canonical tails', () => {
    for (const bad of ['AA==', 'A+/A', 'A', 'AB C', 'AB\n', 'AB', 'AAB']) {
      // 'AB' and 'AAB' have non-zero leftover bits ('AA' and 'AAA' are the canonical forms).
      expectCryptoError(() => b64urlDecode(bad), 'bad_input');
    }
    expect(b64urlDecode('AA')).toEqual(new Uint8Array([0]));
  });
});

describe('KDF', () => {
  const salt = new Uint8Array(16).fill(7);

  it('refuses parameters below the production minimum unless weak is allowed', async () => {
    expect(() => assertKdfAcceptable(PROD_KDF)).not.toThrow();
    const weaker: KdfParams[] = [
      { ...PROD_KDF, memoryKiB: 65535 },
      { ...PROD_KDF, iterations: 2 },
      TEST_KDF,
    ];
    for (const k of weaker) {
      expectCryptoError(() => assertKdfAcceptable(k), 'weak_kdf');
      expect(() => assertKdfAcceptable(k, weak)).not.toThrow();
    }
    await expectCryptoErrorAsync(deriveFromPassword('correct horse battery staple', salt, TEST_KDF), 'weak_kdf');
  });

  it('refuses unknown algorithms and absurd costs even when weak is allowed', () => {
    const bad = [
      { ...PROD_KDF, alg: 'argon2i' },
      { ...PROD_KDF, version: 2 },
      { ...PROD_KDF, memoryKiB: 4 * 1024 * 1024 },
      { ...PROD_KDF, iterations: 1000 },
      { ...PROD_KDF, parallelism: 0 },
      { ...PROD_KDF, memoryKiB: 1.5 },
    ] as unknown as KdfParams[];
    for (const k of bad) expectCryptoError(() => assertKdfAcceptable(k, weak), 'bad_kdf');
  });

  it('is deterministic, differs with salt and password, and splits into two different keys', async () => {
    const a = await deriveFromPassword('correct horse battery staple', salt, TEST_KDF, weak);
    const b = await deriveFromPassword('correct horse battery staple', salt, TEST_KDF, weak);
    const c = await deriveFromPassword('correct horse battery staple', new Uint8Array(16).fill(8), TEST_KDF, weak);
    const d = await deriveFromPassword('correct horse battery stapler', salt, TEST_KDF, weak);
    expect(a.authKey).toHaveLength(32);
    expect(a.kek).toHaveLength(32);
    expect(a).toEqual(b);
    expect(a.authKey).not.toEqual(a.kek);
    expect(c.authKey).not.toEqual(a.authKey);
    expect(c.kek).not.toEqual(a.kek);
    expect(d.authKey).not.toEqual(a.authKey);
  });

  it('normalises the password to NFC', async () => {
    const composed = 'café au lait à minuit'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    const a = await deriveFromPassword(composed, salt, TEST_KDF, weak);
    const b = await deriveFromPassword(decomposed, salt, TEST_KDF, weak);
    expect(a).toEqual(b);
  });

  it('matches an independent Argon2id implementation (authKey = first half, kek = second)', async () => {
    const pw = 'naïve pass phrase ✨ 1234';
    const keys = await deriveFromPassword(pw, salt, TEST_KDF, weak);
    const ref = nobleArgon2id(new TextEncoder().encode(pw.normalize('NFC')), salt, { t: 1, m: 256, p: 1, dkLen: 64 });
    expect(keys.authKey).toEqual(ref.slice(0, 32));
    expect(keys.kek).toEqual(ref.slice(32));
  });

  it('refuses short salts', async () => {
    await expectCryptoErrorAsync(deriveFromPassword('correct horse battery staple', new Uint8Array(8), TEST_KDF, weak), 'bad_input');
  });

  it('runs with production parameters', async () => {
    const keys = await deriveFromPassword('correct horse battery staple', salt, PROD_KDF);
    expect(keys.kek).toHaveLength(32);
  }, 30_000);
});

describe('key wrapping', () => {
  it('round trips, and fails cleanly with the wrong key or purpose', () => {
    const kek = randomBytes(32);
    const key = randomBytes(32);
    const env = wrapKey(kek, key, WRAP_PURPOSE.master);
    expect(env.length).toBeLessThanOrEqual(512);
    expect(unwrapKey(kek, env, WRAP_PURPOSE.master)).toEqual(key);
    expectCryptoError(() => unwrapKey(randomBytes(32), env, WRAP_PURPOSE.master), 'decrypt_failed');
    expectCryptoError(() => unwrapKey(kek, env, WRAP_PURPOSE.encPrivate), 'decrypt_failed');
    expectCryptoError(() => unwrapKey(kek, env, WRAP_PURPOSE.item), 'decrypt_failed');
  });

  it('refuses keys of the wrong size and bad purposes', () => {
    expectCryptoError(() => wrapKey(randomBytes(16), randomBytes(32), 'master'), 'bad_key');
    expectCryptoError(() => wrapKey(randomBytes(32), randomBytes(31), 'master'), 'bad_key');
    expectCryptoError(() => wrapKey(randomBytes(32), randomBytes(32), ''), 'bad_input');
    expectCryptoError(() => wrapKey(randomBytes(32), randomBytes(32), 'Master/../x'), 'bad_input');
  });

  it('never returns data from a tampered envelope (every bit of it)', () => {
    const kek = randomBytes(32);
    const env = wrapKey(kek, randomBytes(32), 'item');
    const len = b64urlDecode(env).length;
    for (let i = 0; i < len; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const tampered = flipBit(env, i, bit);
        let thrown: unknown;
        let out: unknown;
        try {
          out = unwrapKey(kek, tampered, 'item');
        } catch (e) {
          thrown = e;
        }
        expect(out).toBeUndefined();
        expect(thrown).toBeInstanceOf(CryptoError);
        // The version byte gives unsupported_version; everything else decrypt_failed.
        expect(['decrypt_failed', 'unsupported_version']).toContain((thrown as CryptoError).code);
      }
    }
  });

  it('refuses truncated, extended, garbage and downgraded envelopes before decrypting', () => {
    const kek = randomBytes(32);
    const env = wrapKey(kek, randomBytes(32), 'item');
    const bytes = b64urlDecode(env);
    expectCryptoError(() => unwrapKey(kek, '', 'item'), 'bad_envelope');
    expectCryptoError(() => unwrapKey(kek, 'not base64!', 'item'), 'bad_envelope');
    expectCryptoError(() => unwrapKey(kek, b64urlEncode(bytes.subarray(0, 40)), 'item'), 'bad_envelope');
    expectCryptoError(() => unwrapKey(kek, b64urlEncode(bytes.subarray(0, bytes.length - 1)), 'item'), 'decrypt_failed');
    expectCryptoError(() => unwrapKey(kek, b64urlEncode(new Uint8Array([...bytes, 0])), 'item'), 'decrypt_failed');
    expectCryptoError(() => unwrapKey(kek, 'A'.repeat(5000), 'item'), 'bad_envelope');
    for (const v of [0, 2, 255]) {
      const other = bytes.slice();
      other[0] = v;
      expectCryptoError(() => unwrapKey(kek, b64urlEncode(other), 'item'), 'unsupported_version');
    }
  });

  it('never repeats a nonce over 100k wraps under one key', () => {
    const kek = randomBytes(32);
    const key = randomBytes(32);
    const seen = new Set<string>();
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const bytes = b64urlDecode(wrapKey(kek, key, 'item'));
      seen.add(b64urlEncode(bytes.subarray(1, 25)));
    }
    expect(seen.size).toBe(n);
  }, 60_000);
});

describe('items', () => {
  it('round trips text and bytes, including empty content', () => {
    const k = newItemKey();
    const text = 'I am sorry I missed dinner. 💛';
    expect(fromUtf8(decryptItem(k, itemAd, encryptItem(k, itemAd, text)))).toBe(text);
    const bin = randomBytes(3000);
    expect(decryptItem(k, itemAd, encryptItem(k, itemAd, bin))).toEqual(bin);
    expect(decryptItem(k, itemAd, encryptItem(k, itemAd, ''))).toEqual(new Uint8Array(0));
    expect(decryptItem(k, { ...itemAd, coupleId: null }, encryptItem(k, { ...itemAd, coupleId: null }, 'x'))).toEqual(
      new Uint8Array([120]),
    );
  });

  it('binds the ciphertext to its item id, kind, version, couple and author', () => {
    const k = newItemKey();
    const env = encryptItem(k, itemAd, 'private words');
    const others: ItemAd[] = [
      { ...itemAd, itemId: '6b1f2c7e-7d5d-4f0e-9f6b-0d6c9a3f5e12' },
      { ...itemAd, kind: 'apology' },
      { ...itemAd, version: 2 },
      { ...itemAd, coupleId: null },
      { ...itemAd, coupleId: '0a6f9d3c-55a4-4b7e-8d90-1a2b3c4d5e60' },
      { ...itemAd, authorId: '3c2b1a00-1111-4222-8333-444455556667' },
    ];
    for (const ad of others) expectCryptoError(() => decryptItem(k, ad, env), 'decrypt_failed');
    expectCryptoError(() => decryptItem(newItemKey(), itemAd, env), 'decrypt_failed');
  });

  it('swapping ciphertexts between two items fails', () => {
    const k = newItemKey();
    const adB = { ...itemAd, itemId: '11111111-2222-4333-8444-555555555555' };
    const a = encryptItem(k, itemAd, 'a');
    const b = encryptItem(k, adB, 'b');
    expectCryptoError(() => decryptItem(k, itemAd, b), 'decrypt_failed');
    expectCryptoError(() => decryptItem(k, adB, a), 'decrypt_failed');
  });

  it('pads to length buckets so short texts look alike', () => {
    const k = newItemKey();
    const short = encryptItem(k, itemAd, 'ok');
    const longer = encryptItem(k, itemAd, 'x'.repeat(200));
    expect(short.length).toBe(longer.length);
    for (let n = 0; n < 100_000; n += 997) {
      const p = paddedLength(n);
      expect(p).toBeGreaterThan(n);
      expect(p).toBeLessThanOrEqual(Math.max(256, (n + 1) * 1.13));
    }
  });

  it('tampering anywhere in an item envelope fails', () => {
    const k = newItemKey();
    const env = encryptItem(k, itemAd, 'hi');
    const len = b64urlDecode(env).length;
    for (let i = 0; i < len; i += 7) {
      expectCryptoError(() => decryptItem(k, itemAd, flipBit(env, i, i % 8)));
    }
  });
});

describe('account keys, password change and recovery', () => {
  it('signs up, changes password, and still reads an item; recovery works from words', async () => {
    const keys = createAccountKeys();
    const salt = randomBytes(16);
    const { kek } = await deriveFromPassword('first password for mend', salt, TEST_KDF, weak);
    const wire = wrapAccountKeys(keys, kek);
    for (const v of Object.values(wire)) expect(v).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(b64urlDecode(wire.encPublicKey)).toEqual(keys.encKeyPair.publicKey);
    expect(b64urlDecode(wire.recoveryAuth)).toEqual(recoveryAuthKey(keys.recoveryKey));
    expect(recoveryAuthKey(keys.recoveryKey)).not.toEqual(recoveryWrapKey(keys.recoveryKey));

    // The author's item, its key wrapped under the master key.
    const itemKey = newItemKey();
    const wrappedItemKey = wrapKey(keys.masterKey, itemKey, WRAP_PURPOSE.item);
    const ct = encryptItem(itemKey, itemAd, 'still here');

    // Password change: only the master key is re-wrapped.
    const newSalt = randomBytes(16);
    const next = await deriveFromPassword('second password for mend', newSalt, TEST_KDF, weak);
    const master = unwrapMasterKey(kek, wire.masterKeyWrapped);
    const rewrapped = wrapMasterKey(next.kek, master);
    expectCryptoError(() => unwrapMasterKey(kek, rewrapped), 'decrypt_failed');
    const master2 = unwrapMasterKey(next.kek, rewrapped);
    const unlocked = unwrapAccountKeys(master2, { ...wire });
    expect(unlocked.signKeyPair.privateKey).toEqual(keys.signKeyPair.privateKey);
    expect(fromUtf8(decryptItem(unwrapKey(master2, wrappedItemKey, 'item'), itemAd, ct))).toBe('still here');

    // Recovery: words → key → master.
    const words = recoveryKeyToWords(keys.recoveryKey);
    expect(words.split(' ')).toHaveLength(24);
    const messy = `  ${words.toUpperCase().split(' ').map((w, i) => `${i + 1}. ${w}`).join('\n')}  `;
    const rk = wordsToRecoveryKey(messy);
    expect(rk).toEqual(keys.recoveryKey);
    expect(unwrapMasterKeyWithRecovery(rk, wire.recoveryWrapped)).toEqual(keys.masterKey);
    expectCryptoError(() => unwrapMasterKeyWithRecovery(randomBytes(32), wire.recoveryWrapped), 'bad_recovery_key');
    // The recovery blob cannot pass as the password blob, even under the right key.
    expectCryptoError(() => unwrapKey(recoveryWrapKey(rk), wire.masterKeyWrapped, 'master'), 'decrypt_failed');
  });

  it('catches a server that swaps a public key in the bundle', () => {
    const keys = createAccountKeys();
    const wire = wrapAccountKeys(keys, randomBytes(32));
    const other = createAccountKeys();
    const swapped = { ...wire, encPublicKey: b64urlEncode(other.encKeyPair.publicKey) };
    expectCryptoError(() => unwrapAccountKeys(keys.masterKey, swapped), 'bad_key');
    const swappedSign = { ...wire, signPublicKey: b64urlEncode(other.signKeyPair.publicKey) };
    expectCryptoError(() => unwrapAccountKeys(keys.masterKey, swappedSign), 'bad_key');
    // A private key blob moved to the other purpose fails.
    const moved = { ...wire, encPrivateWrapped: wire.signPrivateWrapped };
    expectCryptoError(() => unwrapAccountKeys(keys.masterKey, moved), 'decrypt_failed');
  });

  it('rejects wrong words and checksums', () => {
    const words = recoveryKeyToWords(randomBytes(32)).split(' ');
    expectCryptoError(() => wordsToRecoveryKey(words.slice(0, 23).join(' ')), 'bad_recovery_key');
    expectCryptoError(() => wordsToRecoveryKey([...words.slice(0, 23), 'notaword'].join(' ')), 'bad_recovery_key');
    // Swapping two different words almost always breaks the 8-bit checksum; find a swap that does.
    let broke = false;
    for (let i = 1; i < 24 && !broke; i++) {
      if (words[0] === words[i]) continue;
      const swapped = words.slice();
      [swapped[0], swapped[i]] = [swapped[i]!, swapped[0]!];
      try {
        wordsToRecoveryKey(swapped.join(' '));
      } catch (e) {
        expect(e).toBeInstanceOf(CryptoError);
        expect((e as CryptoError).code).toBe('bad_recovery_key');
        broke = true;
      }
    }
    expect(broke).toBe(true);
    expectCryptoError(() => recoveryKeyToWords(randomBytes(16)), 'bad_key');
  });
});

describe('fingerprints and safety codes', () => {
  const person = () => {
    const k = createAccountKeys();
    return { encPublicKey: b64urlEncode(k.encKeyPair.publicKey), signPublicKey: b64urlEncode(k.signKeyPair.publicKey) };
  };

  it('fingerprints are stable and depend on both keys in order', () => {
    const a = person();
    expect(keyFingerprint(a)).toBe(keyFingerprint({ ...a }));
    expect(keyFingerprint(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(keyFingerprint({ encPublicKey: a.signPublicKey, signPublicKey: a.encPublicKey })).not.toBe(keyFingerprint(a));
    expectCryptoError(() => keyFingerprint({ ...a, encPublicKey: 'AAAA' }), 'bad_key');
  });

  it('safety codes are symmetric, 5 groups of 4 digits, and change when either key changes', () => {
    const a = person();
    const b = person();
    const code = safetyCode(a, b);
    expect(code).toMatch(/^\d{4} \d{4} \d{4} \d{4} \d{4}$/);
    expect(safetyCode(b, a)).toBe(code);
    const c = person();
    expect(safetyCode(a, { ...b, encPublicKey: c.encPublicKey })).not.toBe(code);
    expect(safetyCode(a, { ...b, signPublicKey: c.signPublicKey })).not.toBe(code);
    expect(safetyCode({ ...a, encPublicKey: c.encPublicKey }, b)).not.toBe(code);
  });

  it('has a known answer, so the format never changes silently', () => {
    const a = { encPublicKey: b64urlEncode(new Uint8Array(32)), signPublicKey: b64urlEncode(new Uint8Array(32).fill(1)) };
    const b = { encPublicKey: b64urlEncode(new Uint8Array(32).fill(2)), signPublicKey: b64urlEncode(new Uint8Array(32).fill(3)) };
    expect({ fp: keyFingerprint(a), code: safetyCode(a, b) }).toMatchInlineSnapshot(`
      {
        "code": "8089 3331 6455 2505 8277",
        "fp": "2f68441c1fedd01155819a0e282dec42507dd4648576883c606b9cb421d0d111",
      }
    `);
  });
});

describe('HPKE sealing', () => {
  it('round trips to the recipient with noble-made raw keys', async () => {
    const r = generateEncKeyPair();
    const key = newItemKey();
    const sealed = await sealKey(r.publicKey, key, 'item:abc');
    expect(await openSealedKey(r.privateKey, sealed, 'item:abc')).toEqual(key);
    // Two seals of the same key differ (fresh ephemeral key each time).
    expect(await sealKey(r.publicKey, key, 'item:abc')).not.toBe(sealed);
  });

  it('fails for the wrong recipient, another info, tampering or a downgrade', async () => {
    const r = generateEncKeyPair();
    const other = generateEncKeyPair();
    const sealed = await sealKey(r.publicKey, newItemKey(), 'item:abc');
    await expectCryptoErrorAsync(openSealedKey(other.privateKey, sealed, 'item:abc'), 'decrypt_failed');
    await expectCryptoErrorAsync(openSealedKey(r.privateKey, sealed, 'item:abd'), 'decrypt_failed');
    const len = b64urlDecode(sealed).length;
    for (let i = 1; i < len; i++) {
      await expectCryptoErrorAsync(openSealedKey(r.privateKey, flipBit(sealed, i, i % 8), 'item:abc'), 'decrypt_failed');
    }
    await expectCryptoErrorAsync(openSealedKey(r.privateKey, flipBit(sealed, 0, 0), 'item:abc'), 'unsupported_version');
    await expectCryptoErrorAsync(openSealedKey(r.privateKey, sealed.slice(0, 50), 'item:abc'), 'bad_envelope');
  });

  it('interoperates with plain X25519 public keys derived by noble', async () => {
    const sk = randomBytes(32);
    const pk = x25519.getPublicKey(sk);
    const key = newItemKey();
    expect(await openSealedKey(sk, await sealKey(pk, key, 'k'), 'k')).toEqual(key);
  });
});

describe('signatures', () => {
  it('verifies the author and rejects any change', () => {
    const { signKeyPair: s } = createAccountKeys();
    const fields = { itemId: itemAd.itemId, kind: 'journal', version: 1, ciphertext: encryptItem(newItemKey(), itemAd, 'x') };
    const sig = signItem(s.privateKey, fields);
    expect(verifyItem(s.publicKey, fields, sig)).toBe(true);
    expect(verifyItem(b64urlEncode(s.publicKey), fields, sig)).toBe(true);
    expect(verifyItem(createAccountKeys().signKeyPair.publicKey, fields, sig)).toBe(false);
    expect(verifyItem(s.publicKey, { ...fields, version: 2 }, sig)).toBe(false);
    expect(verifyItem(s.publicKey, { ...fields, kind: 'apology' }, sig)).toBe(false);
    expect(verifyItem(s.publicKey, { ...fields, itemId: 'other' }, sig)).toBe(false);
    expect(verifyItem(s.publicKey, { ...fields, ciphertext: flipBit(fields.ciphertext, 30, 1) }, sig)).toBe(false);
    expect(verifyItem(s.publicKey, fields, flipBit(sig, 5, 0))).toBe(false);
    expect(verifyItem(s.publicKey, fields, 'garbage!')).toBe(false);
    expect(verifyItem('short', fields, sig)).toBe(false);
    expect(verifyItem(s.publicKey, { ...fields, ciphertext: '!!' }, sig)).toBe(false);
  });
});

describe('envelope 2: the signature and the cipher cover the plaintext state', () => {
  const parentA = '11111111-2222-4333-8444-555555555555';
  const parentB = '11111111-2222-4333-8444-666666666666';

  it('writes envelope 2, and a changed state or re-pointed reference no longer verifies', () => {
    const { signKeyPair: s } = createAccountKeys();
    const state = { parentId: parentA };
    const ciphertext = encryptItem(newItemKey(), { ...itemAd, state }, 'yes, I accept');
    expect(itemEnvelopeVersion(ciphertext)).toBe(ITEM_ENVELOPE_VERSION);
    const fields = { itemId: itemAd.itemId, kind: 'agreement_response', version: 1, ciphertext, state };
    const sig = signItem(s.privateKey, fields);
    expect(verifyItem(s.publicKey, fields, sig)).toBe(true);
    // The same state with its keys in another order (as a database may return it) still verifies.
    expect(verifyItem(s.publicKey, { ...fields, state: JSON.parse('{"parentId":"' + parentA + '"}') as unknown }, sig)).toBe(true);
    expect(verifyItem(s.publicKey, { ...fields, state: { parentId: parentB } }, sig)).toBe(false);
    expect(verifyItem(s.publicKey, { ...fields, state: {} }, sig)).toBe(false);
    expect(verifyItem(s.publicKey, { ...fields, state: null }, sig)).toBe(false);
    expect(verifyItem(s.publicKey, { ...fields, state: { parentId: parentA, extra: 1 } }, sig)).toBe(false);
  });

  it('a relabelled section or a changed schedule no longer verifies', () => {
    const { signKeyPair: s } = createAccountKeys();
    const ct = encryptItem(newItemKey(), itemAd, 'x');
    const section = { itemId: itemAd.itemId, kind: 'reflection', version: 3, ciphertext: ct, state: { section: 'how_it_felt' } };
    const sig = signItem(s.privateKey, section);
    expect(verifyItem(s.publicKey, { ...section, state: { section: 'what_i_need' } }, sig)).toBe(false);
    const schedule = { ...section, kind: 'commitment', state: { schedule: { days: [1, 3], time: '08:00' }, dueAt: null } };
    const sig2 = signItem(s.privateKey, schedule);
    expect(verifyItem(s.publicKey, schedule, sig2)).toBe(true);
    expect(verifyItem(s.publicKey, { ...schedule, state: { schedule: { days: [1, 4], time: '08:00' }, dueAt: null } }, sig2)).toBe(false);
  });

  it('binds the state into the cipher too: the content does not open under another state', () => {
    const k = newItemKey();
    const env = encryptItem(k, { ...itemAd, state: { parentId: parentA } }, 'words');
    expect(fromUtf8(decryptItem(k, { ...itemAd, state: { parentId: parentA } }, env))).toBe('words');
    expectCryptoError(() => decryptItem(k, { ...itemAd, state: { parentId: parentB } }, env), 'decrypt_failed');
    expectCryptoError(() => decryptItem(k, itemAd, env), 'decrypt_failed');
  });

  it('older-format items (envelope 1) stay readable and verifiable, with state outside the signature', () => {
    const { signKeyPair: s } = createAccountKeys();
    const k = newItemKey();
    const env = encryptItem(k, itemAd, 'from before', LEGACY_ITEM_ENVELOPE_VERSION);
    expect(itemEnvelopeVersion(env)).toBe(LEGACY_ITEM_ENVELOPE_VERSION);
    expect(fromUtf8(decryptItem(k, { ...itemAd, state: { anything: true } }, env))).toBe('from before');
    const fields = { itemId: itemAd.itemId, kind: 'journal', version: 1, ciphertext: env };
    const sig = signItem(s.privateKey, fields);
    expect(verifyItem(s.publicKey, { ...fields, state: { parentId: parentB } }, sig)).toBe(true);
  });

  it('a version-2 item cannot be passed off as version 1 (the format byte is signed)', () => {
    const { signKeyPair: s } = createAccountKeys();
    const env = encryptItem(newItemKey(), itemAd, 'x');
    const fields = { itemId: itemAd.itemId, kind: 'journal', version: 1, ciphertext: env, state: {} };
    const sig = signItem(s.privateKey, fields);
    const bytes = b64urlDecode(env);
    bytes[0] = LEGACY_ITEM_ENVELOPE_VERSION;
    expect(verifyItem(s.publicKey, { ...fields, ciphertext: b64urlEncode(bytes) }, sig)).toBe(false);
    bytes[0] = 3;
    expect(verifyItem(s.publicKey, { ...fields, ciphertext: b64urlEncode(bytes) }, sig)).toBe(false);
  });

  it('canonical JSON sorts keys at every depth and refuses what JSON cannot carry', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 'x' }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":"x","z":1}]},"b":1}');
    expect(canonicalJson(undefined)).toBe('null');
    expectCryptoError(() => canonicalJson({ a: Number.NaN }), 'bad_input');
  });
});
