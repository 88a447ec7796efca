import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieJarOf, fetchTransport, MendClient } from '../shared/client/index.js';
import { TEST_KDF } from '../shared/crypto/index.js';
import { openEventStream } from './test/sse.js';
import { freePort } from './test/ports.js';

const main = resolve('src/server/main.ts');


function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', main], { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  return { child, exited, output: () => output };
}

describe('main', () => {
  it('migrates, listens, and shuts down cleanly on SIGTERM while a stream is open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mend-main-'));
    const port = await freePort();
    const proc = run({ PORT: String(port), DATA_DIR: dir, DATABASE_URL: `sqlite:${join(dir, 'mend.db')}`, WEB_DIR: join(dir, 'no-web') });
    const url = `http://127.0.0.1:${port}`;
    await expect.poll(() => fetch(`${url}/api/health`).then((r) => r.status, () => 0), { timeout: 20_000, interval: 200 }).toBe(200);
    // A signed-in person with a live event stream open: streams never end by themselves.
    const transport = fetchTransport({ baseUrl: url, cookies: true });
    const client = new MendClient(transport, { signupKdf: TEST_KDF, allowWeakKdf: true });
    await client.signup({ email: 'shutdown@example.org', password: 'a long private passphrase', displayName: 'Ada', timeZone: 'UTC' });
    const stream = await openEventStream(url, cookieJarOf.get(transport)?.header() ?? '');
    await stream.waitFor('hello');
    const started = Date.now();
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(proc.output()).toContain('shutting down');
    await stream.ended;
  }, 40_000);

  it('refuses to start on a bad environment value, with a clear message', async () => {
    const proc = run({ PORT: 'not-a-port', DATA_DIR: mkdtempSync(join(tmpdir(), 'mend-main-')) });
    expect(await proc.exited).toBe(2);
    expect(proc.output()).toMatch(/PORT/);
    expect(proc.output()).not.toMatch(/at .*\.ts:\d+/);
  }, 20_000);
});
