import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64urlEncode, randomBytes } from '../../../shared/crypto/index.js';
import { LIMITS_BY_PURPOSE } from '../../lib/rate-limit.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { newDevice, signUp } from '../../test/people.js';

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

describe.each(dialects)('a flood of wrong passwords does not lock the owner out of a new device on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const guess = (ip: string, email: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: ip, payload: { email, authKey: b64urlEncode(randomBytes(32)) } });

  /** A partner who knows the email floods wrong passwords from their home network. */
  async function flood(email: string): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await guess(`203.0.113.${(i % 20) + 1}`, email)).statusCode);
    return statuses;
  }

  it('the owner, on a new device on another network, signs in with the right password', async () => {
    const ada = await signUp(t.app, 'Ada');
    const statuses = await flood(ada.email);
    // That network had its allowance, then stays refused.
    expect(statuses.slice(0, LIMITS_BY_PURPOSE.signinUnknownDevices.limit).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(LIMITS_BY_PURPOSE.signinUnknownDevices.limit).every((s) => s === 429)).toBe(true);
    expect((await guess('203.0.113.99', ada.email)).statusCode).toBe(429);
    // Ada's new phone, on the mobile network.
    const phone = newDevice(t.app, { ip: '198.51.100.77' });
    const me = await phone.client.signin({ email: ada.email, password: ada.password });
    expect(me.user.id).toBe(ada.me.user.id);
  });

  it('beyond the account\'s allowance, other networks are slowed down, not let through', async () => {
    const ada = await signUp(t.app, 'Ada');
    await flood(ada.email);
    // A second network: one try, then it must wait (a growing wait, never a free run).
    expect((await guess('192.0.2.10', ada.email)).statusCode).toBe(401);
    const slowed = await guess('192.0.2.11', ada.email);
    expect(slowed.statusCode).toBe(429);
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
    // A third network is slowed down as well: the wait is the account's, not the network's.
    expect((await guess('198.18.0.10', ada.email)).statusCode).toBe(429);
  });

  it('answers a flood against an email with no account exactly as against a real one', async () => {
    const ada = await signUp(t.app, 'Ada');
    const nobody = `nobody.${Date.now()}@example.org`;
    const real = await flood(ada.email);
    const none = await flood(nobody);
    expect(none).toEqual(real);
    // From a second network: its try, then the slow-down, alike.
    for (const ip of ['192.0.2.50', '192.0.2.51']) {
      const [a, b] = [await guess(ip, ada.email), await guess(ip, nobody)];
      expect([b.statusCode, JSON.parse(b.body).error]).toEqual([a.statusCode, JSON.parse(a.body).error]);
    }
  });

  it('evaluates at most the account\'s allowance and one slowed try of 100 wrong sign-ins sent at once from 100 networks', async () => {
    const ada = await signUp(t.app, 'Ada');
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        t.app.inject({ method: 'POST', url: '/api/auth/signin', remoteAddress: `10.${i}.0.1`, payload: { email: ada.email, authKey: b64urlEncode(randomBytes(32)) } }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(LIMITS_BY_PURPOSE.signinUnknownDevices.limit + 1);
  }, 120_000);
});
