import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app.js';
import { testDialects } from '../test/databases.js';

const dialects = await testDialects();

describe.each(dialects)('security and bad input on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: string | undefined, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, ...(payload !== undefined ? { payload } : {}) });

  it('answers health', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('sends strict security headers and no-store on the API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['permissions-policy']).toContain('geolocation=()');
  });

  it('rejects malformed JSON with 400 invalid_json', async () => {
    const res = await post('/api/auth/key-params', '{"email": ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_json');
    expect(res.json().requestId).toBeTruthy();
  });

  it('rejects prototype pollution payloads', async () => {
    const res = await post('/api/auth/key-params', '{"email":"a@b.co","__proto__":{"isAdmin":true}}');
    expect(res.statusCode).toBe(400);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('rejects wrong types and unknown fields with field-level messages', async () => {
    const res = await post('/api/auth/key-params', JSON.stringify({ email: 42, extra: true }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(['email', 'extra']));
  });

  it('rejects an oversized body with 413', async () => {
    const res = await post('/api/auth/key-params', JSON.stringify({ email: 'a'.repeat(70_000) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('accepts only JSON: a form-style text/plain body is 415', async () => {
    const res = await post('/api/auth/key-params', 'email=a@b.co', { 'content-type': 'text/plain' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('refuses cross-site state changes (CSRF) but allows same-origin ones', async () => {
    const body = JSON.stringify({ email: 'a@b.co' });
    const cross = await post('/api/auth/key-params', body, { 'sec-fetch-site': 'cross-site' });
    expect(cross.statusCode).toBe(403);
    expect(cross.json().error.code).toBe('csrf_rejected');
    const evil = await post('/api/auth/key-params', body, { origin: 'https://evil.example' });
    expect(evil.statusCode).toBe(403);
    const same = await post('/api/auth/key-params', body, { 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000' });
    expect(same.statusCode).toBe(200);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('requires a session for private endpoints', async () => {
    for (const [method, url] of [['GET', '/api/me'], ['GET', '/api/sessions'], ['POST', '/api/couples'], ['GET', '/api/couples/current'], ['POST', '/api/couples/leave'], ['GET', '/api/events']] as const) {
      const res = await t.app.inject({ method, url, headers: { cookie: 'mend_session=forged' } });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    }
  });

  it('publishes security.txt', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/.well-known/security.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^Contact: /m);
  });
});
