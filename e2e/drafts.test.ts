import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { isOpen, openFold } from './support/fold.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('drafts: nothing typed is lost', () => {
  const suite = partnerSuite();
  const fieldOf = (page: Page) => page.getByTestId('reflection-section-afraid_of').getByLabel("What I'm afraid of", { exact: true });

  it('keeps the words typed just before a reload', async () => {
    const [account] = await pairedAccounts(suite.server().url, ['Ines', 'Jon']);
    const ines = await suite.open(account, '/practices/understand');
    // Parts not started wait folded until opened.
    await ines.page.getByTestId('reflection-more-everyone').locator('summary').click();
    const field = fieldOf(ines.page);
    await field.fill('That it will happen again');
    await expect.poll(() => ines.page.getByTestId('draft-status-afraid_of').innerText(), { timeout: 10_000 }).toMatch(/draft/i);

    // The last words go in, and the page reloads at once: no pause for the draft to be written.
    await field.pressSequentially(', and that I will not see it coming');
    await ines.page.reload();
    const restored = fieldOf(ines.page);
    await expect.poll(() => restored.inputValue(), { timeout: 15_000 }).toBe('That it will happen again, and that I will not see it coming');

    // What this browser kept to survive the reload is sealed: the words are nowhere in its storage.
    const stored = await ines.page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('see it coming');
    expect(stored).not.toContain('happen again');

    // Once the words are stored for good, the quick copy kept for the reload is gone.
    await expect
      .poll(() => ines.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mend.draftJournal'))), { timeout: 15_000 })
      .toEqual([]);
  });

  it('a draft kept on this device through a server outage reaches the server once it answers again', async () => {
    const [account] = await pairedAccounts(suite.server().url, ['Kit', 'Lou']);
    const kit = await suite.open(account, '/practices/understand');
    await kit.page.getByTestId('reflection-more-everyone').locator('summary').click();
    const status = kit.page.getByTestId('draft-status-afraid_of');

    // The server stops answering (the browser still thinks it is online).
    const away = '**/api/drafts/**';
    await kit.page.route(away, (route) => route.abort('connectionrefused'));
    await fieldOf(kit.page).fill('Written while Mend was away');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/on this device/i);

    // It answers again: no keystroke, no reload — the draft goes through on its own.
    await kit.page.unroute(away);
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/^Saved as a draft\s*$/);

    // Offline, then online again: the same.
    await kit.context.setOffline(true);
    await fieldOf(kit.page).fill('Written on the train');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/on this device/i);
    await kit.context.setOffline(false);
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/^Saved as a draft\s*$/);

    const { ItemsClient } = await import('../src/shared/client/index.js');
    const items = new ItemsClient(account.client, () => null);
    await account.client.signin({ email: account.email, password: account.password });
    const drafts = await items.drafts();
    const d = drafts.find((x) => x.key.includes('afraid_of'));
    expect(d ? JSON.stringify(items.openDraft(d.key, d.ciphertext)) : '').toContain('Written on the train');
  });
  it('a folded form with words in it opens by itself after a reload; an empty one stays folded', async () => {
    const [account] = await pairedAccounts(suite.server().url, ['Pia', 'Rex']);
    const pia = await suite.open(account, '/practices/apologize');
    /** Opens a fold, types into one of its fields, and waits until the words are kept. */
    const write = async (foldId: string, field: (fold: Locator) => Locator, words: string) => {
      const fold = await openFold(pia.page, foldId);
      await field(fold).fill(words);
      await fold.getByText('Saved as a draft').first().waitFor({ timeout: 10_000 });
    };
    const folds = async (ids: string[]) => Promise.all(ids.map((id) => isOpen(pia.page.getByTestId(id))));

    await write('compose-fold', (f) => f.getByLabel('Your apology', { exact: true }), 'I am sorry for the messages.');
    await write('values-fold', (f) => f.getByLabel(/A few lines on why/), 'Honesty is who I want to be.');
    await pia.page.reload();
    await pia.page.getByTestId('compose-fold').waitFor();
    expect(await folds(['compose-fold', 'values-fold', 'letter-fold'])).toEqual([true, true, false]);
    expect(await pia.page.getByLabel('Your apology', { exact: true }).inputValue()).toBe('I am sorry for the messages.');

    await pia.goto('/practices/agreements');
    await write('propose-fold', (f) => f.getByLabel('A short name', { exact: true }), 'Saying when I am late');
    await write('suggest-fold', (f) => f.getByLabel('Topic', { exact: true }), 'Our evenings');
    await pia.page.reload();
    await pia.page.getByTestId('propose-fold').waitFor();
    expect(await folds(['propose-fold', 'suggest-fold'])).toEqual([true, true]);

    await pia.goto('/practices/understand/questions');
    await write('ask-fold', (f) => f.getByLabel("What you'd like to know", { exact: true }), 'When did it start?');
    await pia.page.reload();
    await pia.page.getByTestId('ask-fold').waitFor();
    expect(await folds(['ask-fold', 'disclosure-fold'])).toEqual([true, false]);
    await pia.checkA11y();
    expect(pia.axeFindings).toEqual([]);
  });
});
