import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpenItem } from '../../../shared/client/index.js';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import type { DbHandle } from '../../db/connect.js';
import { jumpPast } from '../../test/clock.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { couple, type Side } from '../../test/sides.js';
import { openEventStream, type EventStream } from '../../test/sse.js';
import { DELIVER_JOB } from './notes.service.js';

const dialects = await testDialects();


const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

async function sendNote(from: Side, text: string, deliverAt: string | null): Promise<OpenItem> {
  const note = await from.items.create('note', { text }, { deliverAt });
  return from.items.share(note, from.partner);
}

/** Delivery jobs that ran (done) for a note. */
async function deliveries(handle: DbHandle, noteId: string): Promise<number> {
  const rows = await handle.db.selectFrom('jobs').select(['payload', 'done_at']).where('kind', '=', DELIVER_JOB).execute();
  return rows.filter((r) => r.done_at !== null && (JSON.parse(r.payload) as { itemId: string }).itemId === noteId).length;
}

async function noteNotifications(handle: DbHandle, noteId: string): Promise<number> {
  const rows = await handle.db.selectFrom('notifications').select('id').where('item_id', '=', noteId).execute();
  return rows.length;
}

describe.each(dialects)('notes on %s', (dialect) => {
  let database: TestDatabase;
  const apps: FastifyInstance[] = [];
  const handles: DbHandle[] = [];
  const streams: EventStream[] = [];

  async function server(handle: DbHandle = database.handle) {
    const app = await buildApp({ config: testConfig(), db: handle });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    apps.push(app);
    return { app, url };
  }

  afterEach(async () => {
    vi.useRealTimers();
    for (const s of streams.splice(0)) s.close();
    for (const a of apps.splice(0)) await a.close();
    for (const h of handles.splice(0)) await h.close();
    await database.drop();
  });

  it('delivers a note sent now at once, with one notification and a live event to the partner only', async () => {
    database = await createTestDatabase(dialect);
    const { app, url } = await server();
    const [ada, ben] = await couple(app);
    const benStream = await openEventStream(url, ben.person.transport.cookies.header() ?? '');
    const adaStream = await openEventStream(url, ada.person.transport.cookies.header() ?? '');
    streams.push(benStream, adaStream);
    await Promise.all([benStream.waitFor('hello'), adaStream.waitFor('hello')]);

    const note = await sendNote(ada, 'Thinking of you this morning.', null);
    await benStream.waitFor('notifications.changed');
    await benStream.waitFor('items.changed');
    const [got] = await ben.items.list('note');
    expect(got?.content?.text).toBe('Thinking of you this morning.');
    const list = await ben.notifications.list();
    expect(list.unread).toBe(1);
    expect(list.notifications[0]).toMatchObject({ type: 'partner', itemId: note.id, itemKind: 'note', readAt: null });
    // The sender hears nothing of the partner's notification, or of their reading it.
    await ben.notifications.markRead({ all: true });
    expect((await ada.notifications.list()).notifications).toEqual([]);
    await ben.person.client.updateProfile({ displayName: 'Ben K.' });
    await adaStream.waitFor('couple.changed');
    expect(adaStream.events.map((e) => e.type)).not.toContain('notifications.changed');
    // A delivered note cannot be rewritten: the partner may have read it.
    expect(await errorOf(ada.items.update(note, { text: 'changed' }, { deliverAt: null }))).toEqual({ status: 409, code: 'already_delivered' });
  });

  it('holds a scheduled note back until its time, then delivers it exactly once', async () => {
    database = await createTestDatabase(dialect);
    const { app, url } = await server();
    const [ada, ben] = await couple(app);
    const benStream = await openEventStream(url, ben.person.transport.cookies.header() ?? '');
    streams.push(benStream);
    await benStream.waitFor('hello');

    const deliverAt = inMs(1500);
    const note = await sendNote(ada, 'Good luck with the interview.', deliverAt);
    // Before its time Ben can't read it on any path, hasn't been told, and no event hinted at it.
    expect(await ben.items.list('note')).toEqual([]);
    expect(await errorOf(ben.items.get(note.id))).toEqual({ status: 404, code: 'not_found' });
    expect((await ben.notifications.list()).unread).toBe(0);
    await app.jobs.runDue();
    expect(await noteNotifications(database.handle, note.id)).toBe(0);
    // Ada still sees and can edit or move it.
    const moved = await ada.items.update(note, { text: 'Good luck today — you are ready.' }, { deliverAt: inMs(1800) });
    expect((await ada.items.list('note'))[0]?.content).toEqual({ text: 'Good luck today — you are ready.' });
    expect(benStream.events.map((e) => e.type)).toEqual(['hello']);

    jumpPast((moved.state as { deliverAt: string }).deliverAt, 30);
    await app.jobs.runDue();
    await benStream.waitFor('items.changed');
    await benStream.waitFor('notifications.changed');
    const [got] = await ben.items.list('note');
    expect(got?.content?.text).toBe('Good luck today — you are ready.');
    // The job for the first time was superseded by the edit; delivery happened once.
    await app.jobs.runDue(new Date(Date.now() + 3_600_000));
    expect(await noteNotifications(database.handle, note.id)).toBe(1);
    expect((await ben.notifications.list()).unread).toBe(1);
  });

  it('a cancelled note never arrives', async () => {
    database = await createTestDatabase(dialect);
    const { app } = await server();
    const [ada, ben] = await couple(app);
    const note = await sendNote(ada, 'Never mind.', inMs(800));
    await ada.items.remove(note);
    jumpPast(inMs(900), 30);
    await app.jobs.runDue();
    expect(await ben.items.list('note')).toEqual([]);
    expect((await ben.notifications.list()).notifications).toEqual([]);
  });

  it('delivers right after a restart a note that fell due while the server was down, once', async () => {
    database = await createTestDatabase(dialect);
    const first = await server();
    const [ada] = await couple(first.app);
    const note = await sendNote(ada, 'See you tonight.', inMs(700));
    await first.app.close();
    apps.splice(apps.indexOf(first.app), 1);
    jumpPast(inMs(900), 30);

    // A new server on the same database: its runner's first poll runs at once.
    const handle = database.reconnect();
    handles.push(handle);
    const second = await server(handle);
    second.app.jobs.start();
    const deadline = Date.now() + 5000;
    while ((await noteNotifications(handle, note.id)) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await second.app.jobs.stop();
    expect(await noteNotifications(handle, note.id)).toBe(1);
    expect(await deliveries(handle, note.id)).toBe(1);
  });

  it.runIf(dialect === 'postgres')('two server processes on one database deliver a due note once', async () => {
    database = await createTestDatabase(dialect);
    const one = await server();
    const handle = database.reconnect();
    handles.push(handle);
    const two = await server(handle);
    const [ada] = await couple(one.app);
    const notes: OpenItem[] = [];
    for (let i = 0; i < 8; i++) notes.push(await sendNote(ada, `Note ${i}`, inMs(600)));
    jumpPast(inMs(700), 30);
    // Both poll at the same moment, again and again: each job is claimed by one of them.
    await Promise.all([one.app.jobs.runDue(), two.app.jobs.runDue(), one.app.jobs.runDue(), two.app.jobs.runDue()]);
    for (const n of notes) {
      expect(await noteNotifications(handle, n.id)).toBe(1);
      expect(await deliveries(handle, n.id)).toBe(1);
    }
  });

  it('refuses a note scheduled more than a year ahead, field by field', async () => {
    database = await createTestDatabase(dialect);
    const { app } = await server();
    const [ada] = await couple(app);
    const far = new Date(Date.now() + 400 * 86_400_000).toISOString();
    expect(await errorOf(ada.items.create('note', { text: 'x' }, { deliverAt: far }))).toEqual({ status: 400, code: 'validation_failed' });
    expect(await errorOf(ada.items.create('note', { text: 'x' }, { deliverAt: 'tomorrow' }))).toEqual({ status: 400, code: 'validation_failed' });
    expect(await ada.items.list('note')).toEqual([]);
  });
});
