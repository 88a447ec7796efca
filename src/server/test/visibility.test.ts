import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './app.js';
import { testDialects } from './databases.js';
import type { PartnerView } from '../../shared/api/couples.js';
import {
  acceptPartnerKeys,
  CalendarClient,
  checkPartnerKeys,
  ItemPinStore,
  type ItemsClient,
  NotificationsClient,
  PromptsClient,
  SafetyClient,
  TogetherClient,
} from '../../shared/client/index.js';
import { TEST_ZONE, wallClock } from './clock.js';
import { itemsOf } from './items.js';
import { signUp, type Person } from './people.js';

/** The subject's key_pins item after pinning the partner on first use and confirming by safety code. */
async function keyPinsOf(items: ItemsClient, partner: PartnerView) {
  const store = new ItemPinStore(items);
  await checkPartnerKeys(store, partner);
  await acceptPartnerKeys(store, partner);
  const [pins] = await items.list('key_pins');
  return pins!;
}

async function rawItem(p: Person, id: string): Promise<{ ciphertext: string }> {
  return ((await p.transport.raw('GET', `/api/items/${id}`)).json as { item: { ciphertext: string } }).item;
}

/**
 * The visibility matrix (docs/ARCHITECTURE.md, "readers"): every read path × every kind of
 * viewer. A feature that adds a read path adds a row to READ_PATHS; the matrix does the rest.
 */
interface Fixture {
  subject: Person;
  subjectSessionIds: string[];
  subjectInviteId: string;
  subjectCoupleId: string;
  /** Items of the subject in every sharing state. */
  privateItem: { id: string; ciphertext: string };
  sharedItem: { id: string; ciphertext: string };
  unsharedItem: { id: string; ciphertexts: string[] };
  /** Shared with the former partner while they were together. */
  formerSharedItem: { id: string; ciphertext: string };
  draftCiphertext: string;
  /** The subject answered today's prompt; the partner has not, so it is not revealed. */
  promptAnswerItemId: string;
  /** A private commitment with a private mark, and the reminder it gave the subject. */
  privateCommitment: { id: string; ciphertext: string };
  privateMarkId: string;
  subjectNotificationId: string;
  /** A note shared with the partner but scheduled for tomorrow: nobody else sees it yet. */
  scheduledNote: { id: string; ciphertext: string };
  /** The subject asked for some space: the partner may see until when; nobody else. */
  spaceUntil: string;
  /** A conversation preparation shared but held: the partner has not shared theirs. */
  heldPrep: { id: string; ciphertext: string };
  sharedConversationId: string;
  /** The subject's calendar link: its secret is theirs alone. */
  calendarFeed: { url: string };
  privateOnly: { id: string; ciphertext: string }[];
  /** The subject's quiet hold, on: theirs alone to see or change. */
  holdSince: string;
}

interface ReadPath {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  /** The status every viewer other than the subject must get, where it is fixed. */
  status?: number;
}

const READ_PATHS: ReadPath[] = [
  { name: 'me', method: 'GET', url: () => '/api/me' },
  { name: 'current couple', method: 'GET', url: () => '/api/couples/current' },
  { name: 'sessions', method: 'GET', url: () => '/api/sessions' },
  // Probes by id: another person's session or invite must look exactly like a missing one.
  { name: "end the subject's session", method: 'DELETE', url: (f) => `/api/sessions/${f.subjectSessionIds[0]}` },
  { name: "cancel the subject's invite", method: 'DELETE', url: (f) => `/api/couples/invites/${f.subjectInviteId}` },
  { name: 'key params of the subject', method: 'POST', url: () => '/api/auth/key-params', body: (f) => ({ email: f.subject.email }), status: 200 },
  { name: 'items', method: 'GET', url: () => '/api/items' },
  { name: 'reflections', method: 'GET', url: () => '/api/items?kind=reflection' },
  { name: 'private item', method: 'GET', url: (f) => `/api/items/${f.privateItem.id}`, status: 404 },
  { name: 'unshared item', method: 'GET', url: (f) => `/api/items/${f.unsharedItem.id}`, status: 404 },
  { name: 'item shared with the former partner', method: 'GET', url: (f) => `/api/items/${f.formerSharedItem.id}`, status: 404 },
  { name: 'shared item', method: 'GET', url: (f) => `/api/items/${f.sharedItem.id}` },
  { name: 'versions of the shared item', method: 'GET', url: (f) => `/api/items/${f.sharedItem.id}/versions`, status: 404 },
  { name: 'versions of the unshared item', method: 'GET', url: (f) => `/api/items/${f.unsharedItem.id}/versions`, status: 404 },
  { name: 'drafts', method: 'GET', url: () => '/api/drafts' },
  { name: "today's prompt", method: 'GET', url: () => `/api/prompts/today?date=${new Date().toISOString().slice(0, 10)}` },
  { name: 'prompt history', method: 'GET', url: () => '/api/prompts/history' },
  { name: 'the unrevealed prompt answer', method: 'GET', url: (f) => `/api/items/${f.promptAnswerItemId}`, status: 404 },
  { name: 'commitments', method: 'GET', url: () => '/api/items?kind=commitment' },
  { name: 'commitment marks', method: 'GET', url: () => '/api/items?kind=commitment_mark' },
  { name: 'notes', method: 'GET', url: () => '/api/items?kind=note' },
  { name: 'the private commitment', method: 'GET', url: (f) => `/api/items/${f.privateCommitment.id}`, status: 404 },
  { name: 'the scheduled note', method: 'GET', url: (f) => `/api/items/${f.scheduledNote.id}`, status: 404 },
  { name: 'notifications', method: 'GET', url: () => '/api/notifications', status: 200 },
  { name: 'notification settings', method: 'GET', url: () => '/api/notifications/settings', status: 200 },
  // Marking someone else's notification read does nothing and says nothing.
  { name: "mark the subject's notification read", method: 'POST', url: () => '/api/notifications/read', body: (f) => ({ ids: [f.subjectNotificationId] }), status: 200 },
  { name: 'conversation preparations', method: 'GET', url: () => '/api/items?kind=conversation_prep' },
  { name: 'the held preparation', method: 'GET', url: (f) => `/api/items/${f.heldPrep.id}`, status: 404 },
  { name: 'check-ins', method: 'GET', url: () => '/api/items?kind=checkin' },
  { name: 'stance', method: 'GET', url: () => '/api/items?kind=stance' },
  { name: 'questionnaire results', method: 'GET', url: () => '/api/items?kind=questionnaire_result' },
  { name: 'safety checks', method: 'GET', url: () => '/api/items?kind=safety_check' },
  { name: 'quiet hold', method: 'GET', url: () => '/api/safety/hold', status: 200 },
  // Turning a hold on or off changes only the caller's own.
  { name: 'turn a quiet hold on', method: 'PUT', url: () => '/api/safety/hold', body: () => ({}), status: 200 },
  { name: 'lift a quiet hold', method: 'DELETE', url: () => '/api/safety/hold', status: 200 },
  { name: 'a safety check by id', method: 'GET', url: (f) => `/api/items/${f.privateOnly[4]!.id}`, status: 404 },
  { name: 'versions of a safety check', method: 'GET', url: (f) => `/api/items/${f.privateOnly[4]!.id}/versions`, status: 404 },
  { name: 'share a safety check', method: 'POST', url: (f) => `/api/items/${f.privateOnly[4]!.id}/share`, body: (f) => ({ readerId: f.subject.me.user.id, wrappedKey: 'AQ' + 'A'.repeat(100) }), status: 404 },
  { name: 'delete a safety check', method: 'DELETE', url: (f) => `/api/items/${f.privateOnly[5]!.id}`, status: 404 },
  // The partner key pins (issue 14, item 5): one's own, on every device, and no one else's to read or touch.
  { name: 'key pins', method: 'GET', url: () => '/api/items?kind=key_pins' },
  { name: 'the key pins by id', method: 'GET', url: (f) => `/api/items/${f.privateOnly[6]!.id}`, status: 404 },
  { name: 'versions of the key pins', method: 'GET', url: (f) => `/api/items/${f.privateOnly[6]!.id}/versions`, status: 404 },
  { name: 'share the key pins', method: 'POST', url: (f) => `/api/items/${f.privateOnly[6]!.id}/share`, body: (f) => ({ readerId: f.subject.me.user.id, wrappedKey: 'AQ' + 'A'.repeat(100) }), status: 404 },
  { name: 'edit the key pins', method: 'PUT', url: (f) => `/api/items/${f.privateOnly[6]!.id}`, body: () => ({ baseVersion: 2, ciphertext: 'AQ' + 'A'.repeat(400), signature: 'A'.repeat(86) }), status: 404 },
  { name: 'delete the key pins', method: 'DELETE', url: (f) => `/api/items/${f.privateOnly[6]!.id}`, status: 404 },
  { name: 'journal', method: 'GET', url: () => '/api/items?kind=journal_entry' },
  ...(['day_share', 'ritual', 'ritual_log', 'activity_plan', 'agreement', 'agreement_response', 'milestone', 'forgiveness_reflection', 'trend_share', 'questionnaire_summary', 'appreciation'] as const).map(
    (kind): ReadPath => ({ name: `${kind} list`, method: 'GET', url: () => `/api/items?kind=${kind}` }),
  ),
  { name: 'a private check-in by id', method: 'GET', url: (f) => `/api/items/${f.privateOnly[0]!.id}`, status: 404 },
  { name: 'calendar link', method: 'GET', url: () => '/api/calendar/feed', status: 200 },
  { name: 'decision point', method: 'GET', url: () => '/api/decision' },
  { name: 'space', method: 'GET', url: () => '/api/space' },
  { name: 'edit the private item', method: 'PUT', url: (f) => `/api/items/${f.privateItem.id}`, body: () => ({ baseVersion: 1, ciphertext: 'AQ' + 'A'.repeat(400), signature: 'A'.repeat(86) }), status: 404 },
  { name: 'delete the private item', method: 'DELETE', url: (f) => `/api/items/${f.privateItem.id}`, status: 404 },
  { name: 'unshare the shared item', method: 'POST', url: (f) => `/api/items/${f.sharedItem.id}/unshare`, body: (f) => ({ readerId: f.subject.me.user.id, baseVersion: 1, ciphertext: 'AQ' + 'A'.repeat(400), signature: 'A'.repeat(86), wrappedKey: 'AQ' + 'A'.repeat(100) }) },
];

type Viewer = 'partner' | 'stranger' | 'former partner';

const dialects = await testDialects();

describe.each(dialects)('visibility matrix on %s', (dialect) => {
  let t: TestApp;
  let fixture: Fixture;
  const viewers = new Map<Viewer, Person>();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const subject = await signUp(t.app, 'Subject');
    const former = await signUp(t.app, 'Former');
    const partner = await signUp(t.app, 'Partner');
    const stranger = await signUp(t.app, 'Stranger');
    // The subject was paired with "Former" and shared with them; Former left; then the subject paired with "Partner".
    await subject.client.startCouple();
    await former.client.join((await subject.client.createInvite()).token);
    let items = await itemsOf(subject);
    const formerShared = await items.share(await items.create('reflection', { text: 'for Former' }, { section: 'how_it_felt' }), (await subject.client.currentCouple())!.partner!);
    await former.client.leave();
    await subject.client.startCouple();
    const pending = await subject.client.createInvite();
    const joinInvite = await subject.client.createInvite();
    await subject.client.revokeInvite(pending.id);
    await partner.client.join(joinInvite.token);
    await stranger.client.startCouple();
    items = await itemsOf(subject);
    const partnerView = (await subject.client.currentCouple())!.partner!;
    const priv = await items.create('reflection', { text: 'private' }, { section: 'afraid_of' });
    const shared = await items.share(await items.create('reflection', { text: 'shared' }, { section: 'hope_for' }), partnerView);
    const toUnshare = await items.share(await items.create('reflection', { text: 'was shared' }, { section: 'what_i_need' }), partnerView);
    const beforeUnshare = await rawItem(subject, toUnshare.id);
    await items.unshare(toUnshare, partnerView.id);
    const draftCiphertext = items.sealDraft('reflection:what_happened', { text: 'draft' });
    await items.putDraft('reflection:what_happened', draftCiphertext);
    const prompts = new PromptsClient(subject.client, items);
    const { day } = await prompts.today(new Date().toISOString().slice(0, 10));
    const answered = await prompts.answer(day!, { text: 'my answer' }, partnerView);
    // Two hours ahead must still be today where the promise is kept, so its day can be marked
    // now whatever the hour of the run: of two zones 26 hours apart, one always has it so.
    const markZone = ['Etc/GMT+12', 'Pacific/Kiritimati'].find((z) => wallClock(2 * 3_600_000, z).date === wallClock(0, z).date) ?? TEST_ZONE;
    const commitment = await items.create(
      'commitment',
      { what: 'private promise' },
      { segments: [{ type: 'once', at: wallClock(2 * 3_600_000, markZone).at, timeZone: markZone }], status: 'active', remindMinutesBefore: 60 },
    );
    const mark = await items.create('commitment_mark', { status: 'kept' }, { parentId: commitment.id, occurrence: wallClock(2 * 3_600_000, markZone).date });
    await t.app.jobs.runDue(new Date(Date.now() + 3 * 3_600_000));
    const notifications = new NotificationsClient(subject.client);
    await notifications.saveSettings({ reminders: true, partner: true, email: false, quietHours: { start: '21:17', end: '06:43' } });
    const [reminder] = (await notifications.list()).notifications;
    const note = await items.share(await items.create('note', { text: 'for tomorrow' }, { deliverAt: new Date(Date.now() + 86_400_000).toISOString() }), partnerView);
    const talk = await items.share(await items.create('conversation', { topic: 'evenings' }, {}), partnerView);
    const heldPrep = await items.share(await items.create('conversation_prep', { feelings: 'held back' }, { conversationId: talk.id }), partnerView);
    // Writing that never leaves its author: a check-in, a stance, questionnaire answers, a private journal entry.
    const privateOnly = [
      await items.create('checkin', { date: '2026-11-25', trust: 3, safety: 4, hope: 5, mood: 6, note: 'a hard day' }, {}),
      await items.create('stance', { stance: 'was_hurt' }, {}),
      await items.create('questionnaire_result', { instrumentId: 'mend.trust-check', version: 1, takenOn: '2026-11-25T10:00:00.000Z', answers: { a: 1, b: 2, c: 3 }, scores: { total: null, subscales: {}, answered: 3, missing: [] } }, {}),
      await items.create('journal_entry', { text: 'only mine', writtenOn: '2026-03-01' }, {}),
      // The private safety check, with a signal, and a "Not now" to its offer.
      await items.create('safety_check', { type: 'check', takenAt: new Date().toISOString(), answers: { afraid: 'yes', phone: 'yes' }, level: 'concern' }, {}),
      await items.create('safety_check', { type: 'dismissed', at: new Date().toISOString() }, {}),
      // The partner key pins, written as the web app writes them (first seen, then confirmed).
      await keyPinsOf(items, partnerView),
    ];
    const feed = await new CalendarClient(subject.client).createFeed();
    const together = new TogetherClient(subject.client);
    await together.answerDecision('no');
    const space = await together.askForSpace(new Date(Date.now() + 3 * 86_400_000 + 12_345));
    // Last, as it stops the subject's sharing and notices from here on.
    const hold = await new SafetyClient(subject.client).startHold();
    const sessions = await subject.client.sessions();
    fixture = {
      subject,
      subjectSessionIds: sessions.map((s) => s.id),
      subjectInviteId: joinInvite.id,
      subjectCoupleId: (await subject.client.currentCouple())!.id,
      privateItem: { id: priv.id, ciphertext: (await rawItem(subject, priv.id)).ciphertext },
      sharedItem: { id: shared.id, ciphertext: (await rawItem(subject, shared.id)).ciphertext },
      unsharedItem: { id: toUnshare.id, ciphertexts: [beforeUnshare.ciphertext, (await rawItem(subject, toUnshare.id)).ciphertext] },
      formerSharedItem: { id: formerShared.id, ciphertext: (await rawItem(subject, formerShared.id)).ciphertext },
      draftCiphertext,
      promptAnswerItemId: answered.day!.myAnswerItemId!,
      privateCommitment: { id: commitment.id, ciphertext: (await rawItem(subject, commitment.id)).ciphertext },
      privateMarkId: mark.id,
      subjectNotificationId: reminder!.id,
      scheduledNote: { id: note.id, ciphertext: (await rawItem(subject, note.id)).ciphertext },
      spaceUntil: space.mine!.until,
      heldPrep: { id: heldPrep.id, ciphertext: (await rawItem(subject, heldPrep.id)).ciphertext },
      sharedConversationId: talk.id,
      calendarFeed: { url: feed.url },
      holdSince: hold.since!,
      privateOnly: await Promise.all(privateOnly.map(async (i) => ({ id: i.id, ciphertext: (await rawItem(subject, i.id)).ciphertext }))),
    };
    viewers.set('partner', partner);
    viewers.set('stranger', stranger);
    viewers.set('former partner', former);
  });
  afterAll(() => t.close());

  /** What no one but the subject may ever receive. */
  const privateMarkers = (f: Fixture) => [
    f.subject.email,
    ...f.subjectSessionIds,
    f.subject.me.keys.masterKeyWrapped,
    f.subject.me.keys.encPrivateWrapped,
    f.subject.me.keys.signPrivateWrapped,
    f.privateItem.id,
    f.privateItem.ciphertext,
    f.unsharedItem.id,
    ...f.unsharedItem.ciphertexts,
    f.formerSharedItem.id,
    f.formerSharedItem.ciphertext,
    f.draftCiphertext,
    f.promptAnswerItemId,
    f.privateCommitment.id,
    f.privateCommitment.ciphertext,
    f.privateMarkId,
    f.subjectNotificationId,
    f.scheduledNote.id,
    f.scheduledNote.ciphertext,
    '"start":"21:17"',
    // The subject's decision answer: never shown to anyone, not even the partner.
    '"myAnswer":"not_yes"',
    f.heldPrep.id,
    f.heldPrep.ciphertext,
    'heldFor',
    ...f.privateOnly.flatMap((i) => [i.id, i.ciphertext]),
    f.calendarFeed.url.split('/calendar/')[1]!,
    f.holdSince,
  ];
  /** What only the current partner may receive. */
  const partnerMarkers = (f: Fixture) => [f.subject.me.user.id, 'Subject', f.subject.me.keys.encPublicKey, f.subject.me.keys.signPublicKey, f.subjectCoupleId, f.sharedItem.id, f.sharedItem.ciphertext, f.spaceUntil];

  for (const path of READ_PATHS) {
    for (const viewer of ['partner', 'stranger', 'former partner'] as const) {
      it(`${viewer} × ${path.name}`, async () => {
        const person = viewers.get(viewer)!;
        const res = await person.transport.raw(path.method, path.url(fixture), path.body?.(fixture));
        expect(res.status).toBeLessThan(500);
        for (const marker of privateMarkers(fixture)) expect(res.body, `private marker leaked to ${viewer}`).not.toContain(marker);
        if (viewer !== 'partner') {
          for (const marker of partnerMarkers(fixture)) expect(res.body, `subject leaked to ${viewer}`).not.toContain(marker);
        }
        if (path.status) expect(res.status).toBe(path.status);
        else if (path.method === 'DELETE') expect(res.status).toBe(404);
        else if (path.method !== 'GET' && viewer !== 'partner') expect(res.status, 'a write probe by a non-reader').toBe(404);
      });
    }
  }

  it('leaves the subject untouched by everyone else’s probes', async () => {
    const mine = await new NotificationsClient(fixture.subject.client).list();
    expect(mine.notifications.find((n) => n.id === fixture.subjectNotificationId)?.readAt).toBeNull();
    const sessions = await fixture.subject.client.sessions();
    expect(sessions.map((s) => s.id).sort()).toEqual([...fixture.subjectSessionIds].sort());
    expect((await fixture.subject.client.currentCouple())!.partner!.displayName).toBe('Partner');
    expect(await new SafetyClient(fixture.subject.client).hold()).toEqual({ held: true, since: fixture.holdSince });
  });

  it('shows the partner exactly the shared item, and never who else reads it', async () => {
    const res = await viewers.get('partner')!.transport.raw('GET', '/api/items');
    const ids = (res.json as { items: { id: string; sharedWith?: unknown }[] }).items.map((i) => i.id);
    expect(ids).toEqual([fixture.sharedItem.id, fixture.sharedConversationId]);
    expect(res.body).not.toContain('sharedWith');
  });

  it('gives the subject their own private facts', async () => {
    const res = await fixture.subject.transport.raw('GET', '/api/me');
    for (const marker of [fixture.subject.email, fixture.subject.me.keys.masterKeyWrapped]) expect(res.body).toContain(marker);
  });
});
