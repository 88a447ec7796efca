import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { rawSignupBody, signUp } from '../../test/people.js';

const dialects = await testDialects();

// A NUL, other controls, and the direction overrides that make a name read backwards. A line
// break or separator is refused inside the text (around it, it is trimmed: see below).
const BAD = ['Ada\u0000', 'Ada\u0007', 'Ada\u009b', '\u202Enihs', 'Ada\u2066x\u2069', 'Ada\nBen', 'Ada\u2028Ben'];

describe.each(dialects)('control and direction characters in plain text on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, cookie?: string) =>
    t.app.inject({ method: url === '/api/me' ? 'PATCH' : 'POST', url, payload: payload as object, remoteAddress: '192.0.2.9', ...(cookie ? { headers: { cookie } } : {}) });
  const fieldsOf = (body: string) => (JSON.parse(body) as { error: { code: string; fields?: Record<string, string> } }).error;

  it('refuses them in a name at sign-up and in a profile change, with a field message', async () => {
    for (const name of BAD) {
      const res = await post('/api/auth/signup', rawSignupBody(`p${Math.random().toString(36).slice(2)}@example.org`, name));
      expect(res.statusCode, JSON.stringify(name)).toBe(400);
      expect(fieldsOf(res.body).fields?.displayName).toMatch(/character/);
    }
    const ada = await signUp(t.app, 'Ada');
    for (const name of BAD) {
      const res = await ada.transport.raw('PATCH', '/api/me', { displayName: name });
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(fieldsOf(res.body).fields?.displayName).toMatch(/character/);
    }
    // The name is unchanged, and ordinary names in any script, with emoji, still pass.
    for (const name of ['Zoë', 'שרה', 'محمد', '李雷', 'Ada 👩‍❤️‍👨']) {
      expect((await ada.transport.raw('PATCH', '/api/me', { displayName: name })).status, name).toBe(200);
    }
  });

  it('refuses them in an email and a time zone', async () => {
    for (const [url, body, field] of [
      ['/api/auth/key-params', { email: 'ada\u0000@example.org' }, 'email'],
      ['/api/auth/signin', { email: 'ada@exa\u202Emple.org', authKey: 'A'.repeat(43) }, 'email'],
      ['/api/auth/signup', { ...rawSignupBody('ada@example.org'), timeZone: 'Europe/Warsaw\u0000' }, 'timeZone'],
      ['/api/auth/signup', rawSignupBody('a\u0000da@example.org'), 'email'],
    ] as const) {
      const res = await post(url, body);
      expect(res.statusCode, `${url} ${field}`).toBe(400);
      expect(fieldsOf(res.body).fields?.[field]).toBeTruthy();
    }
  });

  it('trims the spaces and line breaks around a field instead of refusing it', async () => {
    const email = `p${Math.random().toString(36).slice(2)}@example.org`;
    const signup = rawSignupBody(`${email}\n`, 'Ada\r\n');
    expect((await post('/api/auth/signup', signup)).statusCode).toBe(200);
    const stored = await t.database.handle.db.selectFrom('users').select(['email', 'display_name']).where('email', '=', email).executeTakeFirst();
    expect(stored).toEqual({ email, display_name: 'Ada' });
    expect((await post('/api/auth/key-params', { email: `\t${email}\n` })).statusCode).toBe(200);
    const ada = await signUp(t.app, 'Ada');
    const res = await ada.transport.raw('PATCH', '/api/me', { displayName: ' Ben\n' });
    expect(res.status).toBe(200);
    expect((await ada.client.me()).user.displayName).toBe('Ben');
    // Inside the text they are still refused.
    expect((await ada.transport.raw('PATCH', '/api/me', { displayName: 'Ben\nAda\n' })).status).toBe(400);
    expect((await ada.transport.raw('PATCH', '/api/me', { displayName: '\u202EBen\n' })).status).toBe(400);
    expect((await ada.transport.raw('PATCH', '/api/me', { displayName: 'Ben\u0000 ' })).status).toBe(400);
  });
});
