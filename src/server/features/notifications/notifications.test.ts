import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../../shared/api/notifications.js';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { wallClock } from '../../test/clock.js';
import { createTestDatabase, testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { freePort } from '../../test/ports.js';
import { newDevice } from '../../test/people.js';
import { couple, type Side } from '../../test/sides.js';
import { SOMETHING_NEW_SUBJECT, somethingNewEmail } from './email.js';

const dialects = await testDialects();


async function share(from: Side, kind: 'reflection' | 'appreciation', text: string) {
  const item = await from.items.create(kind, { text }, kind === 'reflection' ? { section: 'hope_for' } : {});
  return from.items.share(item, from.partner);
}

/** A local SMTP server on 127.0.0.1 that keeps what arrives. */
async function smtpSink(): Promise<{ url: string; mails: { to: string[]; raw: string }[]; close(): Promise<void> }> {
  const mails: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise((r) => server.close(() => r())) };
}

// Words that would tell a reader of a shared inbox or a lock screen what Mend holds (SAFE-06).
const BANNED = ['apology', 'apologize', 'affair', 'therapist', 'therapy', 'mood', 'trust', 'partner', 'note', 'commitment', 'reminder', 'forgive', 'hurt', 'cheat', 'Ada', 'Ben'];

describe('the activity email', () => {
  it('says only that something is waiting, with a link', () => {
    const mail = somethingNewEmail('https://mend.example.org');
    expect(mail.subject).toBe('Something new is waiting for you in Mend');
    for (const part of [mail.subject, mail.text, mail.html]) {
      for (const word of BANNED) expect(part.toLowerCase()).not.toContain(word.toLowerCase());
    }
    expect(mail.text).toContain('https://mend.example.org/notifications');
  });
});

describe.each(dialects)('notifications on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('starts with defaults, saves settings, and refuses bad ones field by field', async () => {
    const [ada] = await couple(t.app);
    expect(await ada.notifications.settings()).toEqual({ settings: DEFAULT_NOTIFICATION_SETTINGS, emailAvailable: false });
    const chosen = { reminders: false, partner: true, email: true, quietHours: { start: '22:00', end: '07:00' } };
    expect((await ada.notifications.saveSettings(chosen)).settings).toEqual(chosen);
    expect((await ada.notifications.settings()).settings).toEqual(chosen);
    const bad = [
      { ...chosen, quietHours: { start: '22:00', end: '22:00' } },
      { ...chosen, quietHours: { start: '25:00', end: '07:00' } },
      { ...chosen, reminders: 'yes' },
      { ...chosen, extra: 1 },
      { reminders: true },
    ];
    for (const body of bad) {
      const res = await t.app.inject({ method: 'PUT', url: '/api/notifications/settings', payload: body, headers: { cookie: ada.person.transport.cookies.header() ?? '', 'x-mend-csrf': '1' } });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const json = res.json<{ error: { code: string; fields?: Record<string, string> } }>();
      expect(json.error.code).toBe('validation_failed');
      expect(Object.keys(json.error.fields ?? {}).length).toBeGreaterThan(0);
    }
    expect((await ada.notifications.settings()).settings).toEqual(chosen);
  });

  it('keeps each person to their own notifications, and drops those about what they can no longer read', async () => {
    const [ada, ben] = await couple(t.app);
    const shared = await share(ada, 'reflection', 'What I hope for');
    const thanks = await share(ada, 'appreciation', 'Thank you for dinner');
    const list = await ben.notifications.list();
    expect(list.unread).toBe(2);
    expect(list.notifications.map((n) => n.itemKind)).toEqual(['appreciation', 'reflection']);
    // Ada cannot mark Ben's as read: the ids are simply not hers.
    await ada.notifications.markRead({ ids: list.notifications.map((n) => n.id) });
    expect((await ben.notifications.list()).unread).toBe(2);
    await ben.notifications.markRead({ ids: [list.notifications[0]!.id] });
    expect((await ben.notifications.list()).unread).toBe(1);
    // Unsharing takes the notification with it; so does leaving the couple.
    await ada.items.unshare(shared, ben.person.me.user.id);
    expect((await ben.notifications.list()).notifications.map((n) => n.itemId)).toEqual([thanks.id]);
    await ben.person.client.leave();
    expect(await ben.notifications.list()).toEqual({ notifications: [], unread: 0 });
    expect(await errorOf(ben.notifications.markRead({ ids: [] }))).toEqual({ status: 400, code: 'validation_failed' });
  });

  it('tells only the owner of a sign-in on a new device and of a password change (AUTH-09)', async () => {
    const [ada, ben] = await couple(t.app);
    const security = async (side: typeof ada) => (await side.notifications.list()).notifications.filter((n) => n.type === 'security').map((n) => n.detail);
    // Even with everything switched off, these still reach the owner in the app.
    await ada.notifications.saveSettings({ reminders: false, partner: false, email: false, quietHours: null });
    const phone = newDevice(t.app);
    await phone.client.signin({ email: ada.person.email, password: ada.person.password });
    expect(await security(ada)).toEqual(['new_device']);
    // The same device again is not new.
    await phone.client.signout();
    await phone.client.signin({ email: ada.person.email, password: ada.person.password });
    expect(await security(ada)).toEqual(['new_device']);
    await ada.person.client.changePassword(ada.person.password, `${ada.person.password} again`);
    expect(await security(ada)).toEqual(['password_changed', 'new_device']);
    expect(await security(ben)).toEqual([]);
  });

  it('sends nothing of a kind the person turned off', async () => {
    const [ada, ben] = await couple(t.app);
    await ben.notifications.saveSettings({ ...DEFAULT_NOTIFICATION_SETTINGS, partner: false });
    await share(ada, 'appreciation', 'Thank you');
    expect((await ben.notifications.list()).notifications).toEqual([]);
    expect(await ben.items.list('appreciation')).toHaveLength(1);
  });
});

describe.each(dialects)('email on %s', (dialect) => {
  it('sends the owner one content-free email for what arrived, after their quiet hours, only when asked', async () => {
    const sink = await smtpSink();
    const t: TestApp = await createTestApp(dialect, { smtpUrl: sink.url, publicUrl: 'https://mend.example.org' });
    try {
      const [ada, ben] = await couple(t.app);
      expect((await ben.notifications.settings()).emailAvailable).toBe(true);
      // Off by default: nothing is sent.
      await share(ada, 'appreciation', 'First thanks');
      await t.app.jobs.runDue();
      expect(sink.mails).toEqual([]);

      await ben.notifications.saveSettings({ ...DEFAULT_NOTIFICATION_SETTINGS, email: true });
      await share(ada, 'appreciation', 'Thank you for the walk by the river');
      await share(ada, 'reflection', 'What I hope for');
      await t.app.jobs.runDue();
      await t.app.jobs.runDue();
      // Two things arrived in one window: one email, to Ben only.
      expect(sink.mails).toHaveLength(1);
      const [mail] = sink.mails;
      expect(mail!.to).toEqual([ben.person.email]);
      // Everything but the To header (Ben's own address) is checked for words.
      const raw = mail!.raw.replace(/^To: .*\r\n/im, '');
      expect(raw).toContain(`Subject: ${SOMETHING_NEW_SUBJECT}`);
      expect(raw).toContain('https://mend.example.org/notifications');
      // As whole words: random ids and MIME boundaries may hold any letters.
      for (const word of ['river', 'walk', 'hope', 'appreciation', 'reflection', ...BANNED]) {
        expect(raw).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
      }

      // Nothing unread any more: a later email job sends nothing.
      await ben.notifications.markRead({ all: true });
      await t.app.jobs.runDue(new Date(Date.now() + 20 * 60_000));
      expect(sink.mails).toHaveLength(1);

      // Inside quiet hours the email waits for their end on Ben's clock.
      await ben.notifications.saveSettings({ ...DEFAULT_NOTIFICATION_SETTINGS, email: true, quietHours: { start: wallClock(-3_600_000).time, end: wallClock(3 * 3_600_000).time } });
      await share(ada, 'appreciation', 'Thanks again');
      await t.app.jobs.runDue(new Date(Date.now() + 2 * 3_600_000));
      expect(sink.mails).toHaveLength(1);
      await t.app.jobs.runDue(new Date(Date.now() + 3 * 3_600_000 + 60_000));
      expect(sink.mails).toHaveLength(2);
    } finally {
      await t.close();
      await sink.close();
    }
  });

  it('tries again later when the mail server fails, and sends once it answers', async () => {
    const database = await createTestDatabase(dialect);
    const sent: string[] = [];
    let failures = 1;
    const mailer = {
      async send(m: { to: string }) {
        // Mail servers quote the address they refuse: it must not reach the log.
        if (failures-- > 0) throw new Error(`550 mailbox unavailable: ${m.to}`);
        sent.push(m.to);
      },
      close() {},
    };
    const logs: string[] = [];
    const app = await buildApp({ config: testConfig({ smtpUrl: 'smtp://127.0.0.1:1', logLevel: 'info' }), db: database.handle, mailer, logStream: { write: (l) => logs.push(l) } });
    try {
      const [ada, ben] = await couple(app);
      await ben.notifications.saveSettings({ ...DEFAULT_NOTIFICATION_SETTINGS, email: true });
      await share(ada, 'appreciation', 'Thank you');
      await app.jobs.runDue();
      expect(sent).toEqual([]);
      expect(logs.some((l) => l.includes('job failed'))).toBe(true);
      expect(logs.join('\n')).not.toContain(ben.person.email);
      await app.jobs.runDue(new Date(Date.now() + 60_000));
      expect(sent).toEqual([ben.person.email]);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
