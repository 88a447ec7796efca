import { describe, expect, it } from 'vitest';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { openFold } from './support/fold.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('reflections: two partners in two browsers', () => {
  const suite = partnerSuite();
  const open = async (account: Account, viewport?: { width: number; height: number }) => {
    const person = await suite.open(account, '/practices/understand', viewport);
    return person;
  };

  it('write privately, share with a preview, see it live, acknowledge, and stop sharing', async () => {
    const [adaAccount, benAccount] = await pairedAccounts(suite.server().url);
    const ada = await open(adaAccount);
    const ben = await open(benAccount, { width: 1280, height: 800 });
    await ada.checkA11y();
    await ben.checkA11y();

    const section = ada.page.getByTestId('reflection-section-what_happened');
    await section.getByRole('radio', { name: 'Broken promises' }).check();
    await section.getByLabel('What happened', { exact: true }).fill('I kept saying I would be home and I was not.');
    await section.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => ada.page.getByTestId('draft-status-what_happened').innerText()).toMatch(/^Saved\s*$/);
    // Private: Ben sees nothing of it.
    expect(await ben.page.getByTestId('partner-reflection-what_happened').count()).toBe(0);

    // Share, after seeing exactly who will read it.
    await section.getByRole('button', { name: 'Share with Ben…' }).click();
    const dialog = ada.page.getByRole('dialog');
    expect(await dialog.innerText()).toMatch(/Ben will be able to read/);
    await ada.checkA11y();
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    const onBen = ben.page.getByTestId('partner-reflection-what_happened');
    await onBen.waitFor({ timeout: 10_000 });
    expect(await onBen.innerText()).toContain('I kept saying I would be home and I was not.');
    expect(await onBen.innerText()).toContain('Broken promises');
    await ben.checkA11y();

    // Ben answers kindly; nothing is demanded of him, and Ada sees it live.
    expect(await ben.page.locator('main').innerText()).toMatch(/don't have to reply/i);
    // The answer waits folded until Ben opens it.
    await openFold(onBen, 'reply-fold-what_happened');
    await onBen.getByRole('button', { name: 'Thank you for telling me' }).click();
    await ada.page.getByText('Ben: Thank you for telling me').waitFor({ timeout: 10_000 });

    // Words that look like markup are shown as words, never run (INPUT-03).
    // Parts not started wait folded; opening them shows the rest.
    await ada.page.getByTestId('reflection-more-everyone').locator('summary').click();
    const hope = ada.page.getByTestId('reflection-section-hope_for');
    const markup = '<img src=x onerror="window.__mendXss=1"><script>window.__mendXss=2</script>';
    await hope.getByLabel('What I hope for', { exact: true }).fill(markup);
    await hope.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => ada.page.getByTestId('draft-status-hope_for').innerText()).toMatch(/^Saved\s*$/);
    await hope.getByRole('button', { name: 'Share with Ben…' }).click();
    await ada.page.getByRole('dialog').getByRole('button', { name: 'Share', exact: true }).click();
    const hopeOnBen = ben.page.getByTestId('partner-reflection-hope_for');
    await hopeOnBen.waitFor({ timeout: 10_000 });
    expect(await hopeOnBen.innerText()).toContain('<img src=x');
    expect(await ben.page.evaluate(() => (window as unknown as { __mendXss?: number }).__mendXss)).toBeUndefined();

    // Stop sharing: it disappears from Ben's page without a reload.
    await section.getByRole('button', { name: 'Stop sharing' }).click();
    const stop = ada.page.getByRole('dialog');
    expect(await stop.innerText()).toMatch(/cannot be unread|can't be unread/i);
    await stop.getByRole('button', { name: 'Stop sharing' }).click();
    await onBen.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await hopeOnBen.count()).toBe(1);

    // The author keeps the history.
    await section.getByText('Earlier versions').click();
    await expect.poll(() => section.locator('details').filter({ hasText: 'Earlier versions' }).innerText(), { timeout: 10_000 }).toContain('I kept saying I would be home');

    for (const p of [ada, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });

  it('a draft survives a lost connection and a closed page, then reaches the server', async () => {
    const [adaAccount] = await pairedAccounts(suite.server().url, ['Cleo', 'Dan']);
    const ada = await open(adaAccount);
    const field = () => ada.page.getByTestId('reflection-section-afraid_of').getByLabel("What I'm afraid of", { exact: true });
    await ada.page.getByTestId('reflection-more-everyone').locator('summary').click();
    await field().fill('That it will happen again');
    await expect.poll(() => ada.page.getByTestId('draft-status-afraid_of').innerText(), { timeout: 10_000 }).toMatch(/draft/i);

    await ada.context.setOffline(true);
    await field().fill('That it will happen again, and that I will not see it coming');
    await expect.poll(() => ada.page.getByTestId('draft-status-afraid_of').innerText(), { timeout: 10_000 }).toMatch(/on this device/i);
    await ada.page.close();

    // Back online, a new page: the words are there, restored from this device.
    await ada.context.setOffline(false);
    const page = await ada.context.newPage();
    await page.goto(`${suite.server().url}/practices/understand`);
    const restored = page.getByTestId('reflection-section-afraid_of').getByLabel("What I'm afraid of", { exact: true });
    await expect.poll(() => restored.inputValue(), { timeout: 15_000 }).toBe('That it will happen again, and that I will not see it coming');

    // And the server now holds the newer draft — as ciphertext only, under a hashed name.
    const userId = (await suite.server().database.handle.db.selectFrom('users').select('id').where('email', '=', adaAccount.email).executeTakeFirstOrThrow()).id;
    const { ItemsClient } = await import('../src/shared/client/index.js');
    await adaAccount.client.signin({ email: adaAccount.email, password: adaAccount.password });
    const items = new ItemsClient(adaAccount.client, () => null);
    const { draftKey } = await import('../src/web/features/reflections/sections.js');
    await expect
      .poll(async () => {
        const rows = await suite.server().database.handle.db.selectFrom('drafts').select(['draft_key', 'ciphertext']).where('author_id', '=', userId).execute();
        expect(rows.map((r) => r.draft_key).join(' ')).not.toContain('afraid_of');
        const row = rows.find((r) => r.draft_key === items.draftName(draftKey('afraid_of')));
        return row ? row.ciphertext.length : 0;
      }, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const drafts = await items.drafts();
        const d = drafts.find((x) => x.key.includes('afraid_of'));
        return d ? JSON.stringify(items.openDraft(d.key, d.ciphertext)) : '';
      }, { timeout: 15_000 })
      .toContain('I will not see it coming');
  });
});
