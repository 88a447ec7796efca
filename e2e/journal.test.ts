import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ItemsClient } from '../src/shared/client/index.js';
import type { PersonPage } from './page-models/person.js';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';
import { isOpen, openFold } from './support/fold.js';

const hasBrowser = browserAvailable();
const SHOTS = '/tmp/shots';
const DESKTOP = { width: 1280, height: 800 };
const JOURNAL = '/practices/closeness/journal';

/** A screenshot to look at: the whole page, or just one part of it (readable at phone width). */
async function shot(p: PersonPage, name: string, part?: Locator): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  if (part) await part.screenshot({ path: `${SHOTS}/journal-${name}.png` });
  else await p.page.screenshot({ path: `${SHOTS}/journal-${name}.png`, fullPage: true });
}

const main = (p: PersonPage) => p.page.locator('main').innerText();

// The server allows ten sign-ups an hour from one address: this file makes two couples.
describe.runIf(hasBrowser)('the journal and share your day, in two browsers', () => {
  const suite = partnerSuite();

  it('a private entry stays private; shared, it reaches the partner live and is answered; unshared, it goes', async () => {
    const [anaAccount, benAccount]: [Account, Account] = await pairedAccounts(suite.server().url, ['Ana', 'Ben']);
    const ana = await suite.open(anaAccount, '/practices/closeness');
    // The closeness page leads to the journal.
    await ana.checkA11y();
    await shot(ana, 'closeness-link-phone', ana.page.getByTestId('journal-link'));
    await ana.page.getByTestId('journal-link').getByRole('link', { name: 'Open the journal' }).click();
    await ana.page.waitForURL(`**${JOURNAL}`);
    await ana.page.getByRole('heading', { name: 'Nothing in your journal yet' }).waitFor({ timeout: 10_000 });
    const ben = await suite.open(benAccount, JOURNAL, DESKTOP);
    await ben.page.getByRole('heading', { name: "Ana hasn't shared an entry yet" }).waitFor({ timeout: 10_000 });
    await ana.checkA11y();
    await ben.checkA11y();
    await shot(ana, 'empty-phone');
    await shot(ben, 'empty-desktop');

    // A private entry, kept as a draft while it is written.
    await openFold(ana.page, 'journal-fold');
    const composer = ana.page.getByTestId('journal-composer');
    await composer.getByLabel('Title (optional)').fill('After the walk');
    await composer.getByLabel('Your entry', { exact: true }).fill('We walked to the bridge and talked about nothing much. It felt easy again.');
    await composer.getByText('Saved as a draft').waitFor({ timeout: 10_000 });
    await ana.page.reload();
    await expect.poll(() => ana.page.getByLabel('Your entry', { exact: true }).inputValue(), { timeout: 15_000 }).toContain('walked to the bridge');
    // Words in the middle of being written are never hidden: the fold opened by itself.
    expect(await isOpen(ana.page.getByTestId('journal-fold'))).toBe(true);
    await ana.page.getByRole('button', { name: 'Save to your journal' }).click();
    const entry = ana.page.getByTestId('own-entry').first();
    await expect.poll(() => entry.innerText(), { timeout: 10_000 }).toContain('It felt easy again.');
    expect(await entry.innerText()).toContain('Only you can read this');
    expect(await ana.page.getByLabel('Your entry', { exact: true }).inputValue()).toBe('');

    // Ben sees nothing of it: not on the page, not through the API.
    await ben.page.reload();
    await ben.page.getByRole('heading', { name: "Ana hasn't shared an entry yet" }).waitFor({ timeout: 10_000 });
    expect(await main(ben)).not.toContain('bridge');
    expect(await new ItemsClient(benAccount.client, () => null).list('journal_entry')).toEqual([]);

    // Shared after seeing exactly who will read it: Ben sees it without a reload.
    await entry.getByRole('button', { name: 'Share with Ben…' }).click();
    const dialog = ana.page.getByRole('dialog');
    expect(await dialog.innerText()).toContain('Ben will be able to read this entry');
    expect(await dialog.innerText()).toContain('It felt easy again.');
    await ana.checkA11y();
    await shot(ana, 'share-dialog-phone', dialog);
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => entry.innerText(), { timeout: 10_000 }).toContain('Shared with Ben');
    const onBen = ben.page.getByTestId('partner-entry').first();
    await expect.poll(() => onBen.innerText(), { timeout: 10_000 }).toContain('It felt easy again.');
    expect(await onBen.innerText()).toContain('After the walk');
    await ben.checkA11y();
    await shot(ben, 'shared-desktop');

    // Ben answers in a few words and a reaction; Ana sees it live.
    await onBen.getByLabel(/A few words of your own/).fill('I loved that walk too.');
    await onBen.getByRole('button', { name: "I'm with you", exact: true }).click();
    await onBen.getByText(/You:\s*I'm with you/).waitFor({ timeout: 10_000 });
    await entry.getByText(/Ben:\s*I'm with you/).waitFor({ timeout: 10_000 });
    expect(await entry.innerText()).toContain('I loved that walk too.');
    await ana.checkA11y();
    await shot(ana, 'answered-phone', entry);

    // Ana's notification says what was answered, without its words, and leads back to the journal.
    await ana.page.getByTestId('notification-bell').click();
    const answered = ana.page.getByRole('link', { name: 'Your partner answered your journal entry' });
    await answered.waitFor({ timeout: 10_000 });
    expect(await main(ana)).not.toContain('loved that walk');
    await answered.click();
    await ana.page.waitForURL(`**${JOURNAL}`);
    await expect.poll(() => entry.innerText(), { timeout: 10_000 }).toContain('It felt easy again.');

    // Edited: the new words reach Ben too, and Ana keeps the earlier version.
    await entry.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = entry.getByTestId('entry-editor');
    await editor.getByLabel('Your entry', { exact: true }).fill('We walked to the bridge and talked about nothing much. It felt easy again, for the first time in a while.');
    await ana.checkA11y();
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => entry.innerText(), { timeout: 10_000 }).toContain('for the first time in a while');
    await expect.poll(() => onBen.innerText(), { timeout: 10_000 }).toContain('for the first time in a while');
    await entry.getByText('Earlier versions').click();
    await expect.poll(() => entry.locator('details').innerText(), { timeout: 10_000 }).toContain('It felt easy again.');

    // Stop sharing: gone from Ben's page without a reload; the entry stays Ana's.
    await entry.getByRole('button', { name: 'Stop sharing' }).click();
    const stop = ana.page.getByRole('dialog');
    expect(await stop.innerText()).toMatch(/can't be unread/);
    await stop.getByRole('button', { name: 'Stop sharing' }).click();
    await ben.page.getByTestId('partner-entry').waitFor({ state: 'detached', timeout: 10_000 });
    await ben.page.getByRole('heading', { name: "Ana hasn't shared an entry yet" }).waitFor();
    expect(await main(ben)).not.toContain('bridge');
    await expect.poll(() => entry.innerText(), { timeout: 10_000 }).toContain('Only you can read this');
    await ben.checkA11y();

    // Deleted, after asking.
    await entry.getByRole('button', { name: 'Delete', exact: true }).click();
    const del = ana.page.getByRole('dialog');
    expect(await del.innerText()).toContain('gone for good');
    await del.getByRole('button', { name: 'Delete', exact: true }).click();
    await ana.page.getByTestId('own-entry').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await new ItemsClient(anaAccount.client, () => null).list('journal_entry')).toEqual([]);

    for (const p of [ana, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });

  it('both share their day and see each other’s high and low, live; a reaction goes back', async () => {
    const [kimAccount, leeAccount]: [Account, Account] = await pairedAccounts(suite.server().url, ['Kim', 'Lee']);
    const kim = await suite.open(kimAccount, JOURNAL);
    const lee = await suite.open(leeAccount, JOURNAL, DESKTOP);
    await kim.page.getByRole('heading', { name: 'Nothing from Lee today yet' }).waitFor({ timeout: 10_000 });

    // Nothing to share yet: a gentle word, next to the field.
    const kimDay = kim.page.getByTestId('share-your-day');
    await openFold(kimDay, 'day-fold');
    await kimDay.getByRole('button', { name: 'Share with Lee' }).click();
    await kimDay.getByText('Write a high, a low, or both.').waitFor();
    await kim.checkA11y();
    await shot(kim, 'day-error-phone', kimDay);

    await kimDay.getByLabel('A high', { exact: true }).fill('Coffee in the sun before work.');
    await kimDay.getByLabel('A low', { exact: true }).fill('A long meeting that went nowhere.');
    await kimDay.getByRole('button', { name: 'Share with Lee' }).click();
    const kimMine = kim.page.getByTestId('my-day');
    await expect.poll(() => kimMine.innerText(), { timeout: 10_000 }).toContain('Coffee in the sun');
    expect(await kimMine.innerText()).toContain('Shared with Lee');

    // Lee sees it live.
    const kimOnLee = lee.page.getByTestId('partner-day').first();
    await expect.poll(() => kimOnLee.innerText(), { timeout: 10_000 }).toMatch(/Today[\s\S]*High[\s\S]*Coffee in the sun[\s\S]*Low[\s\S]*long meeting/);
    await lee.checkA11y();

    // Lee's words are kept as a draft through a reload, then shared.
    const leeDay = lee.page.getByTestId('share-your-day');
    await openFold(leeDay, 'day-fold');
    await leeDay.getByLabel('A high', { exact: true }).fill('Finished the shelves.');
    await leeDay.getByText('Saved as a draft').waitFor({ timeout: 10_000 });
    await lee.page.reload();
    await expect.poll(() => lee.page.getByTestId('share-your-day').getByLabel('A high', { exact: true }).inputValue(), { timeout: 15_000 }).toBe('Finished the shelves.');
    expect(await isOpen(lee.page.getByTestId('day-fold'))).toBe(true);
    // By keyboard alone: type the low, Tab to the button, press Enter.
    await lee.page.getByTestId('share-your-day').getByLabel('A low', { exact: true }).focus();
    await lee.page.keyboard.type('Missed the train.');
    await lee.page.keyboard.press('Tab');
    expect(await lee.page.evaluate(() => document.activeElement?.textContent)).toBe('Share with Kim');
    await lee.page.keyboard.press('Enter');
    await expect.poll(() => lee.page.getByTestId('my-day').innerText(), { timeout: 10_000 }).toContain('Finished the shelves.');

    // Kim sees Lee's day live, and reacts.
    const leeOnKim = kim.page.getByTestId('partner-day').first();
    await expect.poll(() => leeOnKim.innerText(), { timeout: 10_000 }).toMatch(/High[\s\S]*Finished the shelves\.[\s\S]*Low[\s\S]*Missed the train\./);
    await kim.checkA11y();
    await shot(kim, 'days-phone');
    await leeOnKim.getByRole('button', { name: 'Made me smile', exact: true }).click();
    await leeOnKim.getByText(/You:\s*Made me smile/).waitFor({ timeout: 10_000 });
    await lee.page.getByTestId('my-day').getByText(/Kim:\s*Made me smile/).waitFor({ timeout: 10_000 });

    // Kim changes what she shared: Lee sees the new words in place of the old.
    await kimMine.getByRole('button', { name: 'Change what you shared' }).click();
    await kimDay.getByLabel('A low', { exact: true }).fill('A long meeting, but it ended early.');
    await kimDay.getByRole('button', { name: 'Update what Lee sees' }).click();
    await expect.poll(() => kimOnLee.innerText(), { timeout: 10_000 }).toContain('it ended early');
    expect(await lee.page.getByTestId('partner-day').count()).toBe(1);

    await lee.checkA11y();
    await shot(lee, 'days-desktop');
    await kim.checkA11y();

    for (const p of [kim, lee]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });
});
