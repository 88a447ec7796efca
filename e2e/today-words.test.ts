import { describe, expect, it } from 'vitest';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';
import { clean, DESKTOP, itemsFor, shot } from './support/today.js';
import { openFold } from './support/fold.js';

/*
 * What a new couple tripped on, on Today and around it (issue 12): each case is seen by the
 * partner it concerns, in their own browser.
 */

const hasBrowser = browserAvailable();
describe.runIf(hasBrowser)('first days, focus after actions, and words that fit, in two browsers', () => {
  const suite = partnerSuite();

  it('right after pairing: no monthly question yet, and the space form folded until wanted', async () => {
    const [eliAccount] = await pairedAccounts(suite.server().url, ['Eli', 'Fay']);
    const eli = await suite.open(eliAccount, '/today');
    const space = eli.page.getByTestId('space-card');
    await space.waitFor({ timeout: 10_000 });
    await eli.page.getByTestId('next-steps').waitFor({ timeout: 10_000 });
    expect(await eli.page.getByTestId('decision-card').count()).toBe(0);
    expect(await eli.page.getByText('Do you want to keep working on this?').count()).toBe(0);
    expect(await space.getByRole('radio').count()).toBe(0);
    await eli.checkA11y();
    await shot(eli, 'today-new-couple-phone');

    // Unfolded when wanted, with focus inside; folded again with focus back on its button.
    const opener = space.getByRole('button', { name: 'I need some space…' });
    await opener.click();
    const twoHours = space.getByRole('radio', { name: 'For 2 hours' });
    await expect.poll(() => twoHours.evaluate((el) => el === document.activeElement), { timeout: 5_000 }).toBe(true);
    await eli.checkA11y();
    await shot(eli, 'today-space-open-phone');
    await space.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => opener.evaluate((el) => el === document.activeElement), { timeout: 5_000 }).toBe(true);
    clean([eli]);
  });

  it('focus after sending a note; back to the same page after unlocking or signing in again; signing out says so', async () => {
    const [ginaAccount] = await pairedAccounts(suite.server().url, ['Gina', 'Hal']);
    const gina = await suite.open(ginaAccount, '/practices/notes');
    const p = gina.page;
    const focusedTestId = () => p.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

    // Sending a note: focus lands on what happened, not on the page body.
    await p.getByLabel('Your note to Hal', { exact: true }).fill('Thank you for making dinner.');
    await p.getByRole('button', { name: 'Send to Hal…' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Send', exact: true }).click();
    await p.getByTestId('sent-note').waitFor({ timeout: 10_000 });
    await expect.poll(focusedTestId, { timeout: 5_000 }).toBe('note-done');
    expect(await p.getByTestId('note-done').innerText()).toBe('Sent to Hal.');

    // The key store is lost (as on a device that can't keep keys): unlocking returns to this page.
    await p.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase('mend-keys');
          req.onsuccess = () => resolve();
          req.onerror = () => reject(req.error ?? new Error('delete failed'));
        }),
    );
    await p.reload();
    await p.waitForURL('**/unlock');
    await p.getByLabel('Password', { exact: true }).fill(ginaAccount.password);
    await p.getByRole('button', { name: 'Unlock', exact: true }).click();
    await p.getByRole('heading', { level: 1, name: /Notes and reassurance/ }).waitFor({ timeout: 30_000 });
    expect(new URL(p.url()).pathname).toBe('/practices/notes');

    // Signed out from another device while here: signing in again comes back here too.
    await ginaAccount.client.revokeOtherSessions();
    await p.waitForURL('**/signin', { timeout: 15_000 });
    await p.getByText('You were signed out on this device.').waitFor();
    await gina.signIn(ginaAccount.email, ginaAccount.password);
    await p.getByRole('heading', { level: 1, name: /Notes and reassurance/ }).waitFor({ timeout: 30_000 });
    expect(new URL(p.url()).pathname).toBe('/practices/notes');
    await gina.checkA11y();

    // Signing out says it worked.
    await gina.signOut();
    const notice = p.getByRole('status').filter({ hasText: 'You’re signed out on this device.' });
    await notice.waitFor({ timeout: 10_000 });
    await gina.checkA11y();
    await shot(gina, 'welcome-signed-out-phone');
    clean([gina]);
  });

  it('words that fit: a whole sentence for thanks, lines by where one stands, "share" for what one heard', async () => {
    const [kimAccount, louAccount] = await pairedAccounts(suite.server().url, ['Kim', 'Lou']);
    const kimSide = await itemsFor(kimAccount);
    const louSide = await itemsFor(louAccount);
    await kimSide.items.create('stance', { stance: 'was_hurt' }, {});
    await louSide.items.create('stance', { stance: 'broke_trust' }, {});
    await kimSide.items.share(await kimSide.items.create('reflection', { text: 'The night I found out.' }, { section: 'what_happened' }), kimSide.partner);
    await kimSide.items.create('reflection', { text: 'Like the floor went.' }, { section: 'how_it_felt' });
    await louSide.items.share(
      await louSide.items.create('impact_letter', { happened: 'You read my messages.', hurt: 'I felt watched.', need: 'Time.' }, {}),
      louSide.partner,
    );

    const kim = await suite.open(kimAccount, '/practices/promises');
    await expect.poll(() => kim.page.getByTestId('thanks-week').innerText(), { timeout: 10_000 }).toBe('No thank-yous between you yet this week. Only you see this.');

    // The hurt partner is not told to speak up "before Lou has to ask"; the one who broke trust is.
    await kim.goto('/practices/understand/questions');
    await openFold(kim.page, 'disclosure-fold');
    await kim.page.getByLabel('Something else you should know', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await kim.page.locator('main').innerText()).not.toContain('has to ask');
    await kim.checkA11y();
    const lou = await suite.open(louAccount, '/practices/understand/questions', DESKTOP);
    await openFold(lou.page, 'disclosure-fold');
    await lou.page.getByLabel('Something else you should know', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await lou.page.locator('main').innerText()).toContain('Saying it yourself, before Kim has to ask');

    // A section is shared: "everything here is private" is no longer said.
    await kim.goto('/practices/understand');
    await expect.poll(() => kim.page.getByTestId('share-bar-note').innerText(), { timeout: 10_000 }).toBe(
      "What you haven't shared with Lou stays private until you share it.",
    );
    expect(await kim.page.locator('main').innerText()).not.toContain('Everything here is private until you share it.');

    // "What I heard": the button is not the heading's twin, and sharing says "Share" like everywhere else.
    await kim.goto('/practices/apologize');
    const received = kim.page.getByTestId('impact-letter-received');
    await expect.poll(() => received.innerText(), { timeout: 10_000 }).toContain('I felt watched.');
    await received.getByRole('button', { name: 'Write what I heard', exact: true }).click();
    await received.getByLabel('What I heard, in my own words', { exact: true }).fill('I heard that you felt watched.');
    await received.getByRole('button', { name: 'Share what I heard…' }).click();
    const dialog = kim.page.getByRole('dialog');
    expect(await dialog.getByRole('heading', { name: 'Share what you heard with Lou?' }).count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Send', exact: true }).count()).toBe(0);
    await kim.checkA11y();
    await shot(kim, 'heard-dialog-phone');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => received.innerText(), { timeout: 10_000 }).toContain('You wrote back');

    // The coach's notes sit below the marked words, and it says so.
    await openFold(kim.page, 'compose-fold');
    const composer = kim.page.getByTestId('apology-composer');
    await composer.getByLabel('Your apology', { exact: true }).fill("I'm sorry if I hurt you.");
    await expect.poll(() => kim.page.getByTestId('coach').innerText(), { timeout: 10_000 }).toContain('the note below offers another way to say it');
    clean([kim, lou]);
  });
});
