import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PromptsClient } from '../../../shared/client/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { couple } from '../../test/sides.js';

const dialects = await testDialects();

describe.each(dialects)('what leaving removes on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('drops held shares, keys held for a prompt reveal, and notifications about the other’s writing', async () => {
    const [ada, ben] = await couple(t.app);
    const db = t.database.handle.db;
    const [adaId, benId] = [ada.person.me.user.id, ben.person.me.user.id];
    // Something shared each way (each gets a notification), a preparation held until both share,
    // and a prompt answer whose key for the partner waits for the partner's answer.
    await ada.items.share(await ada.items.create('journal_entry', { text: 'to Ben', writtenOn: '2026-03-01' }, {}), ada.partner);
    await ben.items.share(await ben.items.create('journal_entry', { text: 'to Ada', writtenOn: '2026-03-01' }, {}), ben.partner);
    const talk = await ada.items.share(await ada.items.create('conversation', { topic: 'Evenings' }, {}), ada.partner);
    await ada.items.share(await ada.items.create('conversation_prep', { feelings: 'tense' }, { conversationId: talk.id }), ada.partner);
    const prompts = new PromptsClient(ada.person.client, ada.items);
    const { day } = await prompts.today(new Date().toISOString().slice(0, 10));
    await prompts.answer(day!, { text: 'the river' }, ada.partner);
    await ada.items.create('journal_entry', { text: 'my own, private', writtenOn: '2026-03-01' }, {});

    const aboutTheOther = () =>
      db
        .selectFrom('notifications as n')
        .innerJoin('items as i', 'i.id', 'n.item_id')
        .select(['n.user_id', 'i.author_id'])
        .where('n.user_id', 'in', [adaId, benId])
        .execute()
        .then((rows) => rows.filter((r) => r.user_id !== r.author_id));
    expect((await aboutTheOther()).length).toBeGreaterThanOrEqual(2);
    expect(await db.selectFrom('held_shares').select('item_id').where('author_id', '=', adaId).execute()).toHaveLength(1);
    expect((await db.selectFrom('prompt_answers').select('partner_wrapped_key').where('user_id', '=', adaId).executeTakeFirstOrThrow()).partner_wrapped_key).not.toBeNull();

    await ben.person.client.leave();

    expect(await aboutTheOther()).toEqual([]);
    expect(await db.selectFrom('held_shares').select('item_id').where('author_id', 'in', [adaId, benId]).execute()).toEqual([]);
    expect((await db.selectFrom('prompt_answers').select('partner_wrapped_key').where('user_id', '=', adaId).executeTakeFirstOrThrow()).partner_wrapped_key).toBeNull();
    // Each keeps their own writing.
    expect((await ada.items.list('journal_entry')).filter((i) => i.mine)).toHaveLength(2);
    expect((await ben.items.list('journal_entry')).filter((i) => i.mine)).toHaveLength(1);
  });
});
