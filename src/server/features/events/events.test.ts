import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.js';
import { itemsOf } from '../../test/items.js';
import { newDevice, signUp, type Person } from '../../test/people.js';
import { openEventStream, type EventStream } from '../../test/sse.js';

const dialects = await testDialects();

const cookieOf = (p: Person) => p.transport.cookies.header() ?? '';

describe.each(dialects)('live events on %s', (dialect) => {
  let database: TestDatabase;
  const apps: FastifyInstance[] = [];
  const streams: EventStream[] = [];
  const extraHandles: { close(): Promise<void> }[] = [];

  async function server(handle = database.handle): Promise<{ app: FastifyInstance; url: string }> {
    const app = await buildApp({ config: testConfig(), db: handle });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    apps.push(app);
    return { app, url };
  }

  afterEach(async () => {
    for (const s of streams.splice(0)) s.close();
    for (const a of apps.splice(0)) await a.close();
    for (const h of extraHandles.splice(0)) await h.close();
    await database.drop();
  });

  it('tells the inviter live when the partner joins, and says nothing else', async () => {
    database = await createTestDatabase(dialect);
    const { app, url } = await server();
    const ada = await signUp(app, 'Ada');
    const ben = await signUp(app, 'Ben');
    await ada.client.startCouple();
    const invite = await ada.client.createInvite();
    const stream = await openEventStream(url, cookieOf(ada));
    streams.push(stream);
    await stream.waitFor('hello');
    await ben.client.join(invite.token);
    await stream.waitFor('couple.changed');
    // Events carry a type only: no names, ids or content.
    for (const e of stream.events) expect(Object.keys(e)).toEqual(['type']);
  });

  // SQLite is one server process by design; on PostgreSQL events cross processes via LISTEN/NOTIFY.
  it.runIf(dialect === 'postgres')('reaches a stream held by another server process', async () => {
    database = await createTestDatabase(dialect);
    const second = database.reconnect();
    extraHandles.push(second);
    const one = await server();
    const two = await server(second);
    const ada = await signUp(one.app, 'Ada');
    await ada.client.startCouple();
    const invite = await ada.client.createInvite();
    const stream = await openEventStream(one.url, cookieOf(ada));
    streams.push(stream);
    await stream.waitFor('hello');
    const ben = await signUp(two.app, 'Ben');
    await ben.client.join(invite.token);
    await stream.waitFor('couple.changed');
  });

  it('ends the stream of a session that was signed out elsewhere', async () => {
    database = await createTestDatabase(dialect);
    const { app, url } = await server();
    const ada = await signUp(app, 'Ada');
    const phone = newDevice(app);
    await phone.client.signin({ email: ada.email, password: ada.password });
    const stream = await openEventStream(url, phone.transport.cookies.header() ?? '');
    streams.push(stream);
    await stream.waitFor('hello');
    await ada.client.revokeOtherSessions();
    await stream.waitFor('session.ended');
    await stream.ended;
  });

  it('tells the partner about what they can read, and never about private writing', async () => {
    database = await createTestDatabase(dialect);
    const { app, url } = await server();
    const ada = await signUp(app, 'Ada');
    const ben = await signUp(app, 'Ben');
    await ada.client.startCouple();
    await ben.client.join((await ada.client.createInvite()).token);
    const stream = await openEventStream(url, cookieOf(ben));
    streams.push(stream);
    await stream.waitFor('hello');
    const items = await itemsOf(ada);
    const privateItem = await items.create('reflection', { text: 'private' }, { section: 'afraid_of' });
    await items.update(privateItem, { text: 'still private' });
    await items.remove(privateItem);
    const toShare = await items.create('reflection', { text: 'for Ben' }, { section: 'hope_for' });
    // Nothing so far: creating, editing and deleting private writing is invisible to Ben.
    await items.share(toShare, (await ada.client.currentCouple())!.partner!);
    // A later, different event marks the end: every event before it has arrived.
    await ada.client.updateProfile({ displayName: 'Ada L.' });
    await stream.waitFor('couple.changed');
    expect(stream.events.filter((e) => e.type === 'items.changed')).toHaveLength(1);
  });

  it('tells the partner when the other leaves', async () => {
    database = await createTestDatabase(dialect);
    const { app, url } = await server();
    const ada = await signUp(app, 'Ada');
    const ben = await signUp(app, 'Ben');
    await ada.client.startCouple();
    await ben.client.join((await ada.client.createInvite()).token);
    const stream = await openEventStream(url, cookieOf(ben));
    streams.push(stream);
    await stream.waitFor('hello');
    await ada.client.leave();
    await stream.waitFor('couple.changed');
    expect(await ben.client.currentCouple()).toBeNull();
  });
});
