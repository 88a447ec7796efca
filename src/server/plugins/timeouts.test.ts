import type { FastifyInstance } from 'fastify';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { testConfig, type Config } from '../config.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../test/databases.js';
import { signUp } from '../test/people.js';
import { openEventStream, type EventStream } from '../test/sse.js';

const dialects = await testDialects();

describe.each(dialects)('slow bodies and many streams on %s', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  const streams: EventStream[] = [];

  async function start(overrides: Partial<Config>) {
    database = await createTestDatabase(dialect);
    app = await buildApp({ config: testConfig(overrides), db: database.handle });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  }

  afterEach(async () => {
    for (const s of streams.splice(0)) s.close();
    await app.close();
    await database.drop();
  });

  it('answers 408 and closes a request whose body never finishes arriving, but keeps event streams', async () => {
    await start({ requestTimeoutMs: 1000 });
    const ada = await signUp(app, 'Ada');
    const stream = await openEventStream(url, ada.transport.cookies.header() ?? '');
    streams.push(stream);
    await stream.waitFor('hello');
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (d) => (received += d.toString()));
    const closed = new Promise<'closed'>((resolve) => socket.on('close', () => resolve('closed')));
    socket.write('POST /api/auth/key-params HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email"');
    // The body's other 92 bytes never come.
    const outcome = await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 8000).unref())]);
    socket.destroy();
    expect(outcome).toBe('closed');
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    // The stream, open longer than the timeout by now, still hears what happens.
    await ada.client.startCouple();
    await stream.waitFor('couple.changed');
  });

  it('keeps at most the configured number of live streams per person', async () => {
    await start({ streamsPerUser: 3 });
    const ada = await signUp(app, 'Ada');
    const cookie = ada.transport.cookies.header() ?? '';
    for (let i = 0; i < 3; i++) {
      const s = await openEventStream(url, cookie);
      streams.push(s);
      await s.waitFor('hello');
    }
    const refused = await fetch(`${url}/api/events`, { headers: { cookie } });
    expect(refused.status).toBe(429);
    await refused.body?.cancel();
    // Someone else is not affected, and closing one makes room again.
    const ben = await signUp(app, 'Ben');
    const bens = await openEventStream(url, ben.transport.cookies.header() ?? '');
    streams.push(bens);
    await bens.waitFor('hello');
    streams[0]!.close();
    await streams[0]!.ended;
    await expect.poll(async () => {
      const again = await fetch(`${url}/api/events`, { headers: { cookie } });
      await again.body?.cancel();
      return again.status;
    }).toBe(200);
  });

  it('gives back the place of a stream whose client left while it was being set up', async () => {
    await start({ streamsPerUser: 3 });
    const ada = await signUp(app, 'Ada');
    const cookie = ada.transport.cookies.header() ?? '';
    const { port } = new URL(url);
    // Many clients ask for a stream and are gone before the server has checked the session.
    await Promise.all(
      Array.from({ length: 40 }, () => new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(`GET /api/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nCookie: ${cookie}\r\n\r\n`, () => socket.destroy());
        });
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      })),
    );
    // Every one of them is gone, so all three places are free again.
    const opened: EventStream[] = [];
    await expect
      .poll(async () => {
        const s = await openEventStream(url, cookie).catch(() => null);
        if (s) {
          streams.push(s);
          opened.push(s);
        }
        return opened.length;
      }, { timeout: 10_000 })
      .toBe(3);
    for (const s of opened) await s.waitFor('hello');
  });
});
