import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { LIMITS_BY_PURPOSE } from '../../lib/rate-limit.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { signUp } from '../../test/people.js';

const dialects = await testDialects();

describe.each(dialects)("sessions and rate limits follow the app's clock on %s", (dialect) => {
  let t: TestApp;
  const clock = new ManualClock();
  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { clock });
  });
  afterAll(() => t.close());

  it('a session idles out once the clock passes its idle limit since the last activity, not before', async () => {
    const ada = await signUp(t.app, 'Ada');
    clock.advance(t.app.config.sessionIdleMs - 60_000);
    // Still signed in; this request counts as activity and moves the idle limit on.
    expect((await ada.client.me()).user.displayName).toBe('Ada');
    clock.advance(t.app.config.sessionIdleMs - 60_000);
    expect((await ada.client.me()).user.displayName).toBe('Ada');
    clock.advance(t.app.config.sessionIdleMs + 1000);
    expect(await errorOf(ada.client.me())).toEqual({ status: 401, code: 'unauthorized' });
  });

  it('a rate-limit window opens again once the clock reaches its end', async () => {
    const { limit, windowMs } = LIMITS_BY_PURPOSE.keyParamsIp;
    const keyParams = () => t.app.inject({ method: 'POST', url: '/api/auth/key-params', remoteAddress: '203.0.113.77', payload: { email: 'someone@example.org' } });
    for (let i = 0; i < limit; i++) expect((await keyParams()).statusCode).toBe(200);
    const refused = await keyParams();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(windowMs / 1000);
    clock.advance(windowMs - 1000);
    expect((await keyParams()).statusCode).toBe(429);
    clock.advance(1000);
    expect((await keyParams()).statusCode).toBe(200);
  });
});
