import { describe, expect, it } from 'vitest';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('prompt of the day: two partners in two browsers', () => {
  const suite = partnerSuite();
  const open = async (account: Account, viewport?: { width: number; height: number }) => {
    const person = await suite.open(account, '/practices/closeness', viewport);
    await person.page.getByTestId('prompt-text').waitFor({ timeout: 15_000 });
    return person;
  };

  it('both answer privately; the answers appear together, live, only when both have answered', async () => {
    const [adaAccount, benAccount] = await pairedAccounts(suite.server().url, ['Eve', 'Finn']);
    const eve = await open(adaAccount);
    const finn = await open(benAccount, { width: 1280, height: 800 });
    // The same prompt on both screens, each naming the other ("What do you admire in {partner}?").
    const neutral = (text: string) => text.replace(/\b(Eve|Finn)\b/g, '{partner}');
    expect(neutral(await eve.page.getByTestId('prompt-text').innerText())).toBe(neutral(await finn.page.getByTestId('prompt-text').innerText()));
    await eve.checkA11y();
    await finn.checkA11y();

    await eve.page.getByLabel('Your answer', { exact: true }).fill('The evening we got lost and laughed about it');
    await eve.page.getByRole('button', { name: 'Save my answer' }).click();
    await eve.page.getByTestId('prompt-waiting').waitFor();
    // Finn's page says nothing about Eve having answered…
    expect(await finn.page.getByTestId('partner-answer').count()).toBe(0);
    expect(await finn.page.locator('main').innerText()).not.toContain('got lost');
    // …unless Eve chooses to tell him.
    await eve.page.getByRole('button', { name: /Let Finn know I've answered/ }).click();
    await finn.page.getByTestId('prompt-nudged').waitFor({ timeout: 10_000 });
    await eve.checkA11y();

    await finn.page.getByLabel('Your answer', { exact: true }).fill('Dancing in the kitchen last winter');
    await finn.page.getByRole('button', { name: 'Save my answer' }).click();
    // Both see both, Eve without reloading.
    await expect.poll(() => finn.page.getByTestId('partner-answer').innerText(), { timeout: 10_000 }).toContain('got lost');
    await expect.poll(() => eve.page.getByTestId('partner-answer').innerText(), { timeout: 10_000 }).toContain('Dancing in the kitchen');

    // A brief reply after the reveal.
    await eve.page.getByRole('button', { name: 'Thank you for sharing' }).click();
    await finn.page.getByText(/Eve: Thank you for sharing/).waitFor({ timeout: 10_000 });
    await finn.checkA11y();

    for (const p of [eve, finn]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });
});
