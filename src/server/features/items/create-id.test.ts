import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptItem, newItemKey, signItem, utf8, wrapKey, WRAP_PURPOSE } from '../../../shared/crypto/index.js';
import { ApiRequestError } from '../../../shared/client/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { itemsOf } from '../../test/items.js';
import { pairUp, type Person } from '../../test/people.js';

const dialects = await testDialects();

/** A well-formed create body for `id`, encrypted and signed by `person` (as the client library does). */
function createBody(person: Person, id: string, words: string) {
  const keys = person.client.keys;
  const key = newItemKey();
  // Padded like the client pads (a Padmé bucket of at least 256 bytes).
  const plain = utf8(JSON.stringify({ text: words }).padEnd(255, ' '));
  const ciphertext = encryptItem(key, { itemId: id, kind: 'journal_entry', version: 1, coupleId: null, authorId: keys.userId, state: {} }, plain);
  const signature = signItem(keys.signKeyPair.privateKey, { itemId: id, kind: 'journal_entry', version: 1, ciphertext, state: {} });
  return { id, kind: 'journal_entry', ciphertext, signature, wrappedKey: wrapKey(keys.masterKey, key, WRAP_PURPOSE.item), state: {} };
}

describe.each(dialects)('item ids on create on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const answerOf = (res: { status: number; json: unknown }) => ({ status: res.status, body: { ...(res.json as object), requestId: undefined } });

  it("answers a reused id the same whether the item lives, was deleted, or is one's own", async () => {
    const [ada, ben] = await pairUp(t.app);
    const ai = await itemsOf(ada);
    const live = await ai.create('disclosure', { text: 'still here' }, {});
    const gone = await ai.create('disclosure', { text: 'deleted' }, {});
    await ai.remove(gone);
    const onLive = answerOf(await ben.transport.raw('POST', '/api/items', createBody(ben, live.id, 'mine now')));
    const onGone = answerOf(await ben.transport.raw('POST', '/api/items', createBody(ben, gone.id, 'mine now')));
    const ownDifferent = answerOf(await ada.transport.raw('POST', '/api/items', createBody(ada, live.id, 'other words')));
    expect(onLive.status).toBeGreaterThanOrEqual(400);
    expect(onLive.status).toBeLessThan(500);
    expect(onGone).toEqual(onLive);
    expect(ownDifferent).toEqual(onLive);
    // Nothing was written under anyone's name.
    expect((await ai.get(live.id)).content).toEqual({ text: 'still here' });
    const benItems = await ben.transport.raw('GET', '/api/items');
    expect((benItems.json as { items: unknown[] }).items).toEqual([]);
  });

  it('answers a retried create (same author, id and body) as the first time, and stores it once', async () => {
    const [ada] = await pairUp(t.app);
    const body = createBody(ada, crypto.randomUUID(), 'the answer was lost');
    const first = await ada.transport.raw('POST', '/api/items', body);
    const again = await ada.transport.raw('POST', '/api/items', body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    const db = t.database.handle.db;
    expect(await db.selectFrom('items').select('id').where('id', '=', body.id).execute()).toHaveLength(1);
    expect(await db.selectFrom('item_readers').select('reader_id').where('item_id', '=', body.id).execute()).toHaveLength(1);
  });
});

describe.each(dialects)('the client library retrying a create on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('resends the very same body after a lost answer, so the entry is stored once', async () => {
    const [ada] = await pairUp(t.app);
    const ai = await itemsOf(ada);
    // The server stores the first create, but its answer never reaches the client.
    const real = ada.transport.request.bind(ada.transport);
    const sent: unknown[] = [];
    let lose = true;
    ada.transport.request = async (method, path, body) => {
      const res = await real(method, path, body);
      if (method === 'POST' && path === '/api/items') {
        sent.push(body);
        if (lose) {
          lose = false;
          throw ApiRequestError.network(new Error('connection reset'));
        }
      }
      return res;
    };
    const content = { text: 'Written on the train, saved as the signal came back.', writtenOn: '2026-03-01' };
    await expect(ai.create('journal_entry', content, {})).rejects.toMatchObject({ code: 'network' });
    const item = await ai.create('journal_entry', content, {});
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect((await ai.list('journal_entry')).map((i) => i.id)).toEqual([item.id]);

    // Other words are another entry, with a new id.
    const other = await ai.create('journal_entry', { text: 'Another day.', writtenOn: '2026-03-01' }, {});
    expect(other.id).not.toBe(item.id);
    expect(await ai.list('journal_entry')).toHaveLength(2);
  });
});
