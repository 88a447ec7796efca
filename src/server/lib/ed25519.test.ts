import { ed25519 } from '@noble/curves/ed25519.js';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { b64urlEncode, ITEM_ENVELOPE_VERSION, signItem, verifyItem } from '../../shared/crypto/index.js';
import { nativeEd25519Verify } from './ed25519.js';

const noble = (sig: Uint8Array, msg: Uint8Array, pub: Uint8Array) => {
  try {
    return ed25519.verify(sig, msg, pub, { zip215: false });
  } catch {
    return false;
  }
};

// The group order L, little-endian: S + L is the classic non-canonical (malleable) signature.
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const toLe = (n: bigint) => Uint8Array.from({ length: 32 }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn));
const fromLe = (b: Uint8Array) => b.reduce((acc, byte, i) => acc + (BigInt(byte) << BigInt(8 * i)), 0n);

function cases() {
  const out: { name: string; sig: Uint8Array; msg: Uint8Array; pub: Uint8Array }[] = [];
  for (let i = 0; i < 20; i++) {
    const priv = randomBytes(32);
    const pub = ed25519.getPublicKey(priv);
    const msg = randomBytes(1 + i * 7);
    const sig = ed25519.sign(msg, priv);
    out.push({ name: `valid ${i}`, sig, msg, pub });
    const flipMsg = Uint8Array.from(msg);
    flipMsg[i % msg.length]! ^= 1;
    out.push({ name: `tampered message ${i}`, sig, msg: flipMsg, pub });
    const flipSig = Uint8Array.from(sig);
    flipSig[(i * 3) % 64]! ^= 1 << (i % 8);
    out.push({ name: `tampered signature ${i}`, sig: flipSig, msg, pub });
    out.push({ name: `another's key ${i}`, sig, msg, pub: ed25519.getPublicKey(randomBytes(32)) });
    const s = fromLe(sig.slice(32));
    const malleable = Uint8Array.from([...sig.slice(0, 32), ...toLe(s + L)]);
    out.push({ name: `non-canonical S ${i}`, sig: malleable, msg, pub });
    // R shifted by the point of order 2, (0, -1).
    const T = ed25519.Point.fromBytes(toLe(2n ** 255n - 19n - 1n), false);
    const shiftedR = ed25519.Point.fromBytes(sig.slice(0, 32), false).add(T).toBytes();
    out.push({ name: `R with a small-order part ${i}`, sig: Uint8Array.from([...shiftedR, ...sig.slice(32)]), msg, pub });
    const badPub = Uint8Array.from(pub);
    badPub[31]! ^= 0x80;
    out.push({ name: `key with its sign bit flipped ${i}`, sig, msg, pub: badPub });
  }
  const zero = new Uint8Array(32);
  const identity = Uint8Array.from([1, ...new Array<number>(31).fill(0)]);
  const msg = Uint8Array.from([1, 2, 3]);
  // Small-order and degenerate keys and signatures.
  out.push({ name: 'identity key, identity R, zero S', sig: Uint8Array.from([...identity, ...zero]), msg, pub: identity });
  out.push({ name: 'all-zero key and signature', sig: new Uint8Array(64), msg, pub: zero });
  out.push({ name: 'all-ones key', sig: new Uint8Array(64).fill(0xff), msg, pub: new Uint8Array(32).fill(0xff) });
  // y = p (non-canonical encoding of 0) and y = p + 1 (of 1).
  const p = 2n ** 255n - 19n;
  out.push({ name: 'non-canonical key y = p+1', sig: Uint8Array.from([...identity, ...zero]), msg, pub: toLe(p + 1n) });
  out.push({ name: 'non-canonical R y = p+1', sig: Uint8Array.from([...toLe(p + 1n), ...zero]), msg, pub: identity });
  for (let i = 0; i < 30; i++) out.push({ name: `random bytes ${i}`, sig: randomBytes(64), msg, pub: randomBytes(32) });
  return out;
}

describe('native Ed25519 verification', () => {
  it('accept and reject exactly what the browser verifier does', () => {
    const all = cases();
    for (const c of all) expect(nativeEd25519Verify(c.sig, c.msg, c.pub), c.name).toBe(noble(c.sig, c.msg, c.pub));
    // The set is not trivial: both answers occur.
    expect(all.filter((c) => noble(c.sig, c.msg, c.pub)).length).toBe(20);
  });

  it('reject malformed lengths without throwing', () => {
    const priv = randomBytes(32);
    const pub = ed25519.getPublicKey(priv);
    const msg = Uint8Array.from([9]);
    const sig = ed25519.sign(msg, priv);
    expect(nativeEd25519Verify(sig.slice(0, 63), msg, pub)).toBe(false);
    expect(nativeEd25519Verify(sig, msg, pub.slice(0, 31))).toBe(false);
    expect(nativeEd25519Verify(new Uint8Array(0), msg, new Uint8Array(0))).toBe(false);
  });

  it('give verifyItem the same answers on items', () => {
    const priv = randomBytes(32);
    const pub = ed25519.getPublicKey(priv);
    // An envelope-2 body (its first byte names the format), with state the signature covers.
    const body = randomBytes(297);
    body[0] = ITEM_ENVELOPE_VERSION;
    const fields = { itemId: '0b4a1c2e-8a8e-4f5c-9a57-3a1f0d6b2c11', kind: 'checkin', version: 1, ciphertext: b64urlEncode(body), state: { section: 'afraid_of' } };
    const signature = signItem(priv, fields);
    const variants: [Parameters<typeof verifyItem>[1], string][] = [
      [fields, signature],
      [{ ...fields, version: 2 }, signature],
      [{ ...fields, kind: 'note' }, signature],
      [{ ...fields, state: { section: 'what_happened' } }, signature],
      [fields, signature.slice(0, -2) + (signature.endsWith('AA') ? 'AB' : 'AA')],
      [fields, 'not base64url!'],
      [fields, ''],
    ];
    for (const [f, s] of variants) expect(verifyItem(pub, f, s, nativeEd25519Verify)).toBe(verifyItem(pub, f, s));
    expect(verifyItem(b64urlEncode(pub), fields, signature, nativeEd25519Verify)).toBe(true);
  });
});
