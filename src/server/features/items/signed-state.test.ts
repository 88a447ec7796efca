import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemStateInput } from '../../../shared/kinds.js';
import { encryptItem, LEGACY_ITEM_ENVELOPE_VERSION, newItemKey, signItem, WRAP_PURPOSE, wrapKey } from '../../../shared/crypto/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { itemsOf } from '../../test/items.js';
import { pairUp } from '../../test/people.js';

const dialects = await testDialects();

/*
 * Issue 14, item 4: a server (or anyone with the database) that changes an item's plaintext
 * state or serves an older version. Each case edits the database directly, then reads the
 * item through the client library as the web app does.
 */
describe.each(dialects)('signed state and rollback on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const db = () => t.database.handle.db;
  const setState = (id: string, state: unknown) => db().updateTable('items').set({ state: JSON.stringify(state) }).where('id', '=', id).execute();

  it("flags an apology rolled back from version 2 to version 1 on the device that saw version 2", async () => {
    const [ada, ben] = await pairUp(t.app);
    const adaItems = await itemsOf(ada);
    const partner = (await ada.client.currentCouple())!.partner!;
    const first = await adaItems.share(await adaItems.create('apology', { text: 'I am sorry.' }, {}), partner);
    const benDevice = await itemsOf(ben);
    expect((await benDevice.get(first.id)).rolledBack).toBe(false);
    const second = await adaItems.update(first, { text: 'I am sorry, and this is what I will do differently.' });
    const seen = await benDevice.get(first.id);
    expect(seen).toMatchObject({ version: 2, verified: true, rolledBack: false, olderFormat: false });
    // The server puts version 1 back: its ciphertext and signature are genuine, but old.
    const v1 = await db().selectFrom('item_versions').selectAll().where('item_id', '=', first.id).where('version', '=', 1).executeTakeFirstOrThrow();
    await db().updateTable('items').set({ version: 1, ciphertext: v1.ciphertext, signature: v1.signature }).where('id', '=', first.id).execute();
    const rolled = await benDevice.get(first.id);
    expect(rolled).toMatchObject({ version: 1, verified: true, rolledBack: true, content: { text: 'I am sorry.' } });
    // Listing finds it too, and the author's own device notices as well.
    expect((await benDevice.list('apology')).find((i) => i.id === first.id)?.rolledBack).toBe(true);
    expect(second.version).toBe(2);
    expect((await adaItems.get(first.id)).rolledBack).toBe(true);
  });

  it("refuses an 'accept' re-pointed at another agreement", async () => {
    const [ada, ben] = await pairUp(t.app);
    const adaItems = await itemsOf(ada);
    const benItems = await itemsOf(ben);
    const toBen = (await ada.client.currentCouple())!.partner!;
    const toAda = (await ben.client.currentCouple())!.partner!;
    const small = await adaItems.share(await adaItems.create('agreement', { title: 'Phones away at dinner', text: 'Phones away at dinner', kind: 'other', status: 'proposed', termsFrom: 1 }, {}), toBen);
    const large = await adaItems.share(await adaItems.create('agreement', { title: 'Passwords shared', text: 'Passwords shared', kind: 'other', status: 'proposed', termsFrom: 1 }, {}), toBen);
    const accept = await benItems.share(await benItems.create('agreement_response', { version: 1, answer: 'accept' }, { parentId: small.id }), toAda);
    expect((await adaItems.get(accept.id)).verified).toBe(true);
    await setState(accept.id, { parentId: large.id });
    const seen = await adaItems.get(accept.id);
    expect(seen.verified).toBe(false);
    expect(seen.content).toBeNull();
  });

  it("refuses a promise whose schedule was changed, and a reflection section relabelled", async () => {
    const [ada, ben] = await pairUp(t.app);
    const adaItems = await itemsOf(ada);
    const partner = (await ada.client.currentCouple())!.partner!;
    const fridays = { type: 'weekly', time: '19:00', timeZone: 'Europe/Warsaw', startDate: '2026-02-02', weekdays: ['FR'] } as const;
    const plan: ItemStateInput<'commitment'> = { segments: [fridays], status: 'active', remindMinutesBefore: 30 };
    const promise = await adaItems.share(await adaItems.create('commitment', { what: 'Call when I am late' }, plan), partner);
    const section = await adaItems.share(await adaItems.create('reflection', { text: 'It felt lonely' }, { section: 'how_it_felt' }), partner);
    const benItems = await itemsOf(ben);
    expect((await benItems.get(promise.id)).verified).toBe(true);
    expect((await benItems.get(section.id)).verified).toBe(true);
    await setState(promise.id, { ...plan, segments: [{ ...fridays, weekdays: ['MO'] }] });
    await setState(section.id, { section: 'what_i_need' });
    for (const id of [promise.id, section.id]) {
      const seen = await benItems.get(id);
      expect(seen.verified, id).toBe(false);
      expect(seen.content, id).toBeNull();
    }
    // The author is not fooled either, and a state with its keys reordered still verifies.
    expect((await adaItems.get(promise.id)).verified).toBe(false);
    await setState(promise.id, { remindMinutesBefore: 30, status: 'active', segments: [fridays] });
    expect((await adaItems.get(promise.id)).verified).toBe(true);
  });

  it('keeps earlier versions verifiable with the state each had', async () => {
    const [ada] = await pairUp(t.app);
    const items = await itemsOf(ada);
    const a = await items.create('reflection', { text: 'first' }, { section: 'afraid_of' });
    const b = await items.update(a, { text: 'second' }, { section: 'hope_for' });
    await items.update(b, { text: 'third' });
    const versions = await items.versions(await items.reread(a));
    expect(versions.map((v) => [v.version, v.content?.text])).toEqual([
      [2, 'second'],
      [1, 'first'],
    ]);
    await db().updateTable('item_versions').set({ state: JSON.stringify({ section: 'what_i_need' }) }).where('item_id', '=', a.id).where('version', '=', 1).execute();
    expect((await items.versions(await items.get(a.id))).find((v) => v.version === 1)?.content).toBeNull();
  });

  it('still reads items written before state was signed, marked as the older format', async () => {
    const [ada] = await pairUp(t.app);
    const items = await itemsOf(ada);
    const made = await items.create('reflection', { text: 'from last year' }, { section: 'afraid_of' });
    // Rewrite it as the previous client wrote it: envelope 1, state outside the signature.
    const keys = ada.client.keys;
    const key = newItemKey();
    const ad = { itemId: made.id, kind: made.kind, version: 1, coupleId: made.coupleId, authorId: made.authorId };
    const ciphertext = encryptItem(key, ad, JSON.stringify({ text: 'from last year' }), LEGACY_ITEM_ENVELOPE_VERSION);
    const signature = signItem(keys.signKeyPair.privateKey, { itemId: made.id, kind: made.kind, version: 1, ciphertext });
    await db().updateTable('items').set({ ciphertext, signature }).where('id', '=', made.id).execute();
    await db().updateTable('item_readers').set({ wrapped_key: wrapKey(keys.masterKey, key, WRAP_PURPOSE.item) }).where('item_id', '=', made.id).execute();
    const old = await items.get(made.id);
    expect(old).toMatchObject({ verified: true, olderFormat: true, content: { text: 'from last year' } });
    expect(made.olderFormat).toBe(false);
    // Updating it writes the new format.
    const updated = await items.update(old, { text: 'from last year, revisited' });
    expect(updated).toMatchObject({ verified: true, olderFormat: false, version: 2 });
  });
});
