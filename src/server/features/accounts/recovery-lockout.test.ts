import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64urlEncode, randomBytes, recoveryAuthKey, wordsToRecoveryKey } from '../../../shared/crypto/index.js';
import { LIMITS_BY_PURPOSE } from '../../lib/rate-limit.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { signUp } from '../../test/people.js';

const dialects = await testDialects();

describe.each(dialects)('recovery cannot be locked by someone who knows the email on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const verify = (ip: string, email: string, recoveryAuth: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/recovery/verify', remoteAddress: ip, payload: { email, recoveryAuth } });

  it('the right recovery key still works after many wrong ones from elsewhere', async () => {
    const ada = await signUp(t.app, 'Ada');
    // A partner tries wrong keys from several addresses, well past the account's allowance.
    for (let i = 0; i < LIMITS_BY_PURPOSE.recoveryAccount.limit * 3; i++) {
      const res = await verify(`203.0.113.${i + 1}`, ada.email, b64urlEncode(randomBytes(32)));
      expect([401, 429]).toContain(res.statusCode);
    }
    // The owner, with the real key, from their own address.
    const right = await verify('198.51.100.200', ada.email, b64urlEncode(recoveryAuthKey(wordsToRecoveryKey(ada.recoveryWords))));
    expect(right.statusCode).toBe(200);
  });
});
