import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonPage } from './page-models/person.js';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable, launchBrowser } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('apologize: two partners in two browsers', () => {
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

  async function open(account: Account, viewport?: { width: number; height: number }): Promise<PersonPage> {
    const person = await PersonPage.open(browser, server.url, account.name, viewport);
    people.push(person);
    await person.signIn(account.email, account.password);
    await person.page.waitForURL('**/today', { timeout: 30_000 });
    await person.goto('/practices/apologize');
    await person.page.getByRole('heading', { level: 1 }).waitFor();
    return person;
  }

  it('impact letter, what I heard, a coached apology, and an unpressured answer', async () => {
    const [samAccount, alexAccount] = await pairedAccounts(server.url, ['Sam', 'Alex']);
    const sam = await open(samAccount);
    const alex = await open(alexAccount, { width: 1280, height: 800 });
    await sam.checkA11y();

    // Sam writes an impact letter and shares it.
    const letter = sam.page.getByTestId('impact-letter');
    await letter.getByLabel('What happened to me', { exact: true }).fill('I found the messages on a Sunday morning.');
    await letter.getByLabel('How it hurt', { exact: true }).fill('I stopped trusting my own memory.');
    await letter.getByLabel('What I need', { exact: true }).fill('Honest answers, and time.');
    await letter.getByRole('button', { name: 'Save', exact: true }).click();
    await letter.getByRole('button', { name: 'Share with Alex…' }).click();
    await sam.page.getByRole('dialog').getByRole('button', { name: 'Share', exact: true }).click();

    // Alex receives it live and first says what he heard.
    const received = alex.page.getByTestId('impact-letter-received');
    await expect.poll(() => received.innerText(), { timeout: 10_000 }).toContain('I stopped trusting my own memory.');
    await received.getByRole('button', { name: 'What I heard', exact: true }).click();
    await received.getByLabel('What I heard, in my own words', { exact: true }).fill('I heard that finding them broke your trust in yourself, not only in me.');
    await received.getByRole('button', { name: 'Share what I heard…' }).click();
    await alex.page.getByRole('dialog').getByRole('button', { name: /^(Send|Share)$/ }).click();
    await alex.checkA11y();

    // Sam sees what Alex heard, live, and answers.
    const heard = sam.page.getByTestId('heard-received');
    await expect.poll(() => heard.innerText(), { timeout: 10_000 }).toContain('broke your trust in yourself');
    await heard.getByRole('button', { name: 'Yes, you heard me' }).click();

    // Alex drafts an apology; the coach marks what undoes it, in his browser only.
    const composer = alex.page.getByTestId('apology-composer');
    await composer.getByLabel('Your apology', { exact: true }).fill("I'm sorry if I hurt you, but you were never home. It was just texting.");
    const coach = alex.page.getByTestId('coach');
    await coach.getByTestId('coach-flag-conditional').waitFor({ timeout: 5000 });
    expect(await coach.getByTestId('coach-flag-minimizing').count()).toBe(1);
    expect(await coach.innerText()).not.toMatch(/\d+\s*%|score/i);
    await alex.checkA11y();

    const better =
      'I lied to you about the messages, and that is on me. I know finding them made you doubt your own memory. I am deeply sorry. From now on I will answer any question you ask, honestly.';
    await composer.getByLabel('Your apology', { exact: true }).fill(better);
    await coach.getByTestId('coach-part-responsibility').waitFor();
    expect(await coach.getByTestId('coach-flag-conditional').count()).toBe(0);
    await alex.page.getByRole('button', { name: 'Send to Sam…' }).click();
    const send = alex.page.getByRole('dialog');
    expect(await send.innerText()).toMatch(/not the coaching/i);
    await send.getByRole('button', { name: 'Send', exact: true }).click();

    // Sam reads the words only — never the coaching — and may answer, or not.
    const got = sam.page.getByTestId('partner-apology').first();
    await expect.poll(() => got.innerText(), { timeout: 10_000 }).toContain('that is on me');
    const samMain = await sam.page.locator('main').innerText();
    expect(samMain).not.toMatch(/Taking responsibility|Words that may land differently/);
    expect(samMain).toMatch(/don't need to answer|do not need to answer/i);
    await got.getByRole('button', { name: 'I hear you', exact: true }).click();
    await alex.page.getByText(/Sam: I hear you/).waitFor({ timeout: 10_000 });
    await sam.checkA11y();

    for (const p of [sam, alex]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });
});
