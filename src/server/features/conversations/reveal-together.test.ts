import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationsClient } from '../../../shared/client/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { itemsOf } from '../../test/items.js';
import { pairUp } from '../../test/people.js';

const dialects = await testDialects();

describe.each(dialects)('prepared conversations revealed together on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  async function setup() {
    const [ada, ben] = await pairUp(t.app);
    const [ai, bi] = [await itemsOf(ada), await itemsOf(ben)];
    const toBen = (await ada.client.currentCouple())!.partner!;
    const toAda = (await ben.client.currentCouple())!.partner!;
    const talk = await ai.share(await ai.create('conversation', { topic: 'How evenings feel now' }, {}), toBen);
    const prep = (items: typeof ai, words: string) => items.create('conversation_prep', { feelings: words }, { conversationId: talk.id });
    return { ada, ben, ai, bi, toBen, toAda, talk, prep };
  }

  it('holds the first share, says nothing, and releases both at once when the second shares', async () => {
    const { ada, ben, ai, bi, toBen, toAda, prep } = await setup();
    const benNotes = new NotificationsClient(ben.client);
    const before = JSON.stringify(await benNotes.list());
    const mine = await ai.share(await prep(ai, 'I feel tense after dinner'), toBen);
    expect(mine.heldFor).toEqual([toBen.id]);
    expect(mine.sharedWith).toEqual([]);
    // Ben sees no preparation, no notification, nothing changed.
    expect(await bi.list('conversation_prep')).toEqual([]);
    expect(JSON.stringify(await benNotes.list())).toBe(before);

    await bi.share(await prep(bi, 'I feel shut out'), toAda);
    const benSees = await bi.list('conversation_prep');
    const adaSees = await ai.list('conversation_prep');
    expect(benSees.map((i) => i.content?.feelings).sort()).toEqual(['I feel shut out', 'I feel tense after dinner']);
    expect(adaSees.map((i) => i.content?.feelings).sort()).toEqual(['I feel shut out', 'I feel tense after dinner']);
    expect(adaSees.find((i) => i.mine)?.heldFor).toBeUndefined();
    expect((await new NotificationsClient(ada.client).list()).notifications.some((n) => n.itemKind === 'conversation_prep')).toBe(true);
  });

  it('never gets stuck when both share at the same moment', async () => {
    const { ai, bi, toBen, toAda, prep } = await setup();
    const [a, b] = [await prep(ai, 'a'), await prep(bi, 'b')];
    await Promise.all([ai.share(a, toBen), bi.share(b, toAda)]);
    expect(await ai.list('conversation_prep')).toHaveLength(2);
    expect(await bi.list('conversation_prep')).toHaveLength(2);
  });

  it('takes a held share back on unshare, and refuses a preparation for a conversation the author cannot see', async () => {
    const { ai, bi, toBen, toAda, prep } = await setup();
    const held = await ai.share(await prep(ai, 'not yet'), toBen);
    await ai.unshare(held, toBen.id);
    await bi.share(await prep(bi, 'ready'), toAda);
    expect((await bi.list('conversation_prep')).filter((i) => !i.mine)).toEqual([]);
    const other = await setup();
    expect(await errorOf(ai.create('conversation_prep', { feelings: 'x' }, { conversationId: other.talk.id }))).toEqual({ status: 400, code: 'validation_failed' });
  });
});
