import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PromptsClient, TogetherClient } from '../../../shared/client/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { itemsOf } from '../../test/items.js';
import { pairUp, signUp } from '../../test/people.js';

const dialects = await testDialects();
const TODAY = new Date().toISOString().slice(0, 10);

describe.each(dialects)('the decision point and space on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

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
});
