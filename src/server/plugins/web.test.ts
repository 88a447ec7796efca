import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../../scripts/precompress.js';
import { createTestApp, type TestApp } from '../test/app.js';

const BIG_JS = Array.from({ length: 400 }, (_, i) => `export const line${i} = 'a calm and steady line of code';`).join('\n');

describe('serving the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'mend-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Mend</title><div id="root"></div>');
    writeFileSync(join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(webDir, 'sw.js'), "importScripts('./workbox-abc.js')");
    writeFileSync(join(webDir, 'workbox-abc.js'), 'self.x = 1');
    writeFileSync(join(webDir, 'assets', 'big-def456.js'), BIG_JS);
    writeFileSync(join(webDir, 'assets', 'page-0a1b2c.css'), 'main { color: black }\n'.repeat(200));
    precompress(webDir);
    t = await createTestApp('sqlite', { webDir });
  });
  afterAll(() => t.close());

  it('answers app routes with index.html, never cached', async () => {
    for (const url of ['/', '/couple', '/join']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('answers HEAD on app routes like GET, with no body; HEAD on an unknown API path stays 404', async () => {
    for (const url of ['/', '/couple']) {
      const res = await t.app.inject({ method: 'HEAD', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe('');
    }
    expect((await t.app.inject({ method: 'HEAD', url: '/api/nothing-here' })).statusCode).toBe(404);
  });

  it('caches hashed assets for a year', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves the service worker never cached, at the root (no Service-Worker-Allowed needed), under the same CSP', async () => {
    for (const url of ['/sw.js', '/workbox-abc.js']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toContain('javascript');
      // A cached worker would keep an old version alive: the browser must ask every time.
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['service-worker-allowed'], url).toBeUndefined();
    }
    const csp = String((await t.app.inject({ method: 'GET', url: '/' })).headers['content-security-policy']);
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('keeps API 404s as JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/unknown' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('sends a built asset brotli-compressed when the browser accepts it, gzip when only that, plain otherwise', async () => {
    const get = (encoding?: string) => t.app.inject({ method: 'GET', url: '/assets/big-def456.js', headers: encoding ? { 'accept-encoding': encoding } : {} });
    const br = await get('gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(br.headers.vary)).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(BIG_JS);
    expect(br.rawPayload.length).toBeLessThan(BIG_JS.length / 4);
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(BIG_JS);
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG_JS);
    const css = await t.app.inject({ method: 'GET', url: '/assets/page-0a1b2c.css', headers: { 'accept-encoding': 'br' } });
    expect(css.headers['content-encoding']).toBe('br');
    expect(css.headers['content-type']).toContain('text/css');
  });
});
