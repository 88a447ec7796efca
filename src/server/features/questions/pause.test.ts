import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationsClient } from '../../../shared/client/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { itemsOf } from '../../test/items.js';
import { pairUp } from '../../test/people.js';

const dialects = await testDialects();

describe.each(dialects)('"pause for today" on questions, on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('holds back notifications about the questions for both while the asker has paused, and only those', async () => {
    const [asker, answerer] = await pairUp(t.app);
    const [ai, bi] = [await itemsOf(asker), await itemsOf(answerer)];
    const [an, bn] = [new NotificationsClient(asker.client), new NotificationsClient(answerer.client)];
    const toAnswerer = (await asker.client.currentCouple())!.partner!;
    const toAsker = (await answerer.client.currentCouple())!.partner!;

    const question = await ai.share(await ai.create('question', { topic: 'timeline', text: 'When did it start?' }, {}), toAnswerer);
    expect((await bn.list()).notifications.map((n) => n.itemKind)).toEqual(['question']);

    const until = new Date(Date.now() + 3_600_000).toISOString();
    const pace = await ai.share(await ai.create('qa_pace', { sessionMinutes: 20, pausedUntil: until }, { pausedUntil: until }), toAnswerer);
    const before = (await an.list()).notifications.length;
    await bi.share(await bi.create('response', { text: 'In March.' }, { parentId: question.id }), toAsker);
    await bi.share(await bi.create('disclosure', { text: 'Something else.' }, {}), toAsker);
    await ai.share(await ai.create('question', { topic: 'other', text: 'And then?' }, {}), toAnswerer);
    expect((await an.list()).notifications).toHaveLength(before);
    expect((await bn.list()).notifications.map((n) => n.itemKind)).toEqual(['qa_pace', 'question']);
    // What was shared is there when they look.
    expect(await ai.list('response')).toHaveLength(1);
    // Other practices are not paused.
    await bi.share(await bi.create('appreciation', { text: 'Thank you for asking gently.' }, {}), toAsker);
    expect((await an.list()).notifications.map((n) => n.itemKind)).toContain('appreciation');

    // Resumed: questions notify again.
    await ai.update(pace, { sessionMinutes: 20 }, {});
    await bi.share(await bi.create('disclosure', { text: 'One more thing.' }, {}), toAsker);
    expect((await an.list()).notifications.filter((n) => n.itemKind === 'disclosure')).toHaveLength(1);
  });

  it('a pause kept private does not hold back the partner’s notifications, so it can’t be inferred', async () => {
    const [asker, answerer] = await pairUp(t.app);
    const [ai] = [await itemsOf(asker)];
    const bn = new NotificationsClient(answerer.client);
    const toAnswerer = (await asker.client.currentCouple())!.partner!;
    const until = new Date(Date.now() + 3_600_000).toISOString();
    await ai.create('qa_pace', { sessionMinutes: 20, pausedUntil: until }, { pausedUntil: until }); // never shared
    await ai.share(await ai.create('question', { topic: 'timeline', text: 'When did it start?' }, {}), toAnswerer);
    expect((await bn.list()).notifications.map((n) => n.itemKind)).toEqual(['question']);
  });
});
