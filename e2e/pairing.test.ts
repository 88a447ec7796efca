import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEUTRAL_SITE, PersonPage } from './page-models/person.js';
import { browserAvailable, launchBrowser } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const ADA_EMAIL = 'ada@example.org';
const BEN_EMAIL = 'ben@example.org';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('two partners in two browsers', () => {
  let server: RunningServer;
  let browser: Browser;
  const people: PersonPage[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const p of people) await p.context.close();
    await browser?.close();
    await server?.stop();
  });

  it('sign up, pair through the invite link, see each other live, and compare safety codes', async () => {
    const ada = await PersonPage.open(browser, server.url, 'Ada');
    const ben = await PersonPage.open(browser, server.url, 'Ben');
    people.push(ada, ben);

    // Ada reads the welcome and signs up.
    await ada.goto('/');
    await expect.poll(() => ada.page.getByRole('heading', { level: 1 }).innerText()).toBeTruthy();
    const welcome = await ada.page.locator('main').innerText();
    expect(welcome).toMatch(/end-to-end encrypted/i);
    expect(welcome).toMatch(/recovery key/i);
    await ada.checkA11y();
    await ada.signUpFromHere(ADA_EMAIL, 'a long and private passphrase');
    await ada.page.waitForURL('**/today');
    await ada.checkA11y();

    // She starts the couple space (told first what leaving does) and makes an invite link.
    expect(await ada.page.locator('main').innerText()).toMatch(/access to each other's writing ends at once, and you each keep what you wrote/);
    await ada.page.getByRole('button', { name: /Start/ }).first().click();
    await ada.page.getByRole('button', { name: 'Create an invite link' }).click();
    const inviteUrl = await ada.page.getByTestId('invite-url').inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${server.url}/join#[A-Za-z0-9_-]{43}$`));
    await ada.checkA11y();
    await ada.goto('/couple');
    await ada.page.getByRole('heading', { name: /Invite your partner/i }).waitFor();

    // Ben opens the link, creates his account and joins.
    await ben.page.goto(inviteUrl);
    await ben.page.getByText(/Ada invited you/i).first().waitFor();
    expect(await ben.page.locator('main').innerText()).toMatch(/access to each other's writing ends at once, for both of you; you each keep what you wrote/);
    await ben.checkA11y();
    await ben.signUpFromHere(BEN_EMAIL, 'another private passphrase');
    await ben.page.getByTestId('partner-name').first().waitFor({ timeout: 30_000 });
    expect(await ben.page.getByTestId('partner-name').first().innerText()).toContain('Ada');

    // Ada sees "You and Ben" without reloading.
    await ada.page.getByTestId('partner-name').first().waitFor({ timeout: 10_000 });
    expect(await ada.page.getByTestId('partner-name').first().innerText()).toContain('You and Ben');

    // Both compare safety codes: the same 20 digits on both screens.
    await ben.goto('/couple');
    const codeA = (await ada.page.getByTestId('safety-code').innerText()).replace(/\s+/g, '');
    const codeB = (await ben.page.getByTestId('safety-code').innerText()).replace(/\s+/g, '');
    expect(codeA).toMatch(/^\d{20}$/);
    expect(codeA).toBe(codeB);
    await ada.checkA11y();
    await ben.checkA11y();

    // A changed partner key shows a warning. Ada's device pinned Ben's keys on first sight (the
    // button waits for that check); then the server shows other keys as Ben's (here: Ada's own).
    await expect.poll(() => ada.page.getByRole('button', { name: 'We compared — it matches' }).isEnabled(), { timeout: 10_000 }).toBe(true);
    const db = server.database.handle.db;
    const adaKeys = await db.selectFrom('users').select(['enc_public_key', 'sign_public_key']).where('email', '=', ADA_EMAIL).executeTakeFirstOrThrow();
    await db.updateTable('users').set(adaKeys).where('email', '=', BEN_EMAIL).execute();
    await ada.page.reload();
    await ada.page.getByTestId('key-changed-warning').waitFor({ timeout: 10_000 });
    expect(await ada.page.getByTestId('key-changed-warning').innerText()).toMatch(/Ben/);

    // Ben leaves; Ada's page changes live.
    await ben.page.getByRole('button', { name: 'Leave the couple' }).first().click();
    await ben.page.getByRole('dialog').getByRole('button', { name: /Leave/ }).click();
    await ada.page.getByTestId('partner-name').waitFor({ state: 'detached', timeout: 10_000 });

    for (const p of [ada, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests, `requests that left the server for ${p.name}`).toEqual([]);
    }
  });

  it('quick exit leaves at once for a neutral site, by button and by Escape three times', async () => {
    const cy = await PersonPage.open(browser, server.url, 'Cy');
    people.push(cy);
    await cy.goto('/safety');
    await cy.checkA11y();
    const started = Date.now();
    await cy.page.getByTestId('quick-exit').click();
    await cy.page.waitForURL(`${NEUTRAL_SITE}**`);
    expect(Date.now() - started).toBeLessThan(3000);

    await cy.goto('/');
    await cy.page.getByRole('heading', { level: 1 }).waitFor();
    const lengthBefore = await cy.page.evaluate(() => history.length);
    await cy.page.locator('main').click();
    for (let i = 0; i < 3; i++) await cy.page.keyboard.press('Escape');
    await cy.page.waitForURL(`${NEUTRAL_SITE}**`);
    // The exit replaced Mend's page in history instead of adding an entry after it.
    expect(await cy.page.evaluate(() => history.length)).toBe(lengthBefore);
    expect(cy.axeFindings).toEqual([]);
  });

  it('works at desktop width and by keyboard', async () => {
    const dee = await PersonPage.open(browser, server.url, 'Dee', { width: 1280, height: 800 });
    people.push(dee);
    await dee.goto('/');
    await dee.page.getByRole('heading', { level: 1 }).waitFor();
    // The first Tab reaches the quick exit, the second the skip link.
    await dee.page.keyboard.press('Tab');
    expect(await dee.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('quick-exit');
    await dee.page.keyboard.press('Tab');
    expect(await dee.page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/skip/i);
    await dee.checkA11y();
    for (const path of ['/signin', '/recover', '/safety', '/signup']) {
      await dee.goto(path);
      await dee.page.getByRole('heading', { level: 1 }).waitFor();
      await dee.checkA11y();
    }
    expect(dee.axeFindings).toEqual([]);
    expect(dee.outsideRequests).toEqual([]);
  });
});
