import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPrompt } from '../../../core/prompts/index.js';
import { PromptsClient, type ItemsClient } from '../../../shared/client/index.js';
import type { PartnerView } from '../../../shared/api/couples.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { itemsOf } from '../../test/items.js';
import { pairUp, signUp, type Person } from '../../test/people.js';

const dialects = await testDialects();

const dayOffset = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const TODAY = dayOffset(0);

interface Side {
  person: Person;
  items: ItemsClient;
  prompts: PromptsClient;
  partner: PartnerView;
}

async function sides(app: TestApp['app']): Promise<[Side, Side]> {
  const [a, b] = await pairUp(app);
  return (await Promise.all(
    [a, b].map(async (person) => {
      const items = await itemsOf(person);
      return { person, items, prompts: new PromptsClient(person.client, items), partner: (await person.client.currentCouple())!.partner! };
    }),
  )) as [Side, Side];
}

describe.each(dialects)('prompt of the day on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('gives both partners the same prompt, and none before the partner joins', async () => {
    const alone = await signUp(t.app, 'Solo');
    await alone.client.startCouple();
    expect(await new PromptsClient(alone.client, await itemsOf(alone)).today(TODAY)).toEqual({ day: null, allowedDepth: 'light', myDepth: null });
    const [a, b] = await sides(t.app);
    const [ra, rb] = await Promise.all([a.prompts.today(TODAY), b.prompts.today(TODAY)]);
    expect(ra.day!.id).toBe(rb.day!.id);
    expect(ra.day!.promptId).toBe(rb.day!.promptId);
    expect(getPrompt(ra.day!.promptId)?.depth).toBe('light');
    expect(await errorOf(a.prompts.today(dayOffset(5)))).toEqual({ status: 400, code: 'validation_failed' });
  });

  it('reveals answers only when both have answered, and says nothing before', async () => {
    const [a, b] = await sides(t.app);
    const { day } = await a.prompts.today(TODAY);
    const benBefore = JSON.stringify(await b.prompts.today(TODAY));
    const afterAda = await a.prompts.answer(day!, { text: 'The walk by the river' }, a.partner);
    expect(afterAda.day).toMatchObject({ answeredByMe: true, revealed: false, partnerAnswerItemId: null });
    // Ben's view is byte-for-byte what it was: Ada's answer is not even hinted at.
    expect(JSON.stringify(await b.prompts.today(TODAY))).toBe(benBefore);
    expect(await b.items.list('prompt_answer')).toEqual([]);
    expect(await errorOf(b.items.get(afterAda.day!.myAnswerItemId!))).toEqual({ status: 404, code: 'not_found' });

    const afterBen = await b.prompts.answer(day!, { text: 'Our first flat' }, b.partner);
    expect(afterBen.day).toMatchObject({ answeredByMe: true, revealed: true, partnerAnswerItemId: afterAda.day!.myAnswerItemId });
    const adaNow = (await a.prompts.today(TODAY)).day!;
    expect(adaNow.revealed).toBe(true);
    expect((await a.items.get(adaNow.partnerAnswerItemId!)).content).toEqual({ text: 'Our first flat' });
    const benReads = await b.items.get(afterBen.day!.partnerAnswerItemId!);
    expect(benReads).toMatchObject({ verified: true, content: { text: 'The walk by the river' } });

    // A short reply after the reveal.
    const reply = await b.items.create('acknowledgment', { text: 'Thank you for sharing' }, { parentId: adaNow.myAnswerItemId! });
    await b.items.share(reply, b.partner);
    expect((await a.items.list('acknowledgment')).map((x) => x.content?.text)).toEqual(['Thank you for sharing']);
    expect(await errorOf(a.prompts.answer(day!, { text: 'again' }, a.partner))).toEqual({ status: 409, code: 'already_answered' });
  });

  it('never leaves two answers at the same moment stuck on waiting', async () => {
    for (const offset of [-1, 0, 1]) {
      const [a, b] = await sides(t.app);
      const date = dayOffset(offset);
      const { day } = await a.prompts.today(date);
      const [ra, rb] = await Promise.all([a.prompts.answer(day!, { text: `A ${offset}` }, a.partner), b.prompts.answer(day!, { text: `B ${offset}` }, b.partner)]);
      // Exactly one of the two answers released the day, and both now see it revealed.
      expect([ra.day!.revealed, rb.day!.revealed].filter(Boolean).length).toBeGreaterThanOrEqual(1);
      const [va, vb] = [(await a.prompts.today(date)).day!, (await b.prompts.today(date)).day!];
      expect(va.revealed && vb.revealed).toBe(true);
      expect((await a.items.get(va.partnerAnswerItemId!)).content).toEqual({ text: `B ${offset}` });
      expect((await b.items.get(vb.partnerAnswerItemId!)).content).toEqual({ text: `A ${offset}` });
    }
  });

  it('lets anyone who has not answered skip or choose a deck, without learning whether the other answered', async () => {
    const [a, b] = await sides(t.app);
    const first = (await a.prompts.today(TODAY)).day!;
    const skipped = (await a.prompts.skip(TODAY)).day!;
    expect(skipped.promptId).not.toBe(first.promptId);
    const memories = (await b.prompts.chooseDeck(TODAY, 'memories')).day!;
    expect(memories.deck).toBe('memories');
    expect((await a.prompts.today(TODAY)).day!.promptId).toBe(memories.promptId);
    await a.prompts.answer(memories, { text: 'our first trip' }, a.partner);
    // Ada has answered: the prompt stays as it is for her…
    expect(await errorOf(a.prompts.skip(TODAY))).toEqual({ status: 409, code: 'already_answered' });
    // …but Ben can still skip, exactly as if she had not: a refusal would tell him she had.
    const benSkip = (await b.prompts.skip(TODAY)).day!;
    expect(benSkip.promptId).not.toBe(memories.promptId);
    expect(benSkip).toMatchObject({ answeredByMe: false, revealed: false, partnerAnswerItemId: null, partnerAnswerPromptId: null });
    // Ada's answer stays with the prompt she answered; after Ben answers, each sees which was which.
    expect((await a.prompts.today(TODAY)).day!.myAnswerPromptId).toBe(memories.promptId);
    const revealed = (await b.prompts.answer(benSkip, { text: 'something else' }, b.partner)).day!;
    expect(revealed).toMatchObject({ revealed: true, myAnswerPromptId: benSkip.promptId, partnerAnswerPromptId: memories.promptId });
  });

  it('goes only as deep as both have chosen, and keeps each choice private', async () => {
    const [a, b] = await sides(t.app);
    expect(await a.prompts.chooseDepth('deep')).toMatchObject({ allowedDepth: 'light', myDepth: 'deep' });
    expect(await b.prompts.today(TODAY)).toMatchObject({ allowedDepth: 'light', myDepth: null });
    expect(await b.prompts.chooseDepth('deeper')).toMatchObject({ allowedDepth: 'deeper', myDepth: 'deeper' });
    expect(await a.prompts.today(TODAY)).toMatchObject({ allowedDepth: 'deeper', myDepth: 'deep' });
    // Today's prompt is already chosen; tomorrow's can be deeper, never deep.
    for (const offset of [1]) expect(['light', 'deeper']).toContain((await a.prompts.today(dayOffset(offset))).day!.depth);
  });

  it('lets someone who answered say so, once, and only them', async () => {
    const [a, b] = await sides(t.app);
    const { day } = await a.prompts.today(TODAY);
    expect(await errorOf(a.prompts.nudge(day!))).toEqual({ status: 409, code: 'validation_failed' });
    await a.prompts.answer(day!, { text: 'x' }, a.partner);
    await a.prompts.nudge(day!);
    expect(await errorOf(a.prompts.nudge(day!))).toEqual({ status: 429, code: 'rate_limited' });
    expect(await errorOf(b.prompts.nudge(day!))).toEqual({ status: 409, code: 'validation_failed' });
  });

  it('keeps answers out of the ordinary item paths, and refuses strangers', async () => {
    const [a] = await sides(t.app);
    const stranger = await signUp(t.app, 'Sue');
    const { day } = await a.prompts.today(TODAY);
    const { body } = await a.items.prepareCreate('prompt_answer', { text: 'sneaky' }, { promptDayId: day!.id });
    expect((await a.person.transport.raw('POST', '/api/items', body)).status).toBe(400);
    const answered = (await a.prompts.answer(day!, { text: 'mine' }, a.partner)).day!;
    const share = await a.person.transport.raw('POST', `/api/items/${answered.myAnswerItemId}/share`, { readerId: a.partner.id, wrappedKey: 'AQ' + 'A'.repeat(106) });
    expect(share.status).toBe(409);
    expect((await stranger.transport.raw('POST', `/api/prompts/days/${day!.id}/answer`, { item: body, partnerWrappedKey: 'AQ' + 'A'.repeat(106) })).status).toBe(409);
    const wrongDay = await a.items.prepareCreate('prompt_answer', { text: 'x' }, { promptDayId: crypto.randomUUID() }, a.partner);
    const res = await a.person.transport.raw('POST', `/api/prompts/days/${day!.id}/answer`, { item: wrongDay.body, partnerWrappedKey: wrongDay.partnerWrappedKey });
    expect(res.status).toBe(400);
    expect((res.json as { error: { fields: Record<string, string> } }).error.fields.item).toBeTruthy();
  });
});
