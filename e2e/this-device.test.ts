import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { openFold } from './support/fold.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('a plain tab title on this device', () => {
  const suite = partnerSuite();

  it('says “Notes” with a plain icon on every page until turned off, across reloads and sign-out', async () => {
    const [adaAccount] = await pairedAccounts(suite.server().url, ['Ada', 'Ben']);
    const p = await suite.open(adaAccount, '/settings');
    const title = () => p.page.evaluate(() => document.title);
    const icon = () => p.page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.getAttribute('href'));
    expect(await title()).toBe('Mend');
    await openFold(p.page, 'settings-devices');
    const card = p.page.getByTestId('this-device-card');
    await card.scrollIntoViewIfNeeded();
    await card.getByRole('checkbox').check();
    expect(await title()).toBe('Notes');
    expect(await icon()).toBe('/icon-neutral.svg');
    await p.checkA11y();
    mkdirSync('/tmp/shots', { recursive: true });
    await card.screenshot({ path: '/tmp/shots/this-device-card.png' });

    for (const path of ['/safety', '/practices/apologize', '/couple', '/today']) {
      await p.goto(path);
      await p.page.getByRole('heading', { level: 1 }).waitFor();
      expect(await title(), path).toBe('Notes');
    }
    await p.page.reload();
    await p.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await title()).toBe('Notes');
    expect(await icon()).toBe('/icon-neutral.svg');
    await p.signOut();
    await p.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await title()).toBe('Notes');

    await p.signIn(adaAccount.email, adaAccount.password);
    await p.page.waitForURL('**/today', { timeout: 30_000 });
    await p.goto('/settings');
    await openFold(p.page, 'settings-devices');
    await p.page.getByTestId('this-device-card').getByRole('checkbox').uncheck();
    expect(await title()).toBe('Mend');
    expect(await icon()).toBe('/icon.svg');
    await p.page.reload();
    await p.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await title()).toBe('Mend');

    expect(p.axeFindings, 'axe findings').toEqual([]);
    expect(p.outsideRequests, 'requests that left the server').toEqual([]);
  });
});
