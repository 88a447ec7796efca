import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
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
});
