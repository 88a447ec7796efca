import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64urlEncode, randomBytes } from '../../../shared/crypto/index.js';
import { LIMITS_BY_PURPOSE } from '../../lib/rate-limit.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { signUp } from '../../test/people.js';

const dialects = await testDialects();

describe.each(dialects)('the per-account sign-in limit under parallel guesses on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('evaluates at most the limit of 100 wrong sign-ins sent at once', async () => {
    const ada = await signUp(t.app, 'Ada');
    // Each guess from its own address, so only the per-account allowance can stop them.
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/signin',
          remoteAddress: `203.0.113.${i + 1}`,
          payload: { email: ada.email, authKey: b64urlEncode(randomBytes(32)) },
        }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    const evaluated = statuses.filter((s) => s === 401).length;
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(LIMITS_BY_PURPOSE.signinUnknownDevices.limit);
  }, 120_000);
});
