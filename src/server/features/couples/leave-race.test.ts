import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PromptsClient } from '../../../shared/client/index.js';
import { b64urlDecode, encryptItem, newItemKey, sealKey, signItem, unwrapKey, WRAP_PURPOSE, wrapKey } from '../../../shared/crypto/index.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { itemsOf } from '../../test/items.js';
import { pairUp, type Person } from '../../test/people.js';

const dialects = await testDialects();

/** The HPKE info a partner's key to an item is sealed under (as the client library does). */
const sealInfo = (itemId: string) => `item:${itemId}`;

/*
 * Every path that gives a partner a key must serialise with leaving: a share, a prompt
 * reveal or a held-together reveal that races a leave either happens wholly before it (and
 * the leave removes the key) or is refused. Requests here really run at the same time (on
 * PostgreSQL each one holds its own connection), over many rounds.
 */
describe.each(dialects)('sharing while the couple separates on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  /** Keys either former partner holds to what the other wrote. */
  async function keysAcross(a: Person, b: Person): Promise<number> {
    const ids = [a.me.user.id, b.me.user.id];
    const rows = await t.database.handle.db
      .selectFrom('item_readers as r')
      .innerJoin('items as i', 'i.id', 'r.item_id')
      .select(['r.item_id', 'r.reader_id', 'i.author_id'])
      .where('r.reader_id', 'in', ids)
      .where('i.author_id', 'in', ids)
      .execute();
    return rows.filter((r) => r.reader_id !== r.author_id).length;
  }

  /** What each reads of the other's writing through the API (the readers rule). */
  async function readableAcross(a: Person, b: Person): Promise<number> {
    let n = 0;
    for (const [viewer, other] of [[a, b], [b, a]] as const) {
      const res = await viewer.transport.raw('GET', '/api/items');
      expect(res.status).toBe(200);
      n += (res.json as { items: { authorId: string }[] }).items.filter((i) => i.authorId === other.me.user.id).length;
    }
    return n;
  }

  /** Settles every request; a share that lost the race is refused, never a 500. */
  async function settle(requests: Promise<{ status: number }>[]): Promise<void> {
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
  }

  it('a share racing a leave never leaves the former partner a key', { timeout: 120_000 }, async () => {
    const ROUNDS = 12;
    const ITEMS = 6;
    for (let round = 0; round < ROUNDS; round++) {
      const [ada, ben] = await pairUp(t.app);
      const ai = await itemsOf(ada);
      const partner = (await ada.client.currentCouple())!.partner!;
      // Sealed keys are prepared first so that only the requests race.
      const bodies = await Promise.all(
        Array.from({ length: ITEMS }, async (_, i) => {
          const item = await ai.create('journal_entry', { text: `evening ${round}.${i}`, writtenOn: '2026-03-01' }, {});
          const raw = await ada.transport.raw('GET', `/api/items/${item.id}`);
          const key = unwrapKey(ada.client.keys.masterKey, (raw.json as { item: { wrappedKey: string } }).item.wrappedKey, WRAP_PURPOSE.item);
          return { id: item.id, body: { readerId: partner.id, wrappedKey: await sealKey(b64urlDecode(partner.encPublicKey), key, sealInfo(item.id)) } };
        }),
      );
      const shares = bodies.map((b) => ada.transport.raw('POST', `/api/items/${b.id}/share`, b.body));
      // The leave goes out in the middle of the burst.
      const leave = ben.transport.raw('POST', '/api/couples/leave', {});
      await settle([...shares, leave]);
      expect((await leave).status).toBe(204);
      expect(await keysAcross(ada, ben)).toBe(0);
      expect(await readableAcross(ada, ben)).toBe(0);
    }
  });

  it('answering the prompt while the other leaves never reveals either answer', { timeout: 120_000 }, async () => {
    const ROUNDS = 12;
    const today = new Date().toISOString().slice(0, 10);
    for (let round = 0; round < ROUNDS; round++) {
      const [ada, ben] = await pairUp(t.app);
      const [ai, bi] = [await itemsOf(ada), await itemsOf(ben)];
      const bp = new PromptsClient(ben.client, bi);
      const toBen = (await ada.client.currentCouple())!.partner!;
      const toAda = (await ben.client.currentCouple())!.partner!;
      const { day } = await bp.today(today);
      await bp.answer(day!, { text: `Ben ${round}` }, toAda);
      const { body, partnerWrappedKey } = await ai.prepareCreate('prompt_answer', { text: `Ada ${round}` }, { promptDayId: day!.id }, toBen);
      const answer = ada.transport.raw('POST', `/api/prompts/days/${day!.id}/answer`, { item: body, partnerWrappedKey });
      const leave = ben.transport.raw('POST', '/api/couples/leave', {});
      await settle([answer, leave]);
      expect((await leave).status).toBe(204);
      expect(await keysAcross(ada, ben)).toBe(0);
      expect(await readableAcross(ada, ben)).toBe(0);
    }
  });

  it('a held-together reveal racing a leave releases nothing to the former partner', { timeout: 120_000 }, async () => {
    const ROUNDS = 12;
    for (let round = 0; round < ROUNDS; round++) {
      const [ada, ben] = await pairUp(t.app);
      const [ai, bi] = [await itemsOf(ada), await itemsOf(ben)];
      const toBen = (await ada.client.currentCouple())!.partner!;
      const toAda = (await ben.client.currentCouple())!.partner!;
      const talk = await ai.share(await ai.create('conversation', { topic: `Evenings ${round}` }, {}), toBen);
      await ai.share(await ai.create('conversation_prep', { feelings: 'tense' }, { conversationId: talk.id }), toBen);
      const mine = await bi.create('conversation_prep', { feelings: 'shut out' }, { conversationId: talk.id });
      const raw = await ben.transport.raw('GET', `/api/items/${mine.id}`);
      const key = unwrapKey(ben.client.keys.masterKey, (raw.json as { item: { wrappedKey: string } }).item.wrappedKey, WRAP_PURPOSE.item);
      const share = ben.transport.raw('POST', `/api/items/${mine.id}/share`, { readerId: toAda.id, wrappedKey: await sealKey(b64urlDecode(toAda.encPublicKey), key, sealInfo(mine.id)) });
      const leave = ada.transport.raw('POST', '/api/couples/leave', {});
      await settle([share, leave]);
      expect((await leave).status).toBe(204);
      expect(await keysAcross(ada, ben)).toBe(0);
      expect(await readableAcross(ada, ben)).toBe(0);
    }
  });

  /*
   * Sharing, unsharing (keeping the partner as reader under a new key) and leaving all change
   * who reads an item. They must take their locks in one order (the couple, then the item),
   * or two of them can each hold what the other waits for: PostgreSQL then ends one with a
   * deadlock error, which the person sees as a failure.
   */
  it('sharing, unsharing and leaving at the same time never deadlock', { timeout: 180_000 }, async () => {
    const ROUNDS = 15;
    const ITEMS = 6;
    for (let round = 0; round < ROUNDS; round++) {
      const [ada, ben] = await pairUp(t.app);
      const ai = await itemsOf(ada);
      const partner = (await ada.client.currentCouple())!.partner!;
      const keys = ada.client.keys;
      const requests = await Promise.all(
        Array.from({ length: ITEMS }, async (_, i) => {
          const item = await ai.share(await ai.create('journal_entry', { text: `morning ${round}.${i}`, writtenOn: '2026-03-01' }, {}), partner);
          if (i % 2 === 0) {
            // Shared again (a new sealed copy of the same key).
            const raw = await ada.transport.raw('GET', `/api/items/${item.id}`);
            const key = unwrapKey(keys.masterKey, (raw.json as { item: { wrappedKey: string } }).item.wrappedKey, WRAP_PURPOSE.item);
            const body = { readerId: partner.id, wrappedKey: await sealKey(b64urlDecode(partner.encPublicKey), key, sealInfo(item.id)) };
            return () => ada.transport.raw('POST', `/api/items/${item.id}/share`, body);
          }
          // Re-encrypted under a new key that the partner keeps (a key rotation).
          const key = newItemKey();
          const version = item.version + 1;
          const ciphertext = encryptItem(key, { itemId: item.id, kind: item.kind, version, coupleId: item.coupleId, authorId: item.authorId }, JSON.stringify(item.content));
          const body = {
            readerId: crypto.randomUUID(),
            baseVersion: item.version,
            ciphertext,
            signature: signItem(keys.signKeyPair.privateKey, { itemId: item.id, kind: item.kind, version, ciphertext }),
            wrappedKey: wrapKey(keys.masterKey, key, WRAP_PURPOSE.item),
            remainingReaders: [{ readerId: partner.id, wrappedKey: await sealKey(b64urlDecode(partner.encPublicKey), key, sealInfo(item.id)) }],
          };
          return () => ada.transport.raw('POST', `/api/items/${item.id}/unshare`, body);
        }),
      );
      const started = requests.map((send) => send());
      const leave = (round % 2 === 0 ? ben : ada).transport.raw('POST', '/api/couples/leave', {});
      await settle([...started, leave]);
      expect((await leave).status).toBe(204);
      expect(await keysAcross(ada, ben)).toBe(0);
      expect(await readableAcross(ada, ben)).toBe(0);
    }
  });
});
