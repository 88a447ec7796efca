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
describe.runIf(hasBrowser)('Today, as a new couple finds it, in two browsers', () => {
  const suite = partnerSuite();

  it('stops asking to compare safety codes once compared, even after a reload', async () => {
    const [adaAccount, benAccount] = await pairedAccounts(suite.server().url, ['Ada', 'Ben']);
    const ada = await suite.open(adaAccount, '/today');
    const ben = await suite.open(benAccount, '/couple', DESKTOP);
    await ada.page.getByTestId('partner-name').waitFor();
    expect(await ada.page.getByRole('link', { name: 'Compare your safety codes with Ben' }).count()).toBe(1);

    for (const p of [ada, ben]) {
      await p.goto('/couple');
      await p.page.getByTestId('safety-code').waitFor();
      await p.page.getByRole('button', { name: 'We compared — it matches' }).click();
      await p.page.getByText(/You compared this code with/).waitFor();
    }
    for (const p of [ada, ben]) {
      await p.goto('/today');
      await p.page.getByTestId('partner-name').waitFor();
      expect(await p.page.getByRole('link', { name: /Compare your safety codes/ }).count()).toBe(0);
      await p.page.reload();
      await p.page.getByTestId('partner-name').waitFor();
      expect(await p.page.getByRole('link', { name: /Compare your safety codes/ }).count()).toBe(0);
      await p.checkA11y();
    }
    await shot(ada, 'today-compared-phone');
    clean([ada, ben]);
  });

  it('"Your partner asked you something" goes once the answer is shared', async () => {
    const [alexAccount, samAccount] = await pairedAccounts(suite.server().url, ['Alex', 'Sam']);
    const { items, partner } = await itemsFor(alexAccount);
    await items.share(await items.create('question', { topic: 'timeline', text: 'When did it start?' }, {}), partner);

    const sam = await suite.open(samAccount, '/today');
    await (await openFold(sam.page, 'stance-card')).getByRole('radio', { name: 'I broke trust' }).click();
    await sam.page.getByTestId('step-answer').waitFor({ timeout: 10_000 });

    await sam.goto('/practices/understand/questions');
    const asked = sam.page.getByTestId('asked-question').first();
    await expect.poll(() => asked.innerText(), { timeout: 10_000 }).toContain('When did it start?');
    await asked.getByLabel('Your answer', { exact: true }).fill('In March, after the conference.');
    await asked.getByRole('button', { name: 'Share my answer…' }).click();
    await sam.page.getByRole('dialog').getByRole('button', { name: 'Share', exact: true }).click();
    await sam.page.getByRole('dialog').waitFor({ state: 'detached' });

    await sam.goto('/today');
    // The steps for where Sam stands are there; answering is no longer one of them.
    await sam.page.getByTestId('step-apology').waitFor({ timeout: 10_000 });
    expect(await sam.page.getByTestId('step-answer').count()).toBe(0);
    expect(await sam.page.getByTestId('next-steps').innerText()).not.toContain('Your partner asked you something');
    await sam.checkA11y();
    await shot(sam, 'today-answered-phone');
    clean([sam]);
  });

  it('a hard moment says so in the notifications and sits at the top of Today', async () => {
    const [kaiAccount, leeAccount] = await pairedAccounts(suite.server().url, ['Kai', 'Lee']);
    const { items, partner } = await itemsFor(kaiAccount);
    await items.share(await items.create('journal_entry', { text: 'A slow Sunday.', writtenOn: '2026-03-01' }, {}), partner);
    await items.share(await items.create('hard_moment', { text: 'I am having a hard moment. Can you call?' }, {}), partner);

    const lee = await suite.open(leeAccount, '/today');
    const card = lee.page.getByTestId('partner-hard-moment');
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('Kai is having a hard moment');
    expect(await card.innerText()).toContain('I am having a hard moment. Can you call?');
    // It comes before anything else on the page.
    const first = await lee.page.locator('main .card').first().getAttribute('data-testid');
    expect(first).toBe('partner-hard-moment');
    await lee.checkA11y();
    await shot(lee, 'today-hard-moment-phone');

    await lee.goto('/notifications');
    const list = lee.page.getByTestId('notification');
    await expect.poll(() => list.count(), { timeout: 10_000 }).toBe(2);
    const lines = await list.allInnerTexts();
    expect(lines.some((l) => l.includes('Your partner let you know they’re having a hard moment'))).toBe(true);
    expect(lines.some((l) => l.includes('Your partner shared a journal entry with you'))).toBe(true);
    expect(lines.some((l) => l.includes('Your partner shared something with you'))).toBe(false);
    await lee.checkA11y();
    await shot(lee, 'notifications-phone');

    // Once Lee replies, Today no longer holds it up.
    await lee.goto('/moments');
    const received = lee.page.getByTestId('hard-moment-received').first();
    await received.getByRole('button', { name: 'Use this as a start' }).click();
    await received.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => received.innerText(), { timeout: 10_000 }).toContain('You replied');
    await lee.goto('/today');
    await lee.page.getByTestId('next-steps').waitFor({ timeout: 10_000 });
    expect(await lee.page.getByTestId('partner-hard-moment').count()).toBe(0);
    clean([lee]);
  });
});
