import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptPartnerKeys, ItemsClient, memoryPinStore, PromptsClient, type PinStore } from '../../../shared/client/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { itemsOf } from '../../test/items.js';
import { pairUp } from '../../test/people.js';

const dialects = await testDialects();
const TODAY = new Date().toISOString().slice(0, 10);

/*
 * Issue 14, item 5: no key is sealed to a partner whose keys differ from the pin, on any
 * path. A pin that does not match stands for a server that swapped Ben's public key.
 */
describe.each(dialects)('sealing to the partner honours the pin on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  async function setUp(pins: PinStore) {
    const [ada, ben] = await pairUp(t.app);
    const partner = (await ada.client.currentCouple())!.partner!;
    const items = new ItemsClient(ada.client, () => partner, { pins });
    return { ada, ben, partner, items, benItems: await itemsOf(ben) };
  }

  it('refuses to share with changed keys, and shares again once the safety codes were compared', async () => {
    const { ada, ben, partner, items, benItems } = await setUp(memoryPinStore());
    const pins = memoryPinStore({ [ben.me.user.id]: 'a-fingerprint-from-before' });
    const gated = new ItemsClient(ada.client, () => partner, { pins });
    const entry = await gated.create('disclosure', { text: 'only if it is really Ben' }, {});
    expect(await errorOf(gated.share(entry, partner))).toEqual({ status: 0, code: 'partner_key_changed' });
    expect((await errorOf(benItems.get(entry.id))).status).toBe(404);
    // The prompt answer seals its held key on the same gate: nothing is stored.
    const prompts = new PromptsClient(ada.client, gated);
    const { day } = await prompts.today(TODAY);
    expect(await errorOf(prompts.answer(day!, { text: 'held back' }, partner))).toEqual({ status: 0, code: 'partner_key_changed' });
    expect(await items.list('prompt_answer')).toEqual([]);
    // After comparing codes in person, Ada accepts Ben's keys and sharing works.
    await acceptPartnerKeys(pins, partner);
    await gated.share(entry, partner);
    expect((await benItems.get(entry.id)).content).toEqual({ text: 'only if it is really Ben' });
  });

  it('pins on first use, and a pin store that fails refuses rather than lets it through', async () => {
    const firstUse = memoryPinStore();
    const { ben, partner, items } = await setUp(firstUse);
    await items.share(await items.create('journal_entry', { text: 'first', writtenOn: '2026-03-01' }, {}), partner);
    expect(firstUse.get(ben.me.user.id)).not.toBeNull();
    const broken: PinStore = {
      get: () => Promise.reject(new Error('storage refused')),
      set: () => undefined,
    };
    const { ada: ada2, partner: partner2 } = await setUp(memoryPinStore());
    const gated = new ItemsClient(ada2.client, () => partner2, { pins: broken });
    const entry = await gated.create('disclosure', { text: 'second' }, {});
    expect(await errorOf(gated.share(entry, partner2))).toEqual({ status: 0, code: 'partner_key_changed' });
  });
});
