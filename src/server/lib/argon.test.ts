import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { hashSecret, verifySecret } from './argon.js';

describe('argon2id over client keys', () => {
  it('verifies random (non-UTF-8) keys and rejects others', async () => {
    for (let i = 0; i < 3; i++) {
      const key = new Uint8Array(randomBytes(32));
      const stored = await hashSecret(key);
      expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verifySecret(stored, key)).toBe(true);
      expect(await verifySecret(stored, new Uint8Array(randomBytes(32)))).toBe(false);
    }
  });

  it('returns false for a malformed stored hash', async () => {
    expect(await verifySecret('not a hash', new Uint8Array(32))).toBe(false);
  });
});
