import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemsClient } from '../../../shared/client/index.js';
import { DraftSync, memoryDraftStore, parseDraftEnvelope, restoreDrafts, type DraftEnvelope } from '../../../web/lib/drafts.js';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.js';
import { itemsOf } from '../../test/items.js';
import { signUp } from '../../test/people.js';

const dialects = await testDialects();

/*
 * Issue 14, item 4 for drafts: a server that puts an older sealed draft back in its row (as
 * a malicious one could) is caught by the version sealed inside. The web app's restore keeps
 * the newer copy this device holds, or says so with the rollback notice.
 */
describe.each(dialects)('a draft rolled back on %s', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    app = await buildApp({ config: testConfig(), db: database.handle });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const rowOf = async (userId: string) => database.handle.db.selectFrom('drafts').select(['draft_key', 'ciphertext']).where('author_id', '=', userId).executeTakeFirstOrThrow();
  const rewrite = (userId: string, ciphertext: string) => database.handle.db.updateTable('drafts').set({ ciphertext }).where('author_id', '=', userId).execute();
  const restoreWith = (items: ItemsClient, store: ReturnType<typeof memoryDraftStore>, noticed: string[]) =>
    restoreDrafts<string>({
      store,
      server: () => items.drafts(),
      open: (key, c) => parseDraftEnvelope(items.openDraft<DraftEnvelope>(key, c), (b) => (typeof b === 'string' ? b : null)),
      version: (key, c) => items.openDraftVersioned(key, c)?.version ?? 0,
      onRolledBack: (key) => noticed.push(key),
      select: { keys: ['apology:compose'] },
    });

  /** Ada writes two versions through the drafts helper; the server then serves the first again. */
  async function writeTwiceThenRollBack() {
    const ada = await signUp(app, 'Ada');
    const items = await itemsOf(ada);
    const store = memoryDraftStore();
    const sync = new DraftSync({
      seal: (key, envelope) => items.sealDraft(key, envelope),
      store,
      remote: { put: (key, c) => items.putDraft(key, c), delete: (key) => items.deleteDraft(key) },
      online: () => true,
      delayMs: 0,
    });
    sync.change('apology:compose', 'I am sorry');
    await sync.flush('apology:compose');
    const older = (await rowOf(ada.me.user.id)).ciphertext;
    sync.change('apology:compose', 'I am sorry that I left without a word');
    await sync.flush('apology:compose');
    const newer = (await rowOf(ada.me.user.id)).ciphertext;
    expect(newer).not.toBe(older);
    await rewrite(ada.me.user.id, older);
    return { ada, items, store, sync, older, newer };
  }

  it('flags the older draft when listed', async () => {
    const { items, older, newer } = await writeTwiceThenRollBack();
    const listed = await items.drafts();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ key: 'apology:compose', ciphertext: older, rolledBack: true });
    expect(listed[0]!.version).toBeLessThan(items.openDraftVersioned('apology:compose', newer)!.version);
  });

  it('keeps the newer copy this device holds, and puts it back on the server', async () => {
    const { ada, items, store, sync, newer } = await writeTwiceThenRollBack();
    const noticed: string[] = [];
    const restored = await restoreWith(items, store, noticed);
    expect(restored.get('apology:compose')).toBe('I am sorry that I left without a word');
    expect(noticed).toEqual([]);
    await sync.syncPending();
    expect((await rowOf(ada.me.user.id)).ciphertext).toBe(newer);
    sync.close();
  });

  it('shows the older draft with the notice when this device kept no copy', async () => {
    const { items, sync } = await writeTwiceThenRollBack();
    const noticed: string[] = [];
    const restored = await restoreWith(items, memoryDraftStore(), noticed);
    expect(restored.get('apology:compose')).toBe('I am sorry');
    expect(noticed).toEqual(['apology:compose']);
    sync.close();
  });

  it('does not flag a draft written elsewhere after what this device saw', async () => {
    const { ada, items, sync, newer } = await writeTwiceThenRollBack();
    await rewrite(ada.me.user.id, newer);
    const phone = await itemsOf(ada);
    // The phone lists first (as every page does before writing), then writes the next version.
    expect(await phone.drafts()).toMatchObject([{ rolledBack: false }]);
    await phone.putDraft('apology:compose', phone.sealDraft('apology:compose', { savedAt: 0, body: 'from the phone' }));
    expect(await items.drafts()).toMatchObject([{ key: 'apology:compose', rolledBack: false }]);
    sync.close();
  });
});
