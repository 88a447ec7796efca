import { describe, expect, it } from 'vitest';
import { testDialects } from '../src/server/test/databases.js';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';
import { openFold } from './support/fold.js';

const hasBrowser = browserAvailable();
// The whole path runs on both databases (issue: "on both databases").
const dialects = hasBrowser ? await testDialects() : [];

describe.runIf(hasBrowser).each(dialects)('questions and answers, and hard moments, in two browsers, on %s', (dialect) => {
  const suite = partnerSuite(dialect);

  it('ask at your own pace, answer honestly, pause for today', async () => {
    const [alexAccount, samAccount]: [Account, Account] = await pairedAccounts(suite.server().url, ['Alex', 'Sam']);
    const alex = await suite.open(alexAccount, '/practices/understand/questions');
    const sam = await suite.open(samAccount, '/practices/understand/questions', { width: 1280, height: 800 });
    await alex.checkA11y();

    await openFold(alex.page, 'ask-fold');
    await alex.page.getByRole('radio', { name: 'Timeline and scope' }).check();
    await alex.page.getByLabel("What you'd like to know", { exact: true }).fill('When did it start?');
    await alex.page.getByRole('button', { name: 'Ask Sam…' }).first().click();
    await alex.page.getByRole('dialog').getByRole('button', { name: 'Ask', exact: true }).click();

    const asked = sam.page.getByTestId('asked-question').first();
    await expect.poll(() => asked.innerText(), { timeout: 10_000 }).toContain('When did it start?');
    await asked.getByLabel('Your answer', { exact: true }).fill('In March, after the conference.');
    await asked.getByRole('button', { name: 'Share my answer…' }).click();
    await sam.page.getByRole('dialog').getByRole('button', { name: 'Share', exact: true }).click();
    await sam.checkA11y();

    await expect.poll(() => alex.page.locator('main').innerText(), { timeout: 10_000 }).toContain('In March, after the conference.');
    // No way to quote or export an answer.
    expect(await alex.page.getByRole('button', { name: /copy|quote|export/i }).count()).toBe(0);

    await alex.page.getByRole('button', { name: 'Pause for today' }).click();
    await sam.page.getByTestId('qa-paused').waitFor({ timeout: 10_000 });
    expect(await sam.page.getByLabel('Your answer', { exact: true }).count()).toBe(0);
    await alex.page.getByRole('button', { name: 'Resume' }).click();
    await sam.page.getByTestId('qa-paused').waitFor({ state: 'detached', timeout: 10_000 });
    await alex.checkA11y();

    for (const p of [alex, sam]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });

  it('a trigger stays private; a hard-moment message gets a reply in the partner’s own words', async () => {
    const [aAccount, bAccount] = await pairedAccounts(suite.server().url, ['Kai', 'Lee']);
    const kai = await suite.open(aAccount, '/moments');
    const lee = await suite.open(bAccount, '/moments');

    await kai.page.getByLabel('What set it off', { exact: true }).fill('A song in the supermarket');
    await kai.page.getByRole('button', { name: 'Save privately' }).click();
    await expect.poll(() => kai.page.getByTestId('trigger-log').innerText(), { timeout: 10_000 }).toContain('A song in the supermarket');
    await kai.checkA11y();

    await kai.page.getByRole('button', { name: "Let Lee know I'm having a hard moment" }).click();
    await kai.page.getByLabel('Your message to Lee', { exact: true }).waitFor();
    await kai.page.getByRole('button', { name: 'Send', exact: true }).click();

    const received = lee.page.getByTestId('hard-moment-received').first();
    await received.waitFor({ timeout: 10_000 });
    // The trigger itself never reaches Lee.
    expect(await lee.page.locator('main').innerText()).not.toContain('supermarket');
    await received.getByRole('button', { name: 'Use this as a start' }).click();
    const reply = received.getByLabel('Your reply, in your own words', { exact: true });
    expect(await reply.inputValue()).toMatch(/I'm here/);
    await reply.fill("Thank you for telling me. I'm here. Do you want me to call?");
    await received.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => kai.page.locator('main').innerText(), { timeout: 10_000 }).toContain('Do you want me to call?');
    await lee.checkA11y();

    for (const p of [kai, lee]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });
});
