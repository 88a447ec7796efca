import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../../shared/api/notifications.js';
import { PromptsClient, SafetyClient } from '../../../shared/client/index.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { TEST_ZONE, wallClock } from '../../test/clock.js';
import { newDevice } from '../../test/people.js';
import { couple, type Side } from '../../test/sides.js';

const dialects = await testDialects();

const DAY = 86_400_000;

/** A raw answer with everything that differs between any two couples by construction (ids, times, keys, ciphertext, emails, the drawn prompt) replaced. */
function normalised(body: string): string {
  return body
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?Z)?/g, '<time>')
    // Each couple's prompt of the day is drawn for that couple.
    .replace(/"(promptId|myAnswerPromptId|partnerAnswerPromptId|deck)":"[^"]+"/g, '"$1":"<prompt>"')
    .replace(/[a-z]+\.[0-9a-f]{8}@example\.org/g, '<email>')
    .replace(/[A-Za-z0-9_-]{40,}/g, '<bytes>');
}

/** Everything the partner reads, normalised, path by path. */
async function seenBy(side: Side): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const date = new Date().toISOString().slice(0, 10);
  for (const url of ['/api/me', '/api/couples/current', '/api/items', '/api/items?kind=note', '/api/items?kind=safety_check', '/api/notifications', '/api/space', '/api/decision', `/api/prompts/today?date=${date}`, '/api/prompts/history']) {
    const res = await side.person.transport.raw('GET', url);
    out[url] = `${res.status} ${normalised(res.body)}`;
  }
  return out;
}

describe.each(dialects)('the quiet hold on %s', (dialect) => {
  const sent: string[] = [];
  const lines: string[] = [];
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const mailer = { send: async (m: { to: string }) => void sent.push(m.to), close() {} };
    app = await buildApp({ config: testConfig({ smtpUrl: 'smtp://127.0.0.1:1', logLevel: 'trace' }), db: database.handle, mailer, logStream: { write: (l) => lines.push(l) } });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('is each person’s own: on, again, lifted; nobody else’s can be named; bad input is a clear 400', async () => {
    const [ada, ben] = await couple(app);
    const mine = new SafetyClient(ada.person.client);
    expect(await mine.hold()).toEqual({ held: false, since: null });
    const on = await mine.startHold();
    expect(on.held).toBe(true);
    expect((await mine.startHold()).since).toBe(on.since);
    // The partner's own answer says nothing about Ada's.
    expect(await new SafetyClient(ben.person.client).hold()).toEqual({ held: false, since: null });
    const bad = await ben.person.transport.raw('PUT', '/api/safety/hold', { userId: ada.person.me.user.id });
    expect(bad.status).toBe(400);
    expect(await mine.hold()).toEqual(on);
    expect(await mine.liftHold()).toEqual({ held: false, since: null });
    const stranger = await app.inject({ method: 'GET', url: '/api/safety/hold' });
    expect(stranger.statusCode).toBe(401);
  });

  it('stops the held person’s new sharing with a 409 only they see; private writing, unsharing and leaving still work', async () => {
    const [ada, ben] = await couple(app);
    const hold = new SafetyClient(ada.person.client);
    const shared = await ada.items.share(await ada.items.create('reflection', { text: 'shared before' }, { section: 'hope_for' }), ada.partner);
    await hold.startHold();
    const draft = await ada.items.create('reflection', { text: 'kept' }, { section: 'what_i_need' });
    expect(await errorOf(ada.items.share(draft, ada.partner))).toEqual({ status: 409, code: 'quiet_hold' });
    expect(await errorOf(ada.items.update(shared, { text: 'changed while held' }))).toEqual({ status: 409, code: 'quiet_hold' });
    const prompts = new PromptsClient(ada.person.client, ada.items);
    const { day } = await prompts.today(new Date().toISOString().slice(0, 10));
    expect(await errorOf(prompts.answer(day!, { text: 'an answer' }, ada.partner))).toEqual({ status: 409, code: 'quiet_hold' });
    expect((await ben.items.list('reflection')).map((i) => i.id)).toEqual([shared.id]);
    // Taking back is always possible.
    await ada.items.unshare(shared, ben.person.me.user.id);
    expect(await ben.items.list('reflection')).toEqual([]);
    // Lifted: sharing works again.
    await hold.liftHold();
    await ada.items.share(draft, ada.partner);
    await hold.startHold();
    await ada.person.client.leave();
    expect(await ada.person.client.currentCouple()).toBeNull();
  });

  it('sends the held person no notifications, reminders or emails, and holds back a scheduled note’s notice', async () => {
    const rowsOf = async (userId: string) => (await database.handle.db.selectFrom('notifications').select(['type', 'item_kind']).where('user_id', '=', userId).execute()).map((r) => `${r.type}:${r.item_kind ?? ''}`).sort();
    const run = async (held: boolean) => {
      const [ada, ben] = await couple(app);
      await ada.notifications.saveSettings({ ...DEFAULT_NOTIFICATION_SETTINGS, email: true });
      if (held) await new SafetyClient(ada.person.client).startHold();
      sent.length = 0;
      await ben.items.share(await ben.items.create('appreciation', { text: 'thank you' }, {}), ben.partner);
      await ben.items.share(await ben.items.create('note', { text: 'for later' }, { deliverAt: new Date(Date.now() + DAY).toISOString() }), ben.partner);
      await ada.items.create('commitment', { what: 'a walk' }, { segments: [{ type: 'once', at: wallClock(2 * 3_600_000).at, timeZone: TEST_ZONE }], status: 'active', remindMinutesBefore: 60 });
      await app.jobs.runDue(new Date(Date.now() + 3 * 3_600_000));
      await app.jobs.runDue(new Date(Date.now() + 2 * DAY));
      await app.jobs.runDue(new Date(Date.now() + 3 * DAY));
      return { rows: await rowsOf(ada.person.me.user.id), emailed: sent.includes(ada.person.email) };
    };
    // Without a hold, the same week gives three notices and an email.
    expect(await run(false)).toEqual({ rows: ['partner:appreciation', 'partner:note', 'reminder:commitment'], emailed: true });
    expect(await run(true)).toEqual({ rows: [], emailed: false });
  });

  it('still tells the held person about their own account, in the app and by email; the partner’s news stays quiet', async () => {
    const events: Record<string, (side: Side) => Promise<unknown>> = {
      new_device: (side) => newDevice(app).client.signin({ email: side.person.email, password: side.person.password }),
      password_changed: (side) => side.person.client.changePassword(side.person.password, `${side.person.password} again`),
      recovery_key_changed: (side) => side.person.client.newRecoveryKey(side.person.password),
      password_recovered: (side) => newDevice(app).client.recover({ email: side.person.email, recoveryWords: side.person.recoveryWords, newPassword: `${side.person.password} recovered` }),
    };
    for (const [event, happen] of Object.entries(events)) {
      const [ada, ben] = await couple(app);
      await ada.notifications.saveSettings({ ...DEFAULT_NOTIFICATION_SETTINGS, email: true });
      await new SafetyClient(ada.person.client).startHold();
      sent.length = 0;
      await ben.items.share(await ben.items.create('appreciation', { text: 'thank you' }, {}), ben.partner);
      await app.jobs.runDue(new Date(Date.now() + 60_000));
      expect(sent, event).not.toContain(ada.person.email);
      await happen(ada);
      await app.jobs.runDue(new Date(Date.now() + 60_000));
      expect(sent.filter((to) => to === ada.person.email), event).toHaveLength(1);
      // Read from the database: a recovery signs every earlier session out.
      const rows = await database.handle.db.selectFrom('notifications').select(['type', 'detail']).where('user_id', '=', ada.person.me.user.id).execute();
      expect(rows.map((n) => `${n.type}:${n.detail ?? ''}`), event).toEqual([`security:${event}`]);
    }
  });

  it('drops an email queued before the hold began', async () => {
    const [ada, ben] = await couple(app);
    await ada.notifications.saveSettings({ ...DEFAULT_NOTIFICATION_SETTINGS, email: true });
    sent.length = 0;
    await ben.items.share(await ben.items.create('appreciation', { text: 'thank you' }, {}), ben.partner);
    await new SafetyClient(ada.person.client).startHold();
    await app.jobs.runDue(new Date(Date.now() + 60_000));
    expect(sent).not.toContain(ada.person.email);
  });

  it('leaves the partner’s pages, counts and emails exactly as in a control couple where nobody took the check', async () => {
    const run = async (held: boolean) => {
      const [ada, ben] = await couple(app);
      await ben.notifications.saveSettings({ ...DEFAULT_NOTIFICATION_SETTINGS, email: true });
      if (held) {
        await ada.items.create('safety_check', { type: 'check', takenAt: new Date().toISOString(), answers: { afraid: 'yes' }, level: 'concern' }, {});
        await new SafetyClient(ada.person.client).startHold();
        const kept = await ada.items.create('journal_entry', { text: 'mine', writtenOn: '2026-03-01' }, {});
        expect(await errorOf(ada.items.share(kept, ada.partner))).toEqual({ status: 409, code: 'quiet_hold' });
      } else {
        await ada.items.create('journal_entry', { text: 'mine', writtenOn: '2026-03-01' }, {});
      }
      // The partner's ordinary week: a note for later, a thank-you, a promise with a reminder.
      await ben.items.share(await ben.items.create('note', { text: 'later' }, { deliverAt: new Date(Date.now() + DAY).toISOString() }), ben.partner);
      await ben.items.share(await ben.items.create('appreciation', { text: 'thanks' }, {}), ben.partner);
      await ben.items.create('commitment', { what: 'call' }, { segments: [{ type: 'once', at: wallClock(2 * 3_600_000).at, timeZone: TEST_ZONE }], status: 'active', remindMinutesBefore: 60 });
      sent.length = 0;
      await app.jobs.runDue(new Date(Date.now() + 3 * 3_600_000));
      await app.jobs.runDue(new Date(Date.now() + 2 * DAY));
      await app.jobs.runDue(new Date(Date.now() + 3 * DAY));
      return { seen: await seenBy(ben), emails: sent.filter((to) => to === ben.person.email).length };
    };
    const control = await run(false);
    const held = await run(true);
    expect(control.emails).toBe(1);
    expect(held).toEqual(control);
  });

  it('is never logged with content', async () => {
    const since = lines.length;
    const [ada] = await couple(app);
    const hold = new SafetyClient(ada.person.client);
    const { since: at } = await hold.startHold();
    await hold.liftHold();
    const log = lines.slice(since).join('\n');
    expect(log).toContain('"path":"/api/safety/hold"');
    for (const secret of [at!, '"held"', ada.person.me.user.id]) expect(log).not.toContain(secret);
  });
});
