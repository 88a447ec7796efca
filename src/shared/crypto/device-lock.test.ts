import { describe, expect, it } from 'vitest';
import { CryptoError, openDeviceLock, randomBytes, sealDeviceLock, TEST_KDF } from './index.js';

const weak = { kdf: TEST_KDF, allowWeak: true };

describe('device lock (the master key behind an app-lock passcode)', () => {
  it('opens with the passcode and with nothing else', async () => {
    const master = randomBytes(32);
    const record = await sealDeviceLock('482913', master, weak);
    expect(record.wrapped).not.toContain(Buffer.from(master).toString('base64url'));
    expect(await openDeviceLock('482913', record, { allowWeak: true })).toEqual(master);
    await expect(openDeviceLock('482914', record, { allowWeak: true })).rejects.toMatchObject({ code: 'wrong_password' });
  });

  it('uses a fresh salt each time, so the same passcode gives a different record', async () => {
    const master = randomBytes(32);
    const a = await sealDeviceLock('a quiet evening', master, weak);
    const b = await sealDeviceLock('a quiet evening', master, weak);
    expect(a.salt).not.toBe(b.salt);
    expect(a.wrapped).not.toBe(b.wrapped);
  });

  it('refuses a record whose key-derivation settings were weakened', async () => {
    const record = await sealDeviceLock('482913', randomBytes(32), weak);
    const err = await openDeviceLock('482913', record).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CryptoError);
    expect((err as CryptoError).code).toBe('weak_kdf');
  });

  it('cannot be opened as another kind of wrapped key', async () => {
    const record = await sealDeviceLock('482913', randomBytes(32), weak);
    const tampered = { ...record, wrapped: record.wrapped.slice(0, -2) + (record.wrapped.endsWith('A') ? 'BB' : 'AA') };
    await expect(openDeviceLock('482913', tampered, { allowWeak: true })).rejects.toBeInstanceOf(CryptoError);
  });
});
