import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PromptsClient, TogetherClient } from '../../../shared/client/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { itemsOf } from '../../test/items.js';
import { jumpPast, TEST_ZONE, wallClock } from '../../test/clock.js';
import { pairUp, signUp } from '../../test/people.js';
import { couple } from '../../test/sides.js';

const dialects = await testDialects();
const TODAY = new Date().toISOString().slice(0, 10);

describe.each(dialects)('the decision point and space on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());
  afterEach(() => void vi.useRealTimers());

  it('shows only "both yes", and nothing of how — or whether — the partner answered', async () => {
    const [ada, ben] = await pairUp(t.app);
    const [a, b] = [new TogetherClient(ada.client), new TogetherClient(ben.client)];
    const untouched = await b.decision();
    expect(untouched).toMatchObject({ myAnswer: null, bothYes: false });
    for (const answer of ['no', 'not_sure', 'yes'] as const) {
      await a.answerDecision(answer);
      // Ben's view is byte-for-byte the same whatever Ada answered.
      expect(await b.decision()).toEqual(untouched);
    }
    await b.answerDecision('not_sure');
    expect((await a.decision()).bothYes).toBe(false);
    expect(await b.answerDecision('yes')).toMatchObject({ myAnswer: 'yes', bothYes: true });
    expect((await a.decision()).bothYes).toBe(true);
    expect(await errorOf(a.answerDecision('maybe' as 'yes'))).toEqual({ status: 400, code: 'validation_failed' });
    const solo = await signUp(t.app, 'Solo');
    expect(await errorOf(new TogetherClient(solo.client).decision())).toEqual({ status: 409, code: 'not_in_couple' });
  });

  it('keeps only "yes" or "not yes" at rest: a "no" and a "not sure" look alike, and each sees their own back', async () => {
    const [ada, ben] = await pairUp(t.app);
    const [a, b] = [new TogetherClient(ada.client), new TogetherClient(ben.client)];
    expect(await a.answerDecision('no')).toMatchObject({ myAnswer: 'no', bothYes: false });
    expect(await b.answerDecision('not_sure')).toMatchObject({ myAnswer: 'not_sure', bothYes: false });
    expect((await a.decision()).myAnswer).toBe('no');
    expect((await b.decision()).myAnswer).toBe('not_sure');

    const db = t.database.handle.db;
    const rows = await db.selectFrom('decision_answers').selectAll().where('user_id', 'in', [ada.me.user.id, ben.me.user.id]).execute();
    expect(rows.map((r) => r.answer)).toEqual(['not_yes', 'not_yes']);
    // The sealed copies are the same length, and nothing at rest names the answer.
    expect(rows[0]!.sealed!.length).toBe(rows[1]!.sealed!.length);
    for (const r of rows) expect(JSON.stringify(r)).not.toMatch(/not_sure|"no"/);

    // A sealed answer moved to the other person, or an answer kept from before answers were sealed, shows no answer chosen.
    await db.updateTable('decision_answers').set({ sealed: rows.find((r) => r.user_id === ben.me.user.id)!.sealed }).where('user_id', '=', ada.me.user.id).execute();
    expect((await a.decision()).myAnswer).toBeNull();
    await db.updateTable('decision_answers').set({ sealed: null }).where('user_id', '=', ada.me.user.id).execute();
    expect(await a.decision()).toMatchObject({ myAnswer: null, bothYes: false });

    // A hand-made request with the old three answers, or without a sealed copy, is refused.
    const period = (await a.decision()).period;
    for (const body of [{ answer: 'no', sealed: 'x' }, { answer: 'not_yes' }, { answer: 'yes', sealed: 'not an envelope' }]) {
      expect((await ada.transport.raw('PUT', '/api/decision', body)).status).toBe(400);
    }
    expect((await a.decision()).period).toBe(period);
    await a.answerDecision('yes');
    expect(await b.answerDecision('yes')).toMatchObject({ myAnswer: 'yes', bothYes: true });
  });

  it('"I need some space" pauses new prompts for both, tells the partner only until when, and ends', async () => {
    const [ada, ben] = await pairUp(t.app);
    const [a, b] = [new TogetherClient(ada.client), new TogetherClient(ben.client)];
    const until = new Date(Date.now() + 2 * 86_400_000);
    const mine = await a.askForSpace(until);
    expect(mine.mine?.until).toBe(until.toISOString());
    expect(mine.partner).toBeNull();
    expect(await b.space()).toEqual({ mine: null, partner: mine.mine });
    const benPrompts = new PromptsClient(ben.client, await itemsOf(ben));
    expect(await benPrompts.today(TODAY)).toMatchObject({ day: null, spaceUntil: until.toISOString() });
    expect(await benPrompts.skip(TODAY)).toMatchObject({ day: null });
    expect(await errorOf(a.askForSpace(new Date(Date.now() + 30 * 86_400_000)))).toEqual({ status: 400, code: 'validation_failed' });
    expect(await errorOf(a.askForSpace(new Date(Date.now() - 1000)))).toEqual({ status: 400, code: 'validation_failed' });
    await a.endSpace();
    expect(await b.space()).toEqual({ mine: null, partner: null });
    expect((await benPrompts.today(TODAY)).day).not.toBeNull();
  });

  it('holds the partner\'s new notes until the space ends, and sends the one in space no reminders', async () => {
    const [ada, ben] = await couple(t.app);
    const benSpace = new TogetherClient(ben.person.client);
    await benSpace.askForSpace(new Date(Date.now() + 86_400_000));
    // A note Ada sends now waits; one she scheduled for after the space keeps its own time.
    const now = await ada.items.share(await ada.items.create('note', { text: 'Thinking of you.' }, { deliverAt: null }), ada.partner);
    const laterAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const later = await ada.items.share(await ada.items.create('note', { text: 'For the weekend.' }, { deliverAt: laterAt }), ada.partner);
    expect(await ben.items.list('note')).toEqual([]);
    expect((await ben.notifications.list()).notifications).toEqual([]);

    // A shared ritual's reminder reaches Ada, not Ben.
    const soon = wallClock(2 * 3_600_000);
    const ritual = await ada.items.share(
      await ada.items.create('ritual', { title: 'Walk' }, { segments: [{ type: 'once', at: soon.at, timeZone: TEST_ZONE }], status: 'active', remindMinutesBefore: 30 }),
      ada.partner,
    );
    await t.app.jobs.runDue(new Date(Date.now() + 2 * 3_600_000));
    expect((await ada.notifications.list()).notifications.filter((n) => n.type === 'reminder').map((n) => n.itemId)).toEqual([ritual.id]);
    expect((await ben.notifications.list()).notifications.filter((n) => n.type === 'reminder')).toEqual([]);

    // Ben ends the space: the held note arrives at once, the later one still waits for its time.
    await benSpace.endSpace();
    expect((await ben.items.list('note')).map((n) => n.id)).toEqual([now.id]);
    expect((await ben.notifications.list()).notifications.filter((n) => n.itemKind === 'note').map((n) => n.itemId)).toEqual([now.id]);
    expect(await errorOf(ben.items.get(later.id))).toEqual({ status: 404, code: 'not_found' });
  });

  it('delivers a held note when the space runs out by itself', async () => {
    const [ada, ben] = await couple(t.app);
    const until = new Date(Date.now() + 1200);
    await new TogetherClient(ben.person.client).askForSpace(until);
    const note = await ada.items.share(await ada.items.create('note', { text: 'Whenever you are ready.' }, { deliverAt: null }), ada.partner);
    expect(await ben.items.list('note')).toEqual([]);
    jumpPast(until);
    await t.app.jobs.runDue();
    expect((await ben.items.list('note')).map((n) => n.id)).toEqual([note.id]);
    expect((await ben.notifications.list()).unread).toBe(1);
  });

  it('a note scheduled before the space waits for the space to end too', async () => {
    const [ada, ben] = await couple(t.app);
    const deliverAt = new Date(Date.now() + 1200);
    const note = await ada.items.share(await ada.items.create('note', { text: 'See you tonight.' }, { deliverAt: deliverAt.toISOString() }), ada.partner);
    const benSpace = new TogetherClient(ben.person.client);
    await benSpace.askForSpace(new Date(Date.now() + 86_400_000));
    jumpPast(deliverAt);
    await t.app.jobs.runDue();
    expect((await ben.notifications.list()).notifications.filter((n) => n.itemKind === 'note')).toEqual([]);
    expect(await ben.items.list('note')).toEqual([]);
    // When the space ends, the note, whose time has passed, arrives at once.
    await benSpace.endSpace();
    expect((await ben.notifications.list()).notifications.filter((n) => n.itemKind === 'note').map((n) => n.itemId)).toEqual([note.id]);
  });

  it('a new space after one ran out starts now, as the partner sees it', async () => {
    const [ada, ben] = await pairUp(t.app);
    const [a, b] = [new TogetherClient(ada.client), new TogetherClient(ben.client)];
    const first = new Date(Date.now() + 1200);
    await a.askForSpace(first);
    jumpPast(first);
    const asked = Date.now();
    await a.askForSpace(new Date(Date.now() + 3_600_000));
    const seen = (await b.space()).partner;
    expect(seen).not.toBeNull();
    expect(new Date(seen!.since).getTime()).toBeGreaterThanOrEqual(asked - 1000);
  });
});
