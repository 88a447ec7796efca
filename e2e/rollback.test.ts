import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ItemsClient } from '../src/shared/client/index.js';
import { testDialects } from '../src/server/test/databases.js';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';

/*
 * Issue 14, item 4, in the browser: a server that sends back an older version of something
 * the partner already read on this device. The page keeps showing the words (they are still
 * the author's), and one calm notice says plainly that they are older than what was seen.
 */

const hasBrowser = browserAvailable();
const dialects = hasBrowser ? await testDialects() : [];
const SHOTS = '/tmp/shots/rollback';

describe.runIf(hasBrowser).each(dialects)('an item rolled back by the server, on %s', (dialect) => {
  const suite = partnerSuite(dialect);

  it('shows a calm notice on the device that had seen the newer version', async () => {
    const [adaAccount, benAccount] = await pairedAccounts(suite.server().url, ['Ada', 'Ben']);
    const partner = (await adaAccount.client.currentCouple())!.partner!;
    const items = new ItemsClient(adaAccount.client, () => partner);
    const entry = await items.share(await items.create('journal_entry', { text: 'A walk by the river.', writtenOn: '2026-03-01' }, {}), partner);
    await items.update(entry, { text: 'A walk by the river, and we talked the whole way.', writtenOn: '2026-03-01' });

    const ben = await suite.open(benAccount, '/practices/closeness/journal');
    const main = ben.page.locator('main');
    await expect.poll(() => main.innerText(), { timeout: 15_000 }).toContain('we talked the whole way');
    expect(await ben.page.locator('.rollback-notice').count()).toBe(0);

    // Someone with the server's database puts version 1 back (a genuine, but older, signature).
    const db = suite.server().database.handle.db;
    const v1 = await db.selectFrom('item_versions').selectAll().where('item_id', '=', entry.id).where('version', '=', 1).executeTakeFirstOrThrow();
    await db.updateTable('items').set({ version: 1, ciphertext: v1.ciphertext, signature: v1.signature }).where('id', '=', entry.id).execute();

    await ben.page.reload();
    const notice = ben.page.locator('.rollback-notice');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.innerText()).toContain('This is older than the version you saw on this device.');
    expect(await notice.getAttribute('data-rolled-back')).toBe(entry.id);
    await expect.poll(() => main.innerText()).toContain('A walk by the river.');
    await ben.checkA11y();
    mkdirSync(SHOTS, { recursive: true });
    await ben.page.screenshot({ path: `${SHOTS}/${dialect}-phone.png`, fullPage: false });
    await ben.page.setViewportSize({ width: 1280, height: 800 });
    await ben.page.screenshot({ path: `${SHOTS}/${dialect}-desktop.png`, fullPage: false });

    // Another device, which never saw version 2, has nothing to compare with: no notice there.
    const benElsewhere = await suite.open(benAccount, '/practices/closeness/journal', { width: 1280, height: 800 });
    await expect.poll(() => benElsewhere.page.locator('main').innerText(), { timeout: 15_000 }).toContain('A walk by the river.');
    expect(await benElsewhere.page.locator('.rollback-notice').count()).toBe(0);

    for (const p of [ben, benElsewhere]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });
});
