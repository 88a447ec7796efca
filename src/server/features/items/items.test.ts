import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenItem } from '../../../shared/client/index.js';
import { b64urlDecode, b64urlEncode, encryptItem, newItemKey, signItem, WRAP_PURPOSE, wrapKey } from '../../../shared/crypto/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { itemsOf } from '../../test/items.js';
import { pairUp, signUp } from '../../test/people.js';

const dialects = await testDialects();

describe.each(dialects)('items on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const countRows = async () => {
    const db = t.database.handle.db;
    const [items, readers] = await Promise.all([
      db.selectFrom('items').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      db.selectFrom('item_readers').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: Number(items.n), readers: Number(readers.n) };
  };

  it('keeps a new item private, shares it, updates it, and unshares it under a new key', async () => {
    const [ada, ben] = await pairUp(t.app);
    const adaItems = await itemsOf(ada);
    const benItems = await itemsOf(ben);
    const partnerOfAda = (await ada.client.currentCouple())!.partner!;

    const item = await adaItems.create('reflection', { text: 'What happened, in my words' }, { section: 'what_happened' });
    expect(item).toMatchObject({ mine: true, verified: true, version: 1, sharedWith: [], content: { text: 'What happened, in my words' } });
    expect(await benItems.list('reflection')).toEqual([]);
    expect(await errorOf(benItems.get(item.id))).toEqual({ status: 404, code: 'not_found' });

    const shared = await adaItems.share(item, partnerOfAda);
    expect(shared.sharedWith).toEqual([ben.me.user.id]);
    const seen = await benItems.list('reflection');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ mine: false, verified: true, content: { text: 'What happened, in my words' }, state: { section: 'what_happened' } });
    expect(seen[0]!.sharedWith).toBeUndefined();

    const updated = await adaItems.update(shared, { text: 'What happened, said better' });
    expect(updated.version).toBe(2);
    expect((await benItems.get(item.id)).content).toEqual({ text: 'What happened, said better' });
    // A stale edit never overwrites silently.
    expect(await errorOf(adaItems.update(shared, { text: 'from an old tab' }))).toEqual({ status: 409, code: 'version_conflict' });

    // Ben's copy of the key, as a client that kept it would have.
    const benRaw = await ben.transport.raw('GET', `/api/items/${item.id}`);
    const benWrapped = (benRaw.json as { item: { wrappedKey: string } }).item.wrappedKey;
    // Unsharing from a stale copy (version 1, another tab) re-encrypts the latest words instead of failing.
    const unshared = await adaItems.unshare(shared, ben.me.user.id);
    expect(unshared.version).toBe(3);
    expect(unshared.content).toEqual({ text: 'What happened, said better' });
    expect(unshared.sharedWith).toEqual([]);
    expect(await benItems.list('reflection')).toEqual([]);
    expect(await errorOf(benItems.get(item.id))).toEqual({ status: 404, code: 'not_found' });
    // Even with the old key, the new ciphertext does not open.
    const { openSealedKey, decryptItem } = await import('../../../shared/crypto/index.js');
    const oldKey = await openSealedKey(ben.client.keys.encKeyPair.privateKey, benWrapped, `item:${item.id}`);
    const now = (await ada.transport.raw('GET', `/api/items/${item.id}`)).json as { item: { ciphertext: string; coupleId: string | null } };
    expect(() => decryptItem(oldKey, { itemId: item.id, kind: 'reflection', version: 3, coupleId: now.item.coupleId, authorId: ada.me.user.id }, now.item.ciphertext)).toThrow();

    // History stays readable to the author, and only to the author.
    const versions = await adaItems.versions(unshared);
    expect(versions.map((v) => [v.version, v.content?.text])).toEqual([
      [2, 'What happened, said better'],
      [1, 'What happened, in my words'],
    ]);
    expect((await ben.transport.raw('GET', `/api/items/${item.id}/versions`)).status).toBe(404);
  });

  it('lets only the author change, share or delete an item', async () => {
    const [ada, ben] = await pairUp(t.app);
    const stranger = await signUp(t.app, 'Sue');
    const adaItems = await itemsOf(ada);
    const item = await adaItems.share(await adaItems.create('reflection', { text: 'mine' }, { section: 'hope_for' }), (await ada.client.currentCouple())!.partner!);
    const body = { baseVersion: 1, ciphertext: 'AQ' + 'A'.repeat(100), signature: 'A'.repeat(86) };
    expect((await ben.transport.raw('PUT', `/api/items/${item.id}`, body)).status).toBe(403);
    expect((await ben.transport.raw('DELETE', `/api/items/${item.id}`)).status).toBe(403);
    expect((await stranger.transport.raw('PUT', `/api/items/${item.id}`, body)).status).toBe(404);
    expect((await stranger.transport.raw('DELETE', `/api/items/${item.id}`)).status).toBe(404);
    expect((await stranger.transport.raw('POST', `/api/items/${item.id}/share`, { readerId: stranger.me.user.id, wrappedKey: 'A'.repeat(108) })).status).toBe(404);
    // Sharing is only ever with one's current partner.
    const own = await (await itemsOf(stranger)).create('reflection', { text: 'alone' }, { section: 'hope_for' });
    const toAda = await stranger.transport.raw('POST', `/api/items/${own.id}/share`, { readerId: ada.me.user.id, wrappedKey: 'AQ' + 'A'.repeat(106) });
    expect(toAda.status).toBe(409);
    expect((toAda.json as { error: { code: string } }).error.code).toBe('not_partner');
    await adaItems.remove(item);
    expect(await (await itemsOf(ben)).list('reflection')).toEqual([]);
  });

  it('refuses bad envelopes, signatures, kinds and states without storing anything', async () => {
    const ada = await signUp(t.app, 'Ada');
    const adaItems = await itemsOf(ada);
    const good = await adaItems.create('reflection', { text: 'template' }, { section: 'afraid_of' });
    const raw = ((await ada.transport.raw('GET', `/api/items/${good.id}`)).json as { item: { ciphertext: string; signature: string; wrappedKey: string } }).item;
    const before = await countRows();
    const base = { id: crypto.randomUUID(), kind: 'reflection', ciphertext: raw.ciphertext, signature: raw.signature, wrappedKey: raw.wrappedKey, state: { section: 'afraid_of' } };
    const bytes = b64urlDecode(raw.ciphertext);
    const withVersion = (v: number) => b64urlEncode(Uint8Array.from([v, ...bytes.subarray(1)]));
    const cases: [string, object, number, string][] = [
      ['old envelope version', { ...base, ciphertext: withVersion(0) }, 400, 'bad_envelope'],
      ['the older format (state unsigned) for new writing', { ...base, ciphertext: withVersion(1) }, 400, 'bad_envelope'],
      ['future envelope version', { ...base, ciphertext: withVersion(9) }, 400, 'bad_envelope'],
      ['truncated ciphertext', { ...base, ciphertext: raw.ciphertext.slice(0, 60) }, 400, 'bad_envelope'],
      ['signature for another item', base, 400, 'bad_signature'],
      ['tampered signature', { ...base, id: good.id.replace(/.$/, (c) => (c === '0' ? '1' : '0')), signature: raw.signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }, 400, 'bad_signature'],
      ['unknown kind', { ...base, kind: 'diary' }, 400, 'validation_failed'],
      ['wrong state', { ...base, state: { section: 'gossip' } }, 400, 'validation_failed'],
      ['unknown field', { ...base, authorId: crypto.randomUUID() }, 400, 'validation_failed'],
      ['bad wrapped key', { ...base, wrappedKey: 'A'.repeat(90) }, 400, 'bad_envelope'],
      ['oversize', { ...base, ciphertext: 'AQ' + 'A'.repeat(99_000) }, 400, 'bad_envelope'],
    ];
    for (const [name, body, status, code] of cases) {
      const res = await ada.transport.raw('POST', '/api/items', body);
      expect(res.status, name).toBe(status);
      expect((res.json as { error: { code: string } }).error.code, name).toBe(code);
    }
    const huge = await ada.transport.raw('POST', '/api/items', { ...base, ciphertext: 'A'.repeat(200_000) });
    expect(huge.status).toBe(413);
    expect(await countRows()).toEqual(before);
  });

  it('ends access at once when the couple ends: each keeps only their own', async () => {
    const [ada, ben] = await pairUp(t.app);
    const adaItems = await itemsOf(ada);
    const benItems = await itemsOf(ben);
    const partner = (await ada.client.currentCouple())!.partner!;
    await adaItems.share(await adaItems.create('reflection', { text: 'shared before leaving' }, { section: 'how_it_felt' }), partner);
    await benItems.share(await benItems.create('reflection', { text: 'Ben shared too' }, { section: 'how_it_felt' }), (await ben.client.currentCouple())!.partner!);
    expect(await benItems.list('reflection')).toHaveLength(2);
    await ben.client.leave();
    const adaLeft = await adaItems.list('reflection');
    const benLeft = await benItems.list('reflection');
    expect(adaLeft.map((i) => i.content?.text)).toEqual(['shared before leaving']);
    expect(benLeft.map((i) => i.content?.text)).toEqual(['Ben shared too']);
    expect(adaLeft[0]!.sharedWith).toEqual([]);
  });

  it('a past share marked "until it ended" is current again once shared in a new couple space', async () => {
    const [ada, ben] = await pairUp(t.app);
    const adaItems = await itemsOf(ada);
    const item = await adaItems.share(await adaItems.create('reflection', { text: 'shared, then the space ended' }, { section: 'how_it_felt' }), (await ada.client.currentCouple())!.partner!);
    await ben.client.leave();
    expect((await adaItems.get(item.id)).sharedUntil).toBeDefined();
    // Together again, in a new space: the same writing is shared anew.
    await ada.client.startCouple();
    await ben.client.join((await ada.client.createInvite()).token);
    await (adaItems as typeof adaItems & { refresh(): Promise<void> }).refresh();
    const shared = await adaItems.share(await adaItems.get(item.id), (await ada.client.currentCouple())!.partner!);
    expect(shared.sharedWith).toEqual([ben.me.user.id]);
    expect(shared.sharedUntil).toBeUndefined();
    expect((await adaItems.get(item.id)).sharedUntil).toBeUndefined();
  });

  it('keeps the second wall: a wrapped key row forced to the wrong reader opens nothing', async () => {
    const [ada] = await pairUp(t.app);
    const mallory = await signUp(t.app, 'Mallory');
    const adaItems = await itemsOf(ada);
    const item = await adaItems.create('reflection', { text: 'for my eyes only' }, { section: 'what_i_need' });
    const authorKey = await t.database.handle.db.selectFrom('item_readers').select('wrapped_key').where('item_id', '=', item.id).executeTakeFirstOrThrow();
    // A bug (or an attacker with database access) grants Mallory a row with Ada's wrapped key.
    await t.database.handle.db.insertInto('item_readers').values({ item_id: item.id, reader_id: mallory.me.user.id, kind: 'reflection', wrapped_key: authorKey.wrapped_key, added_at: new Date().toISOString() }).execute();
    const seen = await (await itemsOf(mallory)).list('reflection');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.content).toBeNull();
    expect(seen[0]!.verified).toBe(false);
  });

  it('lets the partner answer a shared item with an acknowledgment, and only that', async () => {
    const [ada, ben] = await pairUp(t.app);
    const adaItems = await itemsOf(ada);
    const benItems = await itemsOf(ben);
    const shared = await adaItems.share(await adaItems.create('reflection', { text: 'hard to say' }, { section: 'impact_understood' }), (await ada.client.currentCouple())!.partner!);
    const ack = await benItems.create('acknowledgment', { text: 'Thank you for telling me' }, { parentId: shared.id });
    await benItems.share(ack, (await ben.client.currentCouple())!.partner!);
    const got = await adaItems.list('acknowledgment');
    expect(got.map((a) => [a.content?.text, (a.state as { parentId: string }).parentId])).toEqual([['Thank you for telling me', shared.id]]);
    // Not for one's own item, nor for something not shared with you.
    const own = await benItems.create('reflection', { text: 'mine' }, { section: 'hope_for' });
    expect(await errorOf(benItems.create('acknowledgment', { text: 'x' }, { parentId: own.id }))).toEqual({ status: 400, code: 'validation_failed' });
    const hidden = await adaItems.create('reflection', { text: 'private' }, { section: 'hope_for' });
    expect(await errorOf(benItems.create('acknowledgment', { text: 'x' }, { parentId: hidden.id }))).toEqual({ status: 400, code: 'validation_failed' });
  });

  it('lets a longer response answer only what was shared, and never shares a values reflection', async () => {
    const [ada, ben] = await pairUp(t.app);
    const adaItems = await itemsOf(ada);
    const benItems = await itemsOf(ben);
    const letter = await adaItems.share(await adaItems.create('impact_letter', { happened: 'What it did to me', hurt: '', need: '' }, {}), (await ada.client.currentCouple())!.partner!);
    const heard = await benItems.share(await benItems.create('response', { text: 'What I heard is…' }, { parentId: letter.id }), (await ben.client.currentCouple())!.partner!);
    expect((await adaItems.get(heard.id)).content).toEqual({ text: 'What I heard is…' });
    const own = await benItems.create('apology', { text: 'draft' }, {});
    expect(await errorOf(benItems.create('response', { text: 'x' }, { parentId: own.id }))).toEqual({ status: 400, code: 'validation_failed' });
    const values = await benItems.create('values_reflection', { values: [], text: 'honesty matters to me' }, {});
    expect(await errorOf(benItems.share(values, (await ben.client.currentCouple())!.partner!))).toEqual({ status: 409, code: 'forbidden' });
    const trigger = await adaItems.create('trigger', { what: 'a song in the shop', when: '2026-03-01T10:00:00.000Z' }, {});
    expect(await errorOf(adaItems.share(trigger, (await ada.client.currentCouple())!.partner!))).toEqual({ status: 409, code: 'forbidden' });
    // A question is answered with a response that only its asker (and the answerer) read.
    const q = await adaItems.share(await adaItems.create('question', { topic: 'timeline', text: 'When did it start?' }, {}), (await ada.client.currentCouple())!.partner!);
    const a = await benItems.share(await benItems.create('response', { text: 'In March.' }, { parentId: q.id }), (await ben.client.currentCouple())!.partner!);
    expect((await adaItems.get(a.id)).content).toEqual({ text: 'In March.' });
  });

  it('keeps drafts encrypted and private to their author', async () => {
    const [ada, ben] = await pairUp(t.app);
    const adaItems = await itemsOf(ada);
    const sealed = adaItems.sealDraft('reflection:what_happened', { text: 'half a thought' });
    await adaItems.putDraft('reflection:what_happened', sealed);
    const drafts = await adaItems.drafts();
    expect(drafts.map((d) => d.key)).toEqual(['reflection:what_happened']);
    expect(adaItems.openDraft(drafts[0]!.key, drafts[0]!.ciphertext)).toEqual({ text: 'half a thought' });
    expect(await (await itemsOf(ben)).drafts()).toEqual([]);
    // A draft sealed under one key cannot be replayed under another.
    expect(adaItems.openDraft('reflection:hope_for', sealed)).toBeNull();
    await adaItems.deleteDraft('reflection:what_happened');
    expect(await adaItems.drafts()).toEqual([]);
    const bad = await ada.transport.raw('PUT', '/api/drafts/bad key!', { ciphertext: sealed });
    expect(bad.status).toBe(400);
  });

  it('marks content it cannot verify instead of showing it as the author’s', async () => {
    const [ada, ben] = await pairUp(t.app);
    const adaItems = await itemsOf(ada);
    const shared: OpenItem = await adaItems.share(await adaItems.create('reflection', { text: 'signed by Ada' }, { section: 'hope_for' }), (await ada.client.currentCouple())!.partner!);
    // Someone with database access swaps in a different signature.
    const other = await adaItems.create('reflection', { text: 'another' }, { section: 'hope_for' });
    const otherSig = await t.database.handle.db.selectFrom('items').select('signature').where('id', '=', other.id).executeTakeFirstOrThrow();
    await t.database.handle.db.updateTable('items').set({ signature: otherSig.signature }).where('id', '=', shared.id).execute();
    const seen = await (await itemsOf(ben)).get(shared.id);
    expect(seen.verified).toBe(false);
    expect(seen.content).toBeNull();
  });

  it('never grants a reader through "unshare": only someone who already reads it can remain', async () => {
    const [ada, ben] = await pairUp(t.app);
    const items = await itemsOf(ada);
    const benId = ben.me.user.id;
    const letter = await items.create('values_reflection', { values: [], text: 'private-only, never shared' }, {});
    // A hand-made unshare that names Ben as a "remaining" reader of an item he never read.
    const keys = ada.client.keys;
    const key = newItemKey();
    const version = letter.version + 1;
    const ad = { itemId: letter.id, kind: letter.kind, version, coupleId: letter.coupleId, authorId: letter.authorId, state: letter.state };
    const ciphertext = encryptItem(key, ad, JSON.stringify(letter.content));
    const signature = signItem(keys.signKeyPair.privateKey, { itemId: letter.id, kind: letter.kind, version, ciphertext, state: letter.state });
    const wrapped = wrapKey(keys.masterKey, key, WRAP_PURPOSE.item);
    const raw = await ada.transport.raw('POST', `/api/items/${letter.id}/unshare`, {
      readerId: crypto.randomUUID(),
      baseVersion: letter.version,
      ciphertext,
      signature,
      wrappedKey: wrapped,
      remainingReaders: [{ readerId: benId, wrappedKey: wrapped }],
    });
    expect(raw.status).toBe(400);
    expect((await errorOf((await itemsOf(ben)).get(letter.id))).status).toBe(404);
  });
});
