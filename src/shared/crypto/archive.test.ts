import { describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT, openArchive, sealArchive } from './archive.js';
import { TEST_KDF } from './kdf.js';

const weak = { kdf: TEST_KDF, allowWeak: true };

describe('the encrypted export archive', () => {
  it('opens only with its passphrase, and holds no plaintext', async () => {
    const text = JSON.stringify({ hello: 'a private letter — with accents: é, ü' });
    const archive = await sealArchive('a long export passphrase', text, weak);
    expect(archive).not.toContain('private letter');
    expect(JSON.parse(archive)).toMatchObject({ format: ARCHIVE_FORMAT, version: 1 });
    expect(await openArchive(archive, 'a long export passphrase', weak)).toBe(text);
    await expect(openArchive(archive, 'not the passphrase', weak)).rejects.toMatchObject({ code: 'wrong_password' });
  });

  it('refuses a damaged or foreign file, and weak settings unless allowed', async () => {
    const archive = await sealArchive('a long export passphrase', '{}', weak);
    const file = JSON.parse(archive) as { data: string };
    const flipped = JSON.stringify({ ...file, data: `${file.data.slice(0, -2)}${file.data.endsWith('A') ? 'B' : 'A'}A` });
    await expect(openArchive(flipped, 'a long export passphrase', weak)).rejects.toMatchObject({ code: expect.stringMatching(/wrong_password|bad_envelope/) });
    await expect(openArchive('not json', 'x')).rejects.toMatchObject({ code: 'bad_envelope' });
    await expect(openArchive(JSON.stringify({ format: 'something-else' }), 'x')).rejects.toMatchObject({ code: 'bad_envelope' });
    // An archive claiming weak key-derivation settings is refused by default.
    await expect(openArchive(archive, 'a long export passphrase')).rejects.toMatchObject({ code: 'weak_kdf' });
  });
});
