import { describe, expect, it } from 'vitest';
import { TogetherClient } from '../src/shared/client/index.js';
import type { PersonPage } from './page-models/person.js';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';
import { clean, DESKTOP, itemsFor, shot } from './support/today.js';

/*
 * What a new couple tripped on, on Today and around it (issue 12): each case is seen by the
 * partner it concerns, in their own browser.
 */

const hasBrowser = browserAvailable();
describe.runIf(hasBrowser)('the couple space over time: its end, the partner’s space, since when, in two browsers', () => {
  const suite = partnerSuite();

  it('after the partner deletes their account: when the space ended, and what one wrote, labelled truly', async () => {
    const [adaAccount, benAccount] = await pairedAccounts(suite.server().url, ['Ada', 'Ben']);
    const { items, partner } = await itemsFor(benAccount);
    await items.share(await items.create('note', { text: 'Thank you for the walk today.' }, { deliverAt: null }), partner);
    const friday = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await items.share(await items.create('note', { text: 'See you on Friday.' }, { deliverAt: friday }), partner);
    await items.share(await items.create('milestone', { type: 'milestone', title: 'A month of Friday walks' }, {}), partner);
    await items.share(await items.create('milestone', { type: 'chapter', title: 'The hard winter' }, {}), partner);
    await adaAccount.client.deleteAccount(adaAccount.password);

    const ben = await suite.open(benAccount, '/today');
    await expect.poll(() => ben.page.getByTestId('couple-ended').innerText(), { timeout: 10_000 }).toMatch(/^Your couple space ended on [^.]*\d{4}\./);
    await ben.checkA11y();
    await shot(ben, 'today-ended-phone');

    await ben.goto('/practices/notes');
    const sent = ben.page.getByTestId('past-note');
    await expect.poll(() => sent.innerText(), { timeout: 10_000 }).toContain('Thank you for the walk today.');
    expect(await sent.innerText()).toContain('Sent');
    const stranded = ben.page.getByTestId('stranded-note');
    expect(await stranded.innerText()).toContain('See you on Friday.');
    const main = await ben.page.locator('main').innerText();
    expect(main).not.toContain('Not sent yet');
    expect(main).not.toContain('it will arrive as soon as it is sent');
    expect(main).toContain('Your couple space ended on');
    await ben.checkA11y();
    await shot(ben, 'notes-ended-phone');

    await ben.goto('/practices/forgiveness');
    const past = ben.page.getByTestId('past-milestone');
    await expect.poll(() => past.count(), { timeout: 10_000 }).toBe(2);
    const texts = (await past.allInnerTexts()).join('\n');
    expect(texts).toContain('A month of Friday walks');
    expect(texts).toContain('The hard winter');
    expect(texts).toContain('Shared in your couple space until it ended.');
    await ben.checkA11y();
    await shot(ben, 'forgiveness-ended-phone');
    clean([ben]);
  });

  it('during the partner’s space, a note is said to wait for it to end, never "sent"', async () => {
    const [caiAccount, deeAccount] = await pairedAccounts(suite.server().url, ['Cai', 'Dee']);
    await new TogetherClient(caiAccount.client).askForSpace(new Date(Date.now() + 26 * 3_600_000));

    const dee = await suite.open(deeAccount, '/practices/notes', DESKTOP);
    await dee.page.getByLabel('Your note to Cai', { exact: true }).fill('Thinking of you. No need to answer.');
    await dee.page.getByRole('button', { name: 'Send to Cai…' }).click();
    const dialog = dee.page.getByRole('dialog');
    await expect.poll(() => dialog.innerText(), { timeout: 10_000 }).toContain('Cai asked for some space until');
    expect(await dialog.innerText()).not.toContain('will read this now');
    await dee.checkA11y();
    await shot(dee, 'notes-space-dialog-desktop');
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();

    const held = dee.page.getByTestId('held-note');
    await expect.poll(() => held.innerText(), { timeout: 10_000 }).toContain('Thinking of you.');
    expect(await held.innerText()).toContain("Arrives when Cai's space ends");
    expect(await dee.page.locator('main').innerText()).toContain('It will reach Cai when their space ends');
    expect(await dee.page.getByTestId('sent-note').count()).toBe(0);
    expect(await dee.page.locator('main').innerText()).not.toContain('Sent to Cai');
    // Still so after a reload.
    await dee.page.reload();
    await expect.poll(() => dee.page.getByTestId('held-note').count(), { timeout: 10_000 }).toBe(1);
    expect(await dee.page.getByTestId('sent-note').count()).toBe(0);
    await dee.checkA11y();
    await shot(dee, 'notes-held-desktop');
    clean([dee]);
  });

  it('"Together in Mend since" is the same moment for both partners', async () => {
    const [adaAccount, benAccount] = await pairedAccounts(suite.server().url, ['Ada', 'Ben']);
    // Ada started the space alone two days before Ben joined.
    const db = suite.server().database.handle.db;
    const adaId = (await adaAccount.client.me()).user.id;
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString();
    await db.updateTable('couple_members').set({ joined_at: twoDaysAgo }).where('user_id', '=', adaId).execute();

    const ada = await suite.open(adaAccount, '/couple');
    const ben = await suite.open(benAccount, '/couple', DESKTOP);
    const since = async (p: PersonPage) => {
      const line = p.page.getByText(/Together in Mend since/);
      await line.waitFor({ timeout: 10_000 });
      return line.locator('time').getAttribute('datetime');
    };
    const [a, b] = [await since(ada), await since(ben)];
    expect(a).toBe(b);
    expect(Date.parse(a!)).toBeGreaterThan(Date.parse(twoDaysAgo));
    await ada.checkA11y();
    await shot(ada, 'couple-since-phone');
    clean([ada, ben]);
  });
});
