import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64urlEncode, PROD_KDF, randomBytes } from '../../../shared/crypto/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorCode } from '../../test/errors.js';
import { newDevice, rawSignupBody, signUp } from '../../test/people.js';

const dialects = await testDialects();


describe.each(dialects)('accounts on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('signs up, signs in and keeps only hashes and wrapped keys on the server', async () => {
    const ada = await signUp(t.app, 'Ada');
    expect(ada.me.user.displayName).toBe('Ada');
    expect(ada.me.couple).toBeNull();
    expect(ada.recoveryWords.split(' ')).toHaveLength(24);
    const row = await t.database.handle.db.selectFrom('users').selectAll().where('email', '=', ada.email).executeTakeFirstOrThrow();
    expect(row.auth_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.recovery_auth_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(row)).not.toContain(ada.password);
    expect(JSON.stringify(row)).not.toContain(ada.recoveryWords.split(' ')[0]! + ' ' + ada.recoveryWords.split(' ')[1]!);
    // A second device signs in with the password alone and unlocks the same keys.
    const phone = newDevice(t.app);
    const me = await phone.client.signin({ email: ada.email, password: ada.password });
    expect(me.user.id).toBe(ada.me.user.id);
    expect(phone.client.keys.encKeyPair.publicKey).toEqual(ada.client.keys.encKeyPair.publicKey);
  });

  it('answers key-params for unknown emails with stable production-strength parameters', async () => {
    const ask = (email: string) => t.app.inject({ method: 'POST', url: '/api/auth/key-params', payload: { email } }).then((r) => r.json());
    const a1 = await ask('nobody@example.org');
    const a2 = await ask('NOBODY@example.org ');
    const b = await ask('someone-else@example.org');
    expect(a1).toEqual(a2);
    expect(a1.kdf).toEqual(PROD_KDF);
    expect(a1.salt).not.toBe(b.salt);
    expect(a1.salt).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('answers sign-up the same for a new and a taken email, and changes nothing for the taken one', async () => {
    const ada = await signUp(t.app, 'Ada');
    const body = (email: string) => rawSignupBody(email, 'Mallory');
    const taken = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: body(ada.email) });
    const fresh = await t.app.inject({ method: 'POST', url: '/api/auth/signup', payload: body('brand-new@example.org') });
    expect(taken.statusCode).toBe(fresh.statusCode);
    expect(taken.body).toBe(fresh.body);
    expect(taken.headers['set-cookie']).toBeUndefined();
    // The real owner still signs in; the impostor's password does not.
    await expect(newDevice(t.app).client.signin({ email: ada.email, password: ada.password })).resolves.toBeTruthy();
    const row = await t.database.handle.db.selectFrom('users').select('display_name').where('email', '=', ada.email).executeTakeFirstOrThrow();
    expect(row.display_name).toBe('Ada');
    // Through the client, a sign-up with a taken email ends in a neutral message.
    const retry = newDevice(t.app).client.signup({ email: ada.email, password: 'another long passphrase here', displayName: 'X', timeZone: 'UTC' });
    expect(await errorCode(retry)).toBe('signup_failed');
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const ada = await signUp(t.app, 'Ada');
    const authKey = b64urlEncode(randomBytes(32));
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email: ada.email, authKey } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email: 'ghost@example.org', authKey } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (b: string) => ({ ...JSON.parse(b), requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
    expect(strip(wrong.body).error.code).toBe('signin_failed');
  });

  it('sets a strict session cookie, rotates it on sign-in and ends it on sign-out', async () => {
    const ada = await signUp(t.app, 'Ada');
    const device = newDevice(t.app);
    await device.client.signin({ email: ada.email, password: ada.password });
    const first = device.transport.cookies.entries().find(([k]) => k === 'mend_session')?.[1];
    const res = await device.transport.raw('POST', '/api/auth/signin', { email: ada.email, authKey: 'x' });
    expect(res.status).toBe(400);
    await device.client.signin({ email: ada.email, password: ada.password });
    const second = device.transport.cookies.entries().find(([k]) => k === 'mend_session')?.[1];
    expect(first).toBeTruthy();
    expect(second).not.toBe(first);
    // The first token died with the rotation.
    const replay = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `mend_session=${first}` } });
    expect(replay.statusCode).toBe(401);

    const raw = await t.app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email: ada.email, authKey: 'A'.repeat(43) } });
    expect(raw.statusCode).toBe(401);
    const me = await device.transport.raw('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');

    const out = await device.transport.raw('POST', '/api/auth/signout');
    expect(out.status).toBe(204);
    expect(out.headers['clear-site-data']).toContain('cache');
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `mend_session=${second}` } });
    expect(after.statusCode).toBe(401);
  });

  it('marks the cookie __Host-, Secure, HttpOnly and SameSite=Lax when served over https', async () => {
    const secure = await createTestApp(dialect, { publicUrl: 'https://mend.example.org', secureCookies: true });
    try {
      const person = await signUp(secure.app, 'Ada');
      const res = await person.transport.raw('POST', '/api/auth/signout');
      expect(res.status).toBe(204);
      const signin = newDevice(secure.app);
      const transport = signin.transport;
      await signin.client.signin({ email: person.email, password: person.password });
      const names = transport.cookies.entries().map(([k]) => k);
      expect(names).toContain('__Host-mend_session');
      const check = await secure.app.inject({ method: 'POST', url: '/api/auth/key-params', payload: { email: person.email } });
      expect(check.headers['strict-transport-security']).toContain('max-age=31536000');
      const raw = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        payload: { email: 'x@example.org', authKey: 'A'.repeat(43) },
      });
      expect(raw.statusCode).toBe(401);
      const direct = await signin.transport.raw('GET', '/api/me');
      expect(direct.status).toBe(200);
    } finally {
      await secure.close();
    }
    const t2 = await createTestApp(dialect, { publicUrl: 'https://mend.example.org', secureCookies: true });
    try {
      const p = await signUp(t2.app, 'Cy');
      const login = await t2.app.inject({ method: 'POST', url: '/api/auth/key-params', payload: { email: p.email } });
      expect(login.statusCode).toBe(200);
      const dev = newDevice(t2.app);
      await dev.client.signin({ email: p.email, password: p.password });
      const setCookie = (await dev.transport.raw('POST', '/api/couples')).headers['set-cookie'];
      expect(setCookie).toBeUndefined();
    } finally {
      await t2.close();
    }
  });

  it('expires sessions after idle time and after the absolute lifetime', async () => {
    const ada = await signUp(t.app, 'Ada');
    const db = t.database.handle.db;
    const past = new Date(Date.now() - 1000).toISOString();
    await db.updateTable('sessions').set({ idle_expires_at: past }).where('id', '=', ada.me.session.id).execute();
    expect(await errorCode(ada.client.me())).toBe('unauthorized');
    const again = await ada.client.signin({ email: ada.email, password: ada.password });
    await db.updateTable('sessions').set({ absolute_expires_at: past }).where('id', '=', again.session.id).execute();
    expect(await errorCode(ada.client.me())).toBe('unauthorized');
  });

  it('lists only one’s own devices and ends one, or all the others', async () => {
    const ada = await signUp(t.app, 'Ada');
    const ben = await signUp(t.app, 'Ben');
    const phone = newDevice(t.app, { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile Safari/604.1' });
    await phone.client.signin({ email: ada.email, password: ada.password });
    const list = await ada.client.sessions();
    expect(list).toHaveLength(2);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    expect(list.map((s) => s.device)).toContain('Safari on iPhone');
    const phoneSession = list.find((s) => !s.current)!;
    // Ben can neither see nor end Ada's sessions.
    expect((await ben.client.sessions()).map((s) => s.id)).not.toContain(phoneSession.id);
    expect(await errorCode(ben.client.revokeSession(phoneSession.id))).toBe('not_found');
    await ada.client.revokeSession(phoneSession.id);
    expect(await errorCode(phone.client.me())).toBe('unauthorized');
    await phone.client.signin({ email: ada.email, password: ada.password });
    const laptop = newDevice(t.app);
    await laptop.client.signin({ email: ada.email, password: ada.password });
    expect(await ada.client.revokeOtherSessions()).toBe(2);
    expect(await errorCode(phone.client.me())).toBe('unauthorized');
    expect(await errorCode(laptop.client.me())).toBe('unauthorized');
    await expect(ada.client.me()).resolves.toBeTruthy();
  });

  it('changes the password: the old one stops working, the keys stay the same', async () => {
    const ada = await signUp(t.app, 'Ada');
    const masterBefore = ada.client.exportMasterKey();
    expect(await errorCode(ada.client.changePassword('not my password at all', 'a brand new long passphrase'))).not.toBe('no error');
    await ada.client.changePassword(ada.password, 'a brand new long passphrase');
    const other = newDevice(t.app);
    expect(await errorCode(other.client.signin({ email: ada.email, password: ada.password }))).toBe('signin_failed');
    await other.client.signin({ email: ada.email, password: 'a brand new long passphrase' });
    expect(other.client.exportMasterKey()).toEqual(masterBefore);
    // The server refuses a change without the right current key (re-authentication).
    const raw = await ada.transport.raw('POST', '/api/auth/password', {
      currentAuthKey: b64urlEncode(randomBytes(32)),
      authKey: b64urlEncode(randomBytes(32)),
      salt: b64urlEncode(randomBytes(16)),
      kdf: PROD_KDF,
      masterKeyWrapped: 'AQAAAA',
    });
    expect(raw.status).toBe(403);
    expect((raw.json as { error: { code: string } }).error.code).toBe('reauth_failed');
  });

  it('recovers with the recovery key, sets a new password and signs out every other device', async () => {
    const ada = await signUp(t.app, 'Ada');
    const masterBefore = ada.client.exportMasterKey();
    const lost = newDevice(t.app);
    expect(await errorCode(lost.client.recover({ email: ada.email, recoveryWords: (await signUp(t.app, 'Zed')).recoveryWords, newPassword: 'my recovered passphrase' }))).toBe('recovery_failed');
    const me = await lost.client.recover({ email: ada.email, recoveryWords: ada.recoveryWords, newPassword: 'my recovered passphrase' });
    expect(me.user.id).toBe(ada.me.user.id);
    expect(lost.client.exportMasterKey()).toEqual(masterBefore);
    expect(await errorCode(ada.client.me())).toBe('unauthorized');
    const again = newDevice(t.app);
    await again.client.signin({ email: ada.email, password: 'my recovered passphrase' });
    // A recovery token works once.
    const verify = await t.app.inject({ method: 'POST', url: '/api/auth/recovery/complete', payload: { recoveryToken: 'A'.repeat(43), authKey: 'A'.repeat(43), salt: 'A'.repeat(22), kdf: PROD_KDF, masterKeyWrapped: 'AQ' } });
    expect(verify.statusCode).toBe(410);
  });

  it('updates the profile with field-level validation', async () => {
    const ada = await signUp(t.app, 'Ada');
    const me = await ada.client.updateProfile({ displayName: 'Ada L.', timeZone: 'America/New_York' });
    expect(me.user).toMatchObject({ displayName: 'Ada L.', timeZone: 'America/New_York' });
    const bad = await ada.transport.raw('PATCH', '/api/me', { displayName: '', timeZone: 'Mars/Olympus', email: 'x@y.z' });
    expect(bad.status).toBe(400);
    const fields = (bad.json as { error: { fields: Record<string, string> } }).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['displayName', 'email', 'timeZone']);
  });

  it('rate-limits failed sign-ins without letting another device lock the owner out', async () => {
    const ada = await signUp(t.app, 'Ada');
    // The partner, on their own device, guesses again and again.
    const partnerDevice = newDevice(t.app, { ip: '10.0.0.2' });
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) codes.push(await errorCode(partnerDevice.client.signin({ email: ada.email, password: `wrong guess number ${i}` })));
    expect(codes.slice(0, 10).every((c) => c === 'signin_failed')).toBe(true);
    expect(codes.slice(10)).toEqual(['rate_limited', 'rate_limited']);
    const limited = await partnerDevice.transport.raw('POST', '/api/auth/signin', { email: ada.email, authKey: 'A'.repeat(43) });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Ada's own device, where she signed in before, still works.
    await ada.client.signout();
    await expect(ada.client.signin({ email: ada.email, password: ada.password })).resolves.toBeTruthy();
  });

  it('limits key-params, sign-up and recovery per address and per account', async () => {
    const ask = (url: string, payload: object, ip: string) => t.app.inject({ method: 'POST', url, payload, remoteAddress: ip });
    const statuses = async (n: number, url: string, payload: (i: number) => object, ip: string) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await ask(url, payload(i), ip)).statusCode);
      return out;
    };
    const kp = await statuses(61, '/api/auth/key-params', (i) => ({ email: `k${i}@example.org` }), '192.0.2.10');
    expect(kp.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(kp[60]).toBe(429);
    const su = await statuses(11, '/api/auth/signup', (i) => rawSignupBody(`s${i}.${Date.now()}@example.org`), '192.0.2.11');
    expect(su.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(su[10]).toBe(429);
    // Recovery: five guesses per account per hour, whichever addresses they come from.
    const ada = await signUp(t.app, 'Ada');
    const rv = [];
    for (let i = 0; i < 6; i++) rv.push((await ask('/api/auth/recovery/verify', { email: ada.email, recoveryAuth: 'A'.repeat(43) }, `192.0.2.${20 + i}`)).statusCode);
    expect(rv).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
