import { describe, expect, it } from 'vitest';
import { NEUTRAL_SITE, type PersonPage } from './page-models/person.js';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();

/** The test id of whatever has the keyboard focus (or its text when it has none). */
const focused = (p: PersonPage) =>
  p.page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-testid') ?? el?.textContent?.trim() ?? '';
  });

describe.runIf(hasBrowser)('quick exit is always in reach, and never where Enter lands by default', () => {
  const suite = partnerSuite();

  it('Enter twice in a dialog does what the dialog says; quick exit is the first Tab and Escape three times still leaves', async () => {
    const [anaAccount] = await pairedAccounts(suite.server().url, ['Ana', 'Ben']);
    const ana = await suite.open(anaAccount, '/practices/notes');

    // Enter on "Send…", then Enter again in the dialog: the note goes, and Ana stays in Mend.
    await ana.page.getByLabel('Your note to Ben', { exact: true }).fill('Thank you for walking with me tonight.');
    const send = ana.page.getByRole('button', { name: 'Send to Ben…' });
    // Sending waits until Ben's keys are checked against Ana's pins (a moment on first use).
    await expect.poll(() => send.isEnabled()).toBe(true);
    await send.focus();
    await ana.page.keyboard.press('Enter');
    const dialog = ana.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await focused(ana)).not.toBe('quick-exit-dialog');
    await ana.page.keyboard.press('Enter');
    await expect.poll(() => ana.page.getByTestId('sent-note').first().innerText(), { timeout: 10_000 }).toContain('walking with me');
    expect(ana.page.url()).toContain('/practices/notes');

    // Where something can't be undone, Enter keeps things as they are.
    await ana.goto('/couple');
    await ana.page.getByRole('button', { name: 'Leave the couple' }).first().click();
    await dialog.waitFor();
    expect(await focused(ana)).not.toBe('quick-exit-dialog');
    expect(await ana.page.evaluate(() => document.activeElement?.classList.contains('btn-danger'))).toBe(false);
    // The dialog's own quick exit is a few Shift+Tabs away.
    let reached = false;
    for (let i = 0; i < 4 && !reached; i++) {
      await ana.page.keyboard.press('Shift+Tab');
      reached = (await focused(ana)) === 'quick-exit-dialog';
    }
    expect(reached).toBe(true);
    await ana.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await ana.page.getByTestId('partner-name').count()).toBeGreaterThan(0);

    // From the top of a page, the first Tab reaches quick exit (signed in and signed out).
    for (const path of ['/today', '/practices/notes']) {
      await ana.goto(path);
      await ana.page.getByRole('heading', { level: 1 }).waitFor();
      await ana.page.keyboard.press('Tab');
      expect(await focused(ana), path).toBe('quick-exit');
      // The skip link follows it.
      await ana.page.keyboard.press('Tab');
      expect(await focused(ana), path).toMatch(/skip/i);
    }

    // Escape three times leaves, even from inside an open dialog.
    await ana.goto('/couple');
    await ana.page.getByRole('button', { name: 'Leave the couple' }).first().click();
    await dialog.waitFor();
    for (let i = 0; i < 3; i++) await ana.page.keyboard.press('Escape');
    await ana.page.waitForURL(`${NEUTRAL_SITE}**`);

    for (const path of ['/', '/signin', '/safety']) {
      await ana.goto(path);
      await ana.page.getByRole('heading', { level: 1 }).waitFor();
      await ana.page.keyboard.press('Tab');
      expect(await focused(ana), path).toBe('quick-exit');
    }
    expect(ana.axeFindings).toEqual([]);
  });
});
