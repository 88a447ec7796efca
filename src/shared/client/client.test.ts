import { describe, expect, it } from 'vitest';
import {
  changePasswordRequestSchema,
  deleteAccountRequestSchema,
  keyParamsRequestSchema,
  recoveryCompleteRequestSchema,
  recoveryVerifyRequestSchema,
  signinRequestSchema,
  signupRequestSchema,
  type KdfParams,
  type KeyBundle,
} from '../api/auth.js';
import type { MeResponse } from '../api/me.js';
import { b64urlEncode, CryptoError, decryptItem, encryptItem, newItemKey, PROD_KDF, randomBytes, TEST_KDF, unwrapKey, wrapKey } from '../crypto/index.js';
import {
  acceptPartnerKeys,
  ApiRequestError,
  checkPartnerKeys,
  cookieJarOf,
  createCookieJar,
  fetchTransport,
  MendClient,
  memoryPinStore,
  type Transport,
  type TransportResponse,
} from './index.js';

// ── Pins ────────────────────────────────────────────────────────────────────

const key = (n: number) => b64urlEncode(new Uint8Array(32).fill(n));

describe('pins', () => {
  const partner = { id: 'p1', encPublicKey: key(1), signPublicKey: key(2) };

  it('pins on first use, then reports same or changed without overwriting', async () => {
    const store = memoryPinStore();
    expect(await checkPartnerKeys(store, partner)).toBe('new');
    expect(await checkPartnerKeys(store, partner)).toBe('same');
    const rotated = { ...partner, encPublicKey: key(3) };
    expect(await checkPartnerKeys(store, rotated)).toBe('changed');
    expect(await checkPartnerKeys(store, rotated)).toBe('changed');
    expect(await checkPartnerKeys(store, partner)).toBe('same');
    await acceptPartnerKeys(store, rotated);
    expect(await checkPartnerKeys(store, rotated)).toBe('same');
    expect(await checkPartnerKeys(store, partner)).toBe('changed');
  });

  it('keeps people apart and works with an async store', async () => {
    const map = new Map<string, string>();
    const store = {
      get: async (id: string) => map.get(id) ?? null,
      set: async (id: string, fp: string) => void map.set(id, fp),
    };
    expect(await checkPartnerKeys(store, partner)).toBe('new');
    expect(await checkPartnerKeys(store, { ...partner, id: 'p2', signPublicKey: key(9) })).toBe('new');
    expect(map.size).toBe(2);
    expect(await checkPartnerKeys(store, { ...partner, signPublicKey: key(9) })).toBe('changed');
  });
});

// ── Errors ──────────────────────────────────────────────────────────────────

describe('ApiRequestError', () => {
  it('is built from the API error shape', () => {
    const e = ApiRequestError.fromResponse(400, {
      error: { code: 'validation_failed', message: 'Please check the highlighted fields.', fields: { email: 'Please enter a valid email address.' } },
      requestId: 'r1',
    });
    expect(e).toBeInstanceOf(Error);
    expect(e.status).toBe(400);
    expect(e.code).toBe('validation_failed');
    expect(e.message).toBe('Please check the highlighted fields.');
    expect(e.fields).toEqual({ email: 'Please enter a valid email address.' });
    expect(e.requestId).toBe('r1');
  });

  it('copes with answers that are not in the error shape', () => {
    for (const body of [null, 'Bad Gateway', { error: 'x' }, { message: 'no' }]) {
      const e = ApiRequestError.fromResponse(502, body);
      expect(e.code).toBe('bad_response');
      expect(e.status).toBe(502);
      expect(e.message).toMatch(/trouble/);
    }
    expect(ApiRequestError.network().code).toBe('network');
    expect(ApiRequestError.network().status).toBe(0);
  });
});

// ── Cookie jar and fetch transport ──────────────────────────────────────────

describe('cookie jar', () => {
  it('keeps name=value, replaces, and forgets expired cookies', () => {
    const jar = createCookieJar(() => Date.parse('2030-01-01T00:00:00Z'));
    expect(jar.header()).toBeUndefined();
    jar.store(['mend_session=abc; Path=/; HttpOnly; SameSite=Lax', 'other=1=2; Secure']);
    expect(jar.header()).toBe('mend_session=abc; other=1=2');
    jar.store(['mend_session=def; Path=/']);
    expect(jar.entries()).toEqual([
      ['mend_session', 'def'],
      ['other', '1=2'],
    ]);
    jar.store(['other=; Max-Age=0']);
    expect(jar.header()).toBe('mend_session=def');
    jar.store(['mend_session=gone; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);
    expect(jar.header()).toBeUndefined();
    jar.store(['junk', '=novalue', 'a=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT']);
    expect(jar.header()).toBe('a=1');
  });
});

describe('fetchTransport', () => {
  interface Seen {
    url: string;
    init: RequestInit;
  }
  const fakeFetch = (seen: Seen[], respond: () => Response): typeof fetch =>
    (async (url: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ url: String(url), init: init ?? {} });
      return respond();
    }) as typeof fetch;

  it('sends JSON only with a body, parses JSON, and keeps cookies when asked', async () => {
    const seen: Seen[] = [];
    let n = 0;
    const t = fetchTransport({
      baseUrl: 'http://127.0.0.1:3000/',
      cookies: true,
      fetch: fakeFetch(seen, () => {
        n++;
        const headers = new Headers({ 'Content-Type': 'application/json' });
        if (n === 1) headers.append('Set-Cookie', 'mend_session=s1; Path=/; HttpOnly');
        return new Response(JSON.stringify({ n }), { status: 200, headers });
      }),
    });
    const r1 = await t.request('POST', '/api/auth/signin', { email: 'a@b.co' });
    expect(r1).toMatchObject({ status: 200, body: { n: 1 } });
    expect(r1.headers['content-type']).toBe('application/json');
    expect(seen[0]!.url).toBe('http://127.0.0.1:3000/api/auth/signin');
    const h1 = seen[0]!.init.headers as Record<string, string>;
    expect(h1['Content-Type']).toBe('application/json');
    expect(h1['Cookie']).toBeUndefined();
    expect(seen[0]!.init.body).toBe('{"email":"a@b.co"}');

    await t.request('GET', '/api/me');
    const h2 = seen[1]!.init.headers as Record<string, string>;
    expect(h2['Content-Type']).toBeUndefined();
    expect(seen[1]!.init.body).toBeUndefined();
    expect(h2['Cookie']).toBe('mend_session=s1');
    expect(seen[1]!.init.credentials).toBe('same-origin');
    expect(cookieJarOf.get(t)?.entries()).toEqual([['mend_session', 's1']]);
  });

  it('returns null for empty bodies and does not keep cookies unless asked', async () => {
    const seen: Seen[] = [];
    const t = fetchTransport({
      fetch: fakeFetch(seen, () => new Response(null, { status: 204, headers: { 'Set-Cookie': 'a=b' } })),
    });
    expect(await t.request('POST', '/api/auth/signout')).toMatchObject({ status: 204, body: null });
    await t.request('GET', '/api/me');
    expect((seen[1]!.init.headers as Record<string, string>)['Cookie']).toBeUndefined();
    expect(seen[0]!.url).toBe('/api/auth/signout');
  });

  it('turns a network failure into code network', async () => {
    const t = fetchTransport({
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as typeof fetch,
    });
    await expect(t.request('GET', '/api/me')).rejects.toMatchObject({ name: 'ApiRequestError', code: 'network', status: 0 });
  });
});

// ── MendClient against an in-memory fake of the contract ───────────────────

interface Account {
  id: string;
  email: string;
  displayName: string;
  authKey: string;
  salt: string;
  kdf: KdfParams;
  keys: KeyBundle & { recoveryWrapped: string; recoveryAuth: string };
}

/** Just enough of the server to exercise the client; every request body is checked with the contract's schema. */
function fakeServer(opts: { kdfOverride?: KdfParams } = {}) {
  const accounts = new Map<string, Account>();
  const sessions = new Map<string, string>(); // session id → email
  let current: string | null = null;
  const log: { method: string; path: string; body: unknown }[] = [];
  const tokens = new Map<string, string>();
  const ok = (status: number, body: unknown = null): TransportResponse => ({ status, headers: {}, body });
  const err = (status: number, code: string) => ok(status, { error: { code, message: code } });
  const me = (a: Account): MeResponse => ({
    user: { id: a.id, email: a.email, displayName: a.displayName, timeZone: 'Europe/Warsaw', createdAt: new Date(0).toISOString() },
    keys: {
      masterKeyWrapped: a.keys.masterKeyWrapped,
      encPublicKey: a.keys.encPublicKey,
      signPublicKey: a.keys.signPublicKey,
      encPrivateWrapped: a.keys.encPrivateWrapped,
      signPrivateWrapped: a.keys.signPrivateWrapped,
    },
    couple: null,
    session: { id: current!, idleExpiresAt: new Date(0).toISOString(), absoluteExpiresAt: new Date(0).toISOString() },
  });
  const newSession = (a: Account) => {
    current = crypto.randomUUID();
    sessions.set(current, a.email);
    return ok(200, me(a));
  };
  const transport: Transport = {
    async request(method, path, body) {
      log.push({ method, path, body });
      const who = current ? accounts.get(sessions.get(current) ?? '') : undefined;
      switch (`${method} ${path}`) {
        case 'POST /api/auth/key-params': {
          const { email } = keyParamsRequestSchema.parse(body);
          const a = accounts.get(email);
          return ok(200, { salt: a?.salt ?? b64urlEncode(new Uint8Array(16)), kdf: opts.kdfOverride ?? a?.kdf ?? PROD_KDF });
        }
        case 'POST /api/auth/signup': {
          const r = signupRequestSchema.parse(body);
          if (!accounts.has(r.email)) {
            accounts.set(r.email, { id: crypto.randomUUID(), email: r.email, displayName: r.displayName, authKey: r.authKey, salt: r.salt, kdf: r.kdf, keys: r.keys });
          }
          return ok(200, { status: 'accepted' });
        }
        case 'POST /api/auth/signin': {
          const r = signinRequestSchema.parse(body);
          const a = accounts.get(r.email);
          if (!a || a.authKey !== r.authKey) return err(401, 'signin_failed');
          return newSession(a);
        }
        case 'POST /api/auth/signout':
          if (current) sessions.delete(current);
          current = null;
          return ok(204);
        case 'GET /api/me':
          return who ? ok(200, me(who)) : err(401, 'unauthorized');
        case 'POST /api/auth/password': {
          if (!who) return err(401, 'unauthorized');
          const r = changePasswordRequestSchema.parse(body);
          if (r.currentAuthKey !== who.authKey) return err(403, 'reauth_failed');
          Object.assign(who, { authKey: r.authKey, salt: r.salt, kdf: r.kdf });
          who.keys.masterKeyWrapped = r.masterKeyWrapped;
          return ok(200, { ok: true, endedSessions: 0 });
        }
        case 'POST /api/me/delete': {
          if (!who) return err(401, 'unauthorized');
          const r = deleteAccountRequestSchema.parse(body);
          if (r.currentAuthKey !== who.authKey) return err(403, 'reauth_failed');
          accounts.delete(who.email);
          sessions.clear();
          current = null;
          return ok(204);
        }
        case 'POST /api/auth/recovery/verify': {
          const r = recoveryVerifyRequestSchema.parse(body);
          const a = accounts.get(r.email);
          if (!a || a.keys.recoveryAuth !== r.recoveryAuth) return err(401, 'recovery_failed');
          const token = b64urlEncode(randomBytes(32));
          tokens.set(token, a.email);
          return ok(200, { recoveryToken: token, recoveryWrapped: a.keys.recoveryWrapped, expiresAt: new Date(0).toISOString() });
        }
        case 'POST /api/auth/recovery/complete': {
          const r = recoveryCompleteRequestSchema.parse(body);
          const a = accounts.get(tokens.get(r.recoveryToken) ?? '');
          if (!a) return err(401, 'recovery_failed');
          tokens.delete(r.recoveryToken);
          Object.assign(a, { authKey: r.authKey, salt: r.salt, kdf: r.kdf });
          a.keys.masterKeyWrapped = r.masterKeyWrapped;
          sessions.clear();
          return newSession(a);
        }
        default:
          return err(404, 'not_found');
      }
    },
  };
  return { transport, log, accounts, signOutEverywhere: () => sessions.clear() };
}

const opts = { signupKdf: TEST_KDF, allowWeakKdf: true };
const PASSWORD = 'quiet lanterns over the harbour';
const signupInput = { email: ' Sam@Example.com ', password: PASSWORD, displayName: 'Sam', timeZone: 'Europe/Warsaw' };

describe('MendClient (against a fake server)', () => {
  it('refuses a weak signup KDF unless allowed', () => {
    const { transport } = fakeServer();
    expect(() => new MendClient(transport, { signupKdf: TEST_KDF })).toThrow(CryptoError);
    expect(() => new MendClient(transport)).not.toThrow();
  });

  it('signs up, unlocks, signs out, signs in, and never sends the password', async () => {
    const server = fakeServer();
    const client = new MendClient(server.transport, opts);
    const { recoveryWords, me } = await client.signup(signupInput);
    expect(recoveryWords.split(' ')).toHaveLength(24);
    expect(me.user.email).toBe('sam@example.com');
    expect(client.unlocked).toBe(true);
    expect(client.keys.userId).toBe(me.user.id);
    const master = client.exportMasterKey();

    // An item written now stays readable after sign-out and sign-in.
    const itemKey = newItemKey();
    const wrapped = wrapKey(client.keys.masterKey, itemKey, 'item');
    const ad = { itemId: 'i1', kind: 'note', version: 1, coupleId: null, authorId: me.user.id };
    const ct = encryptItem(itemKey, ad, 'hello');

    const heldMaster = client.keys.masterKey;
    await client.signout();
    expect(client.unlocked).toBe(false);
    expect(heldMaster.every((b) => b === 0)).toBe(true);
    expect(() => client.keys).toThrow(CryptoError);

    await client.signin({ email: 'sam@example.com', password: PASSWORD });
    expect(client.exportMasterKey()).toEqual(master);
    expect(decryptItem(unwrapKey(client.keys.masterKey, wrapped, 'item'), ad, ct)).toEqual(new TextEncoder().encode('hello'));

    for (const entry of server.log) expect(JSON.stringify(entry.body ?? null)).not.toContain(PASSWORD);
  });

  it('reports a taken email as signup_failed without saying so', async () => {
    const server = fakeServer();
    await new MendClient(server.transport, opts).signup(signupInput);
    const other = new MendClient(server.transport, opts);
    await expect(other.signup({ ...signupInput, password: 'a different long passphrase' })).rejects.toMatchObject({
      code: 'signup_failed',
      message: expect.stringMatching(/sign in instead/),
    });
    expect(other.unlocked).toBe(false);
  });

  it('applies the password policy before anything is sent', async () => {
    const server = fakeServer();
    const client = new MendClient(server.transport, opts);
    await expect(client.signup({ ...signupInput, password: 'Password1!' })).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { password: expect.any(String) },
    });
    await expect(client.signup({ ...signupInput, password: 'sam@example.com' })).rejects.toMatchObject({ code: 'validation_failed' });
    expect(server.log).toHaveLength(0);
  });

  it('refuses weak KDF parameters from the server before sending an authKey (CRYPTO-09)', async () => {
    const server = fakeServer({ kdfOverride: TEST_KDF });
    await new MendClient(server.transport, opts).signup(signupInput);
    const strict = new MendClient(server.transport);
    const before = server.log.length;
    await expect(strict.signin({ email: 'sam@example.com', password: PASSWORD })).rejects.toMatchObject({ code: 'weak_kdf' });
    expect(server.log.slice(before).map((e) => e.path)).toEqual(['/api/auth/key-params']);
  });

  it('unlock after reload checks the password locally', async () => {
    const server = fakeServer();
    const client = new MendClient(server.transport, opts);
    await client.signup(signupInput);
    client.lock();
    await expect(client.unlock('not the right password at all')).rejects.toMatchObject({ code: 'wrong_password' });
    expect(client.unlocked).toBe(false);
    await client.unlock(PASSWORD);
    expect(client.unlocked).toBe(true);

    // Restore from an exported master key, as the web app does after a reload.
    const master = client.exportMasterKey();
    const me = await client.me();
    client.lock();
    await client.unlockWithMasterKey(master, me);
    expect(client.keys.encKeyPair.publicKey).toHaveLength(32);
    // Passing the live key array itself must not lose it to lock()'s wiping.
    await client.unlockWithMasterKey(client.keys.masterKey, me);
    expect(client.exportMasterKey()).toEqual(master);
    await expect(client.unlockWithMasterKey(randomBytes(32), me)).rejects.toMatchObject({ code: 'decrypt_failed' });
  });

  it('changes the password: old one stops working, keys stay the same', async () => {
    const server = fakeServer();
    const client = new MendClient(server.transport, opts);
    await client.signup(signupInput);
    const master = client.exportMasterKey();
    await expect(client.changePassword('wrong current password here', 'brand new harbour lights')).rejects.toMatchObject({
      code: 'wrong_password',
    });
    await client.changePassword(PASSWORD, 'brand new harbour lights');
    const fresh = new MendClient(server.transport, opts);
    await expect(fresh.signin({ email: 'sam@example.com', password: PASSWORD })).rejects.toMatchObject({ code: 'signin_failed' });
    await fresh.signin({ email: 'sam@example.com', password: 'brand new harbour lights' });
    expect(fresh.exportMasterKey()).toEqual(master);
  });

  it('deletes the account only with the right password, never sends it, and locks itself', async () => {
    const server = fakeServer();
    const client = new MendClient(server.transport, opts);
    await client.signup(signupInput);
    const before = server.log.length;
    // A wrong password is caught locally: nothing reaches the server.
    await expect(client.deleteAccount('wrong current password here')).rejects.toMatchObject({ code: 'wrong_password' });
    expect(server.log.slice(before).map((e) => e.path)).not.toContain('/api/me/delete');
    expect(client.unlocked).toBe(true);
    await client.deleteAccount(PASSWORD);
    expect(server.log.at(-1)?.path).toBe('/api/me/delete');
    for (const entry of server.log) expect(JSON.stringify(entry.body ?? null)).not.toContain(PASSWORD);
    expect(client.unlocked).toBe(false);
    expect(server.accounts.has('sam@example.com')).toBe(false);
  });

  it('recovers with the words alone and sets a new password', async () => {
    const server = fakeServer();
    const first = new MendClient(server.transport, opts);
    const { recoveryWords } = await first.signup(signupInput);
    const master = first.exportMasterKey();
    server.signOutEverywhere();

    const client = new MendClient(server.transport, opts);
    const wrongWords = recoveryWords.split(' ').reverse().join(' ');
    await expect(client.recover({ email: 'sam@example.com', recoveryWords: wrongWords, newPassword: 'fresh start by the sea' })).rejects.toBeInstanceOf(
      Error,
    );
    const me = await client.recover({ email: 'SAM@example.com', recoveryWords: `\n ${recoveryWords.toUpperCase()}  `, newPassword: 'fresh start by the sea' });
    expect(me.user.email).toBe('sam@example.com');
    expect(client.exportMasterKey()).toEqual(master);
    const again = new MendClient(server.transport, opts);
    await again.signin({ email: 'sam@example.com', password: 'fresh start by the sea' });
    expect(again.exportMasterKey()).toEqual(master);
  });

  it('gives safety codes both partners agree on', async () => {
    const server = fakeServer();
    const a = new MendClient(server.transport, opts);
    const meA = await a.signup(signupInput);
    const b = new MendClient(server.transport, opts);
    const meB = await b.signup({ ...signupInput, email: 'robin@example.com', displayName: 'Robin', password: 'another long passphrase here' });
    const asPartner = (m: MeResponse) => ({ encPublicKey: m.keys.encPublicKey, signPublicKey: m.keys.signPublicKey });
    expect(a.safetyCodeWith(asPartner(meB.me))).toBe(b.safetyCodeWith(asPartner(meA.me)));
  });

  it('maps API errors and malformed answers', async () => {
    const respond = (r: TransportResponse): Transport => ({ request: async () => r });
    const c1 = new MendClient(respond({ status: 409, headers: {}, body: { error: { code: 'already_in_couple', message: 'You are already in a couple.' } } }));
    await expect(c1.startCouple()).rejects.toMatchObject({ status: 409, code: 'already_in_couple', message: 'You are already in a couple.' });
    const c2 = new MendClient(respond({ status: 200, headers: {}, body: { couple: { id: 'nope' } } }));
    await expect(c2.currentCouple()).rejects.toMatchObject({ code: 'bad_response' });
    const c3 = new MendClient(respond({ status: 200, headers: {}, body: { couple: null } }));
    expect(await c3.currentCouple()).toBeNull();
    const c4 = new MendClient({
      request: async () => {
        throw new Error('boom');
      },
    });
    await expect(c4.me()).rejects.toMatchObject({ code: 'network' });
  });
});
