import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieJarOf, fetchTransport, ItemsClient, MendClient } from '../../../shared/client/index.js';
import { TEST_KDF } from '../../../shared/crypto/index.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.js';
import { openEventStream } from '../../test/sse.js';
import { DELIVER_JOB } from './notes.service.js';
import { freePort } from '../../test/ports.js';

/*
 * Real server processes (src/server/main.ts) on one PostgreSQL database: a due note is
 * delivered once however many processes poll, and one that fell due while every process
 * was down (crashed) is delivered once right after the next start.
 */
const main = resolve('src/server/main.ts');
const dialects = await testDialects();


async function startProcess(databaseUrl: string) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mend-proc-'));
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dir, DATABASE_URL: databaseUrl, WEB_DIR: join(dir, 'no-web'), JOBS_POLL_MS: '50', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
  const url = `http://127.0.0.1:${port}`;
  await expect.poll(() => fetch(`${url}/api/health`).then((r) => r.status, () => 0), { timeout: 30_000, interval: 100 }).toBe(200);
  return {
    url,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      child.kill(signal);
      await exited;
    },
  };
}

async function person(url: string, name: string) {
  const transport = fetchTransport({ baseUrl: url, cookies: true });
  const client = new MendClient(transport, { signupKdf: TEST_KDF, allowWeakKdf: true });
  await client.signup({ email: `${name.toLowerCase()}.${Date.now()}@example.org`, password: 'a long private passphrase', displayName: name, timeZone: 'Europe/Warsaw' });
  return { client, cookie: () => cookieJarOf.get(transport)?.header() ?? '' };
}

describe.runIf(dialects.includes('postgres'))('scheduled notes across server processes on postgres', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(() => database.drop());

  const deliveryJobs = async () => database.handle.db.selectFrom('jobs').select(['payload', 'attempts', 'done_at']).where('kind', '=', DELIVER_JOB).execute();
  const notificationsFor = async (itemId: string) => (await database.handle.db.selectFrom('notifications').select('id').where('item_id', '=', itemId).execute()).length;

  it('delivers each due note once with two processes polling, and after a full stop, once on the next start', async () => {
    const one = await startProcess(database.url);
    const two = await startProcess(database.url);
    const ada = await person(one.url, 'Ada');
    const ben = await person(two.url, 'Ben');
    await ada.client.startCouple();
    await ben.client.join((await ada.client.createInvite()).token);
    const partner = (await ada.client.currentCouple())!.partner!;
    const items = new ItemsClient(ada.client, () => partner);
    const stream = await openEventStream(two.url, ben.cookie());
    await stream.waitFor('hello');

    // Far enough ahead that all six are stored before any is due, even on a busy machine.
    const deliverAt = new Date(Date.now() + 5000).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await items.share(await items.create('note', { text: `note ${i}` }, { deliverAt }), partner)).id);
    await stream.waitFor('notifications.changed', 10_000);
    await expect.poll(async () => (await Promise.all(ids.map(notificationsFor))).every((n) => n === 1), { timeout: 10_000, interval: 100 }).toBe(true);
    // Each job was claimed once: no process ran one a second time.
    const jobs = (await deliveryJobs()).filter((j) => ids.includes((JSON.parse(j.payload) as { itemId: string }).itemId));
    expect(jobs).toHaveLength(6);
    for (const j of jobs) expect([j.done_at !== null, Number(j.attempts)]).toEqual([true, 1]);
    stream.close();

    // Every process is gone before the next note is due; it is delivered when one starts again.
    const lateAt = Date.now() + 3000;
    const late = await items.share(await items.create('note', { text: 'while you were away' }, { deliverAt: new Date(lateAt).toISOString() }), partner);
    // Both crash (no graceful shutdown) before it is due.
    await Promise.all([one.stop('SIGKILL'), two.stop('SIGKILL')]);
    expect(Date.now()).toBeLessThan(lateAt);
    await new Promise((r) => setTimeout(r, lateAt - Date.now() + 300));
    expect(await notificationsFor(late.id)).toBe(0);
    const three = await startProcess(database.url);
    try {
      await expect.poll(() => notificationsFor(late.id), { timeout: 10_000, interval: 100 }).toBe(1);
      // Its job is finished, after one attempt: it cannot run again, so no second notification can follow.
      const lateJob = (await deliveryJobs()).find((j) => (JSON.parse(j.payload) as { itemId: string }).itemId === late.id);
      expect(lateJob && [lateJob.done_at !== null, Number(lateJob.attempts)]).toEqual([true, 1]);
      expect(await notificationsFor(late.id)).toBe(1);
    } finally {
      await three.stop();
    }
  }, 90_000);
});
