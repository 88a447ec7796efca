import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftsKey, encryptItem } from '../../../shared/crypto/index.js';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.js';
import { itemsOf } from '../../test/items.js';
import { signUp } from '../../test/people.js';

const dialects = await testDialects();

/*
 * Issue 14, item 6: a draft's key says what is being written ('apology:compose'). The server
 * stores, and its request log shows, only a keyed hash of it; drafts saved under the older
 * plain names still open and move to their hashed name when listed.
 */
describe.each(dialects)('draft names on %s', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const logs: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    app = await buildApp({ config: testConfig({ logLevel: 'info' }), db: database.handle, logStream: { write: (l) => logs.push(l) } });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const rowsOf = (userId: string) => database.handle.db.selectFrom('drafts').select(['draft_key', 'ciphertext']).where('author_id', '=', userId).execute();

  it('stores and logs a keyed hash of the draft key, never the key itself', async () => {
    const ada = await signUp(app, 'Ada');
    const items = await itemsOf(ada);
    logs.length = 0;
    await items.putDraft('apology:compose', items.sealDraft('apology:compose', { text: 'I am sorry that I' }));

    const rows = await rowsOf(ada.me.user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.draft_key).toBe(items.draftName('apology:compose'));
    expect(rows[0]!.draft_key).not.toContain('apology');
    const logged = logs.join('\n');
    expect(logged).toContain(`/api/drafts/${items.draftName('apology:compose')}`);
    expect(logged).not.toContain('apology');

    // Read back under its plain key, and only there.
    const listed = await items.drafts();
    expect(listed.map((d) => d.key)).toEqual(['apology:compose']);
    expect(items.openDraft('apology:compose', listed[0]!.ciphertext)).toEqual({ text: 'I am sorry that I' });
    expect(items.openDraft('apology:revise', listed[0]!.ciphertext)).toBeNull();

    // Another person's name for the same key is another hash: names cannot be compared across accounts.
    expect((await itemsOf(await signUp(app, 'Ben'))).draftName('apology:compose')).not.toBe(rows[0]!.draft_key);

    logs.length = 0;
    await items.deleteDraft('apology:compose');
    expect(await rowsOf(ada.me.user.id)).toEqual([]);
    expect(logs.join('\n')).not.toContain('apology');
  });

  it('opens a draft saved under its plain key before, and moves it to the hashed name', async () => {
    const ada = await signUp(app, 'Ada');
    const items = await itemsOf(ada);
    // Sealed as the older client sealed it: bound to the plain key, the body bare.
    const dk = draftsKey(ada.client.keys.masterKey);
    const older = encryptItem(dk, { itemId: 'draft:reflection:what_happened', kind: 'draft', version: 0, coupleId: null, authorId: ada.me.user.id }, JSON.stringify({ text: 'from before' }));
    const put = await ada.transport.raw('PUT', '/api/drafts/reflection:what_happened', { ciphertext: older });
    expect(put.status).toBe(200);
    expect(items.openDraft('reflection:what_happened', older)).toEqual({ text: 'from before' });

    const listed = await items.drafts();
    expect(listed.map((d) => d.key)).toEqual(['reflection:what_happened']);
    expect(items.openDraft('reflection:what_happened', listed[0]!.ciphertext)).toEqual({ text: 'from before' });
    const rows = await rowsOf(ada.me.user.id);
    expect(rows.map((r) => r.draft_key)).toEqual([items.draftName('reflection:what_happened')]);
  });

  it('leaves out a hashed row the server moved under another name', async () => {
    const ada = await signUp(app, 'Ada');
    const items = await itemsOf(ada);
    await items.putDraft('note:new', items.sealDraft('note:new', { text: 'a note' }));
    await database.handle.db.updateTable('drafts').set({ draft_key: items.draftName('apology:compose') }).where('author_id', '=', ada.me.user.id).execute();
    expect(await items.drafts()).toEqual([]);
  });
});
