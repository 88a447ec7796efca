import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.js';
import { newDevice, signUp } from '../../test/people.js';
import { openEventStream, type EventStream } from '../../test/sse.js';

const dialects = await testDialects();

/** Resolves when the stream has ended; fails well before the 25 s heartbeat would end it. */
const endsPromptly = (stream: EventStream) =>
  Promise.race([stream.ended.then(() => 'ended'), new Promise((resolve) => setTimeout(() => resolve('still open'), 3000).unref())]);

describe.each(dialects)('event streams end with their session on %s', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  const streams: EventStream[] = [];

  async function start() {
    database = await createTestDatabase(dialect);
    app = await buildApp({ config: testConfig(), db: database.handle });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  }

  afterEach(async () => {
    for (const s of streams.splice(0)) s.close();
    await app.close();
    await database.drop();
  });

  async function streamOf(cookie: string): Promise<EventStream> {
    const stream = await openEventStream(url, cookie);
    streams.push(stream);
    await stream.waitFor('hello');
    return stream;
  }

  it('on sign-out, at once', async () => {
    await start();
    const ada = await signUp(app, 'Ada');
    const stream = await streamOf(ada.transport.cookies.header() ?? '');
    await ada.client.signout();
    expect(await endsPromptly(stream)).toBe('ended');
    expect(stream.events.map((e) => e.type)).toContain('session.ended');
  });

  it('on a password change, for every other device (this one stays)', async () => {
    await start();
    const ada = await signUp(app, 'Ada');
    const phone = newDevice(app);
    await phone.client.signin({ email: ada.email, password: ada.password });
    const mine = await streamOf(ada.transport.cookies.header() ?? '');
    const theirs = await streamOf(phone.transport.cookies.header() ?? '');
    await ada.client.changePassword(ada.password, `${ada.password} and more`);
    expect(await endsPromptly(theirs)).toBe('ended');
    expect((await phone.transport.raw('GET', '/api/me')).status).toBe(401);
    expect((await ada.transport.raw('GET', '/api/me')).status).toBe(200);
    expect(mine.events.map((e) => e.type)).not.toContain('session.ended');
  });

  it('on account deletion, this device and every other', async () => {
    await start();
    const ada = await signUp(app, 'Ada');
    const phone = newDevice(app);
    await phone.client.signin({ email: ada.email, password: ada.password });
    const mine = await streamOf(ada.transport.cookies.header() ?? '');
    const theirs = await streamOf(phone.transport.cookies.header() ?? '');
    await ada.client.deleteAccount(ada.password);
    expect(await endsPromptly(mine)).toBe('ended');
    expect(await endsPromptly(theirs)).toBe('ended');
  });
});
