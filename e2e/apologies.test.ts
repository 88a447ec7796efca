import { describe, expect, it } from 'vitest';
import { testDialects } from '../src/server/test/databases.js';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';
import { openFold } from './support/fold.js';

const hasBrowser = browserAvailable();
// The whole path runs on both databases (issue: "on both databases").
const dialects = hasBrowser ? await testDialects() : [];

describe.runIf(hasBrowser).each(dialects)('apologize: two partners in two browsers, on %s', (dialect) => {
  const suite = partnerSuite(dialect);
  const open = async (account: Account, viewport?: { width: number; height: number }) => {
    const person = await suite.open(account, '/practices/apologize', viewport);
    return person;
  };

  it('impact letter, what I heard, a coached apology, and an unpressured answer', async () => {
    const [samAccount, alexAccount] = await pairedAccounts(suite.server().url, ['Sam', 'Alex']);
    const sam = await open(samAccount);
    const alex = await open(alexAccount, { width: 1280, height: 800 });
    await sam.checkA11y();

    // Sam writes an impact letter and shares it; the letter waits folded until opened.
    await openFold(sam.page, 'letter-fold');
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
    await received.getByRole('button', { name: 'Write what I heard', exact: true }).click();
    await received.getByLabel('What I heard, in my own words', { exact: true }).fill('I heard that finding them broke your trust in yourself, not only in me.');
    await received.getByRole('button', { name: 'Share what I heard…' }).click();
    await alex.page.getByRole('dialog').getByRole('button', { name: /^(Send|Share)$/ }).click();
    await alex.checkA11y();

    // Sam sees what Alex heard, live, and answers.
    const heard = sam.page.getByTestId('heard-received');
    await expect.poll(() => heard.innerText(), { timeout: 10_000 }).toContain('broke your trust in yourself');
    await heard.getByRole('button', { name: 'Yes, you heard me' }).click();

    // Alex drafts an apology; the coach marks what undoes it, in his browser only.
    await openFold(alex.page, 'compose-fold');
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
