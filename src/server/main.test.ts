import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieJarOf, fetchTransport, MendClient } from '../shared/client/index.js';
import { TEST_KDF } from '../shared/crypto/index.js';
import { openEventStream } from './test/sse.js';
import { freePort } from './test/ports.js';
import { createTestDatabase, testDialects } from './test/databases.js';

const dialects = await testDialects();

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

/** One GET over a keep-alive agent: the status, or the error and whether the connection had served before. */
function get(agent: Agent, port: number, path: string, cookie: string): Promise<{ status: number } | { error: string; reused: boolean }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { cookie } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message, reused: req.reusedSocket }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message, reused: req.reusedSocket }));
    req.end();
  });
}

describe.each(dialects)('shutdown under load on %s', (dialect) => {
  /*
   * SIGTERM while 40 keep-alive clients keep asking. Every request the server read is
   * answered (a 503 while closing is an answer), and no connection it accepted is cut: a
   * request on a connection that had served before never fails, and the server's drain ends
   * with no connection left to close. Once it stops listening, a new connection is refused —
   * or, if it was still in the kernel's queue at that moment, reset before the server ever
   * saw it; neither is a request the server accepted.
   */
  it('answers every request it accepted, then closes the database and exits 0', async () => {
    const database = await createTestDatabase(dialect);
    await database.handle.close();
    const dir = mkdtempSync(join(tmpdir(), 'mend-main-'));
    const port = await freePort();
    const proc = run({ PORT: String(port), DATA_DIR: dir, DATABASE_URL: database.url, WEB_DIR: join(dir, 'no-web') });
    try {
      const url = `http://127.0.0.1:${port}`;
      // The set-up's own requests close their connections: only the load's stay open.
      const once = { connection: 'close' };
      await expect.poll(() => fetch(`${url}/api/health`, { headers: once }).then((r) => r.status, () => 0), { timeout: 20_000, interval: 200 }).toBe(200);
      const transport = fetchTransport({ baseUrl: url, cookies: true, headers: once });
      const client = new MendClient(transport, { signupKdf: TEST_KDF, allowWeakKdf: true });
      await client.signup({ email: `load.${dialect}@example.org`, password: 'a long private passphrase', displayName: 'Ada', timeZone: 'UTC' });
      const cookie = cookieJarOf.get(transport)?.header() ?? '';
      const stream = await openEventStream(url, cookie);
      await stream.waitFor('hello');

      const statuses = new Map<number, number>();
      const lost: string[] = [];
      const neverAccepted: string[] = [];
      let exited = false;
      void proc.exited.then(() => (exited = true));
      const clients = Array.from({ length: 40 }, async (_, i) => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        const paths = ['/api/items', '/api/notifications', '/api/me', '/api/health'];
        try {
          for (let n = 0; !exited; n++) {
            const out = await get(agent, port, paths[(i + n) % paths.length]!, cookie);
            if ('status' in out) statuses.set(out.status, (statuses.get(out.status) ?? 0) + 1);
            else if (out.reused || (out.error !== 'ECONNREFUSED' && out.error !== 'ECONNRESET')) lost.push(`${out.error} reused=${out.reused}`);
            else if (out.error === 'ECONNREFUSED') return;
            else neverAccepted.push(out.error);
          }
        } finally {
          agent.destroy();
        }
      });
      // Load first, then the signal in the middle of it.
      await expect.poll(() => [...statuses.values()].reduce((a, b) => a + b, 0), { timeout: 20_000, interval: 20 }).toBeGreaterThan(400);
      const started = Date.now();
      proc.child.kill('SIGTERM');
      const code = await proc.exited;
      await Promise.all(clients);
      expect({ code, lost }).toEqual({ code: 0, lost: [] });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect([...statuses.keys()].filter((s) => s !== 200 && s !== 503)).toEqual([]);
      await stream.ended;
      // The server's side: every request it read was answered, and no accepted connection was left to cut.
      const log = proc.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg?: string; reqId?: string; connectionsLeft?: number });
      const incoming = new Set(log.filter((l) => l.msg === 'incoming request').map((l) => l.reqId));
      const completed = new Set(log.filter((l) => l.msg === 'request completed').map((l) => l.reqId));
      expect(incoming.size).toBeGreaterThan(400);
      expect([...incoming].filter((id) => !completed.has(id))).toEqual([]);
      expect(log.find((l) => l.msg === 'drained')?.connectionsLeft).toBe(0);
      console.info(`shutdown under load on ${dialect}: ${Date.now() - started} ms, ${neverAccepted.length} connections reset in the kernel's queue`);
    } finally {
      proc.child.kill('SIGKILL');
      await database.drop();
    }
  }, 60_000);
});
