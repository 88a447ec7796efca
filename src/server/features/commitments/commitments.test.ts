import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Schedule } from '../../../core/schedules/index.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { TEST_ZONE, wallClock } from '../../test/clock.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { couple } from '../../test/sides.js';
import { REMIND_JOB } from './commitments.service.js';

const dialects = await testDialects();
const ZONE = TEST_ZONE;
const warsaw = (ms: number) => wallClock(ms);


const once = (ms: number): Schedule => ({ type: 'once', at: warsaw(ms).at, timeZone: ZONE });
const state = (segments: Schedule[], remindMinutesBefore: number | null = 30, status: CommitmentState['status'] = 'active'): CommitmentState => ({ segments, status, remindMinutesBefore });

describe.each(dialects)('commitments on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const pendingReminders = async (itemId: string) =>
    (await t.database.handle.db.selectFrom('jobs').select(['payload', 'run_at']).where('kind', '=', REMIND_JOB).where('done_at', 'is', null).execute()).filter(
      (j) => (JSON.parse(j.payload) as { itemId: string }).itemId === itemId,
    );

  it('reminds the committer before the occurrence, never the partner, and once per occurrence', async () => {
    const [ada, ben] = await couple(t.app);
    const c = await ada.items.create('commitment', { what: 'Call when I am running late' }, state([once(3 * 3_600_000)], 60));
    await ada.items.share(c, ada.partner);
    const [job] = await pendingReminders(c.id);
    expect(job).toBeDefined();
    // Due an hour before the occurrence (two hours from now), give or take the minute rounding.
    const due = new Date(job!.run_at).getTime();
    expect(Math.abs(due - (Date.now() + 2 * 3_600_000))).toBeLessThan(61_000);

    await t.app.jobs.runDue(new Date(due - 1000));
    expect((await ada.notifications.list()).notifications.filter((n) => n.type === 'reminder')).toEqual([]);
    await t.app.jobs.runDue(new Date(due + 1000));
    await t.app.jobs.runDue(new Date(due + 2000));
    const reminders = (await ada.notifications.list()).notifications.filter((n) => n.type === 'reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ itemId: c.id, itemKind: 'commitment', occurrence: warsaw(3 * 3_600_000).date });
    // Ben saw the shared commitment arrive, and nothing of Ada's reminder.
    expect((await ben.notifications.list()).notifications.map((n) => [n.type, n.itemKind])).toEqual([['partner', 'commitment']]);
  });

  it('follows edits, pauses and deletion: only the current schedule reminds', async () => {
    const [ada] = await couple(t.app);
    let c: OpenItem = await ada.items.create('commitment', { what: 'Evening walk' }, state([once(5 * 3_600_000)], 30));
    const [first] = await pendingReminders(c.id);
    c = await ada.items.update(c, { what: 'Evening walk' }, state([once(6 * 3_600_000)], 30));
    const jobs = await pendingReminders(c.id);
    expect(jobs).toHaveLength(2);
    // The first job runs at its old time and does nothing: the occurrence moved.
    await t.app.jobs.runDue(new Date(new Date(first!.run_at).getTime() + 1000));
    expect((await ada.notifications.list()).notifications).toEqual([]);
    c = await ada.items.update(c, { what: 'Evening walk' }, state([once(6 * 3_600_000)], 30, 'paused'));
    await t.app.jobs.runDue(new Date(Date.now() + 7 * 3_600_000));
    expect((await ada.notifications.list()).notifications).toEqual([]);
  });

  it('waits for the end of quiet hours', async () => {
    const [ada] = await couple(t.app);
    const later = warsaw(2 * 3_600_000);
    // Quiet from an hour ago until two hours from now, on Ada's clock.
    await ada.notifications.saveSettings({ reminders: true, partner: true, email: false, quietHours: { start: warsaw(-3_600_000).time, end: later.time } });
    const c = await ada.items.create('commitment', { what: 'Morning message' }, state([once(40 * 60_000)], 30));
    const [job] = await pendingReminders(c.id);
    const due = new Date(job!.run_at).getTime();
    await t.app.jobs.runDue(new Date(due + 1000));
    expect((await ada.notifications.list()).notifications).toEqual([]);
    const [waiting] = await pendingReminders(c.id);
    expect(warsaw(new Date(waiting!.run_at).getTime() - Date.now()).time).toBe(later.time);
    await t.app.jobs.runDue(new Date(new Date(waiting!.run_at).getTime() + 1000));
    expect((await ada.notifications.list()).notifications.map((n) => n.type)).toEqual(['reminder']);
  });

  it('lets only the committer mark their own occurrences, on days the schedule has and that have come', async () => {
    const [ada, ben] = await couple(t.app);
    const today = warsaw(0).date;
    const daily: Schedule = { type: 'daily', time: '00:00', timeZone: ZONE, startDate: '2026-01-01' };
    const c = await ada.items.create('commitment', { what: 'Check in at lunch' }, state([daily], null));
    await ada.items.share(c, ada.partner);
    const mark = await ada.items.create('commitment_mark', { status: 'kept' }, { parentId: c.id, occurrence: today });
    expect(mark.state).toEqual({ parentId: c.id, occurrence: today });
    const tomorrow = warsaw(36 * 3_600_000).date;
    const bad = [
      () => ada.items.create('commitment_mark', { status: 'kept' }, { parentId: c.id, occurrence: tomorrow }),
      () => ada.items.create('commitment_mark', { status: 'kept' }, { parentId: c.id, occurrence: '2025-12-31' }),
      () => ben.items.create('commitment_mark', { status: 'kept' }, { parentId: c.id, occurrence: today }),
      () => ada.items.create('commitment_mark', { status: 'kept' }, { parentId: ada.person.me.user.id, occurrence: today }),
    ];
    for (const attempt of bad) expect(await errorOf(attempt())).toEqual({ status: 400, code: 'validation_failed' });

    // Ben may notice and appreciate a mark Ada shared, not one she kept to herself.
    await ada.items.share(mark, ada.partner);
    const ack = await ben.items.create('acknowledgment', { text: 'I noticed.' }, { parentId: mark.id });
    const thanks = await ben.items.create('appreciation', { text: 'Thank you for calling.' }, { parentId: mark.id });
    await ben.items.share(ack, ben.partner);
    await ben.items.share(thanks, ben.partner);
    const adaSees = await ada.items.list('appreciation');
    expect(adaSees.map((a) => a.content?.text)).toEqual(['Thank you for calling.']);
    const privateMark = await ada.items.create('commitment_mark', { status: 'missed' }, { parentId: c.id, occurrence: warsaw(-86_400_000).date });
    expect(await errorOf(ben.items.create('appreciation', { text: 'x' }, { parentId: privateMark.id }))).toEqual({ status: 400, code: 'validation_failed' });
    expect(await errorOf(ada.items.create('appreciation', { text: 'x' }, { parentId: mark.id }))).toEqual({ status: 400, code: 'validation_failed' });
  });

  it('reminds both partners of a shared ritual, and lets either say "we did it" and the other confirm', async () => {
    const [ada, ben] = await couple(t.app);
    const ritual = await ada.items.share(await ada.items.create('ritual', { title: 'Morning coffee together' }, state([once(3 * 3_600_000)], 15)), ada.partner);
    const [job] = await pendingReminders(ritual.id);
    await t.app.jobs.runDue(new Date(new Date(job!.run_at).getTime() + 1000));
    for (const side of [ada, ben]) {
      expect((await side.notifications.list()).notifications.filter((n) => n.type === 'reminder').map((n) => n.itemId)).toEqual([ritual.id]);
    }
    // Ben, who did not create it, logs today's time; Ada confirms.
    const daily: Schedule = { type: 'daily', time: '00:00', timeZone: ZONE, startDate: '2026-01-01' };
    const walk = await ada.items.share(await ada.items.create('ritual', { title: 'Evening walk' }, state([daily], null)), ada.partner);
    const log = await ben.items.share(await ben.items.create('ritual_log', { reflection: 'Slow and quiet. Good.' }, { parentId: walk.id, occurrence: warsaw(0).date }), ben.partner);
    const confirm = await ada.items.share(await ada.items.create('acknowledgment', { text: 'Yes, we did.' }, { parentId: log.id }), ada.partner);
    expect((await ben.items.list('acknowledgment')).map((a) => a.id)).toContain(confirm.id);
    // A ritual nobody shared with you cannot be logged.
    const [cleo] = await couple(t.app);
    const theirs = await cleo.items.create('ritual', { title: 'Walk' }, state([once(-3_600_000)], null));
    expect(await errorOf(ada.items.create('ritual_log', {}, { parentId: theirs.id, occurrence: warsaw(-3_600_000).date }))).toEqual({ status: 400, code: 'validation_failed' });
  });

  it('refuses a commitment state that is not a valid schedule, field by field, and writes nothing', async () => {
    const [ada] = await couple(t.app);
    const bad = [
      { segments: [], status: 'active', remindMinutesBefore: 30 },
      { segments: [{ type: 'weekly', time: '07:30', timeZone: ZONE, startDate: '2026-12-01' }], status: 'active', remindMinutesBefore: 30 },
      { segments: [once(3_600_000)], status: 'sometimes', remindMinutesBefore: 30 },
      { segments: [once(3_600_000)], status: 'active', remindMinutesBefore: 20_000 },
      { segments: [{ type: 'once', at: '2026-12-01T07:30', timeZone: 'Mars/Olympus' }], status: 'active', remindMinutesBefore: null },
    ];
    // @ts-expect-error -- states the types forbid: the server must refuse each one too.
    for (const s of bad) expect(await errorOf(ada.items.create('commitment', { what: 'x' }, s))).toEqual({ status: 400, code: 'validation_failed' });
    expect(await ada.items.list('commitment')).toEqual([]);
  });
});
