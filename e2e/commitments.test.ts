import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../src/server/test/databases.js';
import type { PersonPage } from './page-models/person.js';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { openFold } from './support/fold.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();
// The whole loop runs on both databases (issue: "works for two partners in the browser on both").
const dialects = hasBrowser ? await testDialects() : [];
const SHOTS = '/tmp/shots';

/** Today's date on the couple's clock (both accounts and browsers are in Warsaw). */
const warsawToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());

describe.runIf(hasBrowser).each(dialects)('promises kept over time: two partners in two browsers, on %s', (dialect) => {
  const suite = partnerSuite(dialect);
  const open = (account: Account, viewport?: { width: number; height: number }) => suite.open(account, '/practices/promises', viewport);
  const shot = async (p: PersonPage, name: string) => {
    mkdirSync(SHOTS, { recursive: true });
    await p.page.screenshot({ path: `${SHOTS}/promises-${name}.png`, fullPage: true });
    // The full page is long on a phone; screen-sized pieces are what a person sees.
    const { width, height } = await p.page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
    const step = p.page.viewportSize()?.height ?? 844;
    for (let y = 0, i = 0; y < height; y += step, i++) {
      await p.page.screenshot({ path: `${SHOTS}/promises-${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(step, height - y) } });
    }
  };

  it('a kept promise is marked, noticed and thanked live; a personal intention stays private', async () => {
    const [mayaAccount, leoAccount] = await pairedAccounts(suite.server().url, ['Maya', 'Leo']);
    const maya = await open(mayaAccount);
    const leo = await open(leoAccount, { width: 1280, height: 800 });
    await maya.page.getByRole('heading', { name: 'No promises yet' }).waitFor();
    await maya.checkA11y();
    await shot(maya, 'empty-phone');

    // A weekly promise on today's weekday at 00:00: today's time has already come, so it can be marked.
    const form = maya.page.locator('form.promise-form');
    await form.getByRole('button', { name: 'Make this promise' }).click();
    await form.getByText('Write the promise in a few words.').waitFor();
    expect(await form.getByLabel('Your promise').evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByLabel('Your promise').fill('Call if I am running more than 15 minutes late');
    expect(await form.getByRole('radio', { name: 'Every week' }).isChecked()).toBe(true);
    const days = form.getByRole('group', { name: 'On these days' });
    expect(await days.getByRole('checkbox', { checked: true }).count()).toBe(1);
    await form.getByLabel('At', { exact: true }).fill('00:00');
    await form.getByLabel('Remind me').selectOption({ label: '1 hour before' });
    await form.getByRole('button', { name: 'Make this promise' }).click();
    await maya.page.getByText('Saved and shared with Leo.').waitFor();

    // A personal intention: never shared.
    await form.getByLabel('Your promise').fill('Ten quiet minutes before bed');
    await form.getByLabel('Keep this just for me').check();
    await form.getByRole('button', { name: 'Make this promise' }).click();
    await maya.page.getByText('Saved, just for you.').waitFor();
    await maya.page.getByTestId('own-promise').filter({ hasText: 'Ten quiet minutes' }).getByText('Just for you').waitFor();

    // Maya marks today's time kept, then adds a note.
    const call = maya.page.getByTestId('own-promise').filter({ hasText: 'Call if I am running' });
    const today = call.getByTestId(`time-${warsawToday()}`);
    await today.getByRole('button', { name: 'Kept', exact: true }).click();
    await expect.poll(() => today.getByRole('button', { name: 'Kept', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await today.getByRole('button', { name: 'Add a note' }).click();
    await today.getByLabel(/A note/).fill('Called from the station at 18:40.');
    await today.getByRole('button', { name: 'Save the note' }).click();
    await today.getByText('Called from the station at 18:40.').waitFor();
    await maya.checkA11y();

    // Leo sees it live, and never the private one.
    const theirs = leo.page.getByTestId('partner-promise').filter({ hasText: 'Call if I am running' });
    await expect.poll(() => theirs.innerText(), { timeout: 10_000 }).toContain('Called from the station at 18:40.');
    expect(await leo.page.locator('main').innerText()).not.toContain('Ten quiet minutes');
    await leo.checkA11y();
    await shot(leo, 'partner-desktop');

    // "I noticed" in one tap, then a thank-you.
    const time = theirs.getByTestId(`partner-time-${warsawToday()}`);
    await time.getByRole('button', { name: 'I noticed' }).click();
    await time.getByText('You: I noticed').waitFor({ timeout: 10_000 });
    await time.getByRole('button', { name: 'Say thank you' }).click();
    const thanks = time.getByLabel('Thank Maya for this');
    expect(await thanks.getAttribute('placeholder')).toBe('Thank you for calling when you were late tonight');
    await thanks.fill('Thank you for calling from the station. It helped me relax.');
    await leo.checkA11y();
    await time.getByRole('button', { name: 'Send to Maya' }).click();
    await time.getByText(/You said thank you:/).waitFor({ timeout: 10_000 });
    await leo.page.getByTestId('thanks-week').getByText(/you've thanked Maya once/).waitFor();

    // Maya sees both, live; this week shows one kept.
    await today.getByText('Leo: I noticed').waitFor({ timeout: 10_000 });
    await today.getByText(/It helped me relax/).waitFor({ timeout: 10_000 });
    // The chart of all promises waits folded under the list.
    await openFold(maya.page, 'overall-fold');
    const overall = maya.page.getByTestId('overall-chart');
    expect(await overall.innerText()).toMatch(/1 kept/);
    const thisWeek = overall.locator('tbody tr').last().locator('td');
    expect(await thisWeek.nth(0).textContent()).toBe('1'); // kept
    expect(await thisWeek.nth(1).textContent()).toBe('0'); // missed
    expect(await maya.page.getByTestId('thanks-week').innerText()).toMatch(/Leo has thanked you once/);
    expect(await maya.page.locator('main').innerText()).not.toMatch(/\d+\s*%|streak/i);
    await maya.checkA11y();
    await shot(maya, 'marked-phone');

    // Stopping sharing takes the promise and its marks away from Leo, live; sharing again brings both back.
    // Changing, pausing, ending and stopping sharing wait folded on each card.
    await openFold(call, 'promise-plan-fold');
    await call.getByRole('button', { name: 'Stop sharing…' }).click();
    await maya.page.getByRole('dialog').getByRole('button', { name: 'Stop sharing', exact: true }).click();
    await call.getByText('Just for you', { exact: true }).waitFor();
    await expect.poll(() => theirs.count(), { timeout: 10_000 }).toBe(0);
    expect(await leo.page.locator('main').innerText()).not.toContain('Called from the station');
    await call.getByRole('button', { name: 'Share with Leo' }).click();
    await call.getByText('Shared with Leo', { exact: true }).waitFor();
    await expect.poll(() => theirs.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => theirs.innerText(), { timeout: 10_000 }).toContain('Called from the station at 18:40.');

    // The same page on a desktop and on a phone for Leo, both checked.
    await leo.page.setViewportSize({ width: 390, height: 844 });
    await leo.checkA11y();
    await shot(leo, 'partner-phone');
    await maya.page.setViewportSize({ width: 1280, height: 800 });
    await maya.checkA11y();
    await shot(maya, 'marked-desktop');

    for (const p of [maya, leo]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });
  it('changes apply from the next time on; pause and resume keep the history; errors sit by their field', async () => {
    const [samAccount] = await pairedAccounts(suite.server().url, ['Sam', 'Ida']);
    const sam = await open(samAccount);
    const form = sam.page.locator('form.promise-form');

    // A one-off in the past is refused next to the time, in plain words.
    await form.getByLabel('Your promise').fill('Book the counselling session');
    await form.getByRole('radio', { name: 'Once' }).check();
    await form.getByLabel('At', { exact: true }).fill('00:00');
    await form.getByRole('button', { name: 'Make this promise' }).click();
    await form.getByText('Please choose a time in the future.').waitFor();
    expect(await form.getByLabel('At', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await sam.checkA11y();

    // Weekly today at 00:00 instead: today's time has come, so a change applies from tomorrow.
    await form.getByRole('radio', { name: 'Every week' }).check();
    await form.getByRole('button', { name: 'Make this promise' }).click();
    await sam.page.getByText('Saved and shared with Ida.').waitFor();
    const card = sam.page.getByTestId('own-promise');
    await card.getByTestId(`time-${warsawToday()}`).getByRole('button', { name: 'Missed', exact: true }).click();
    await card.getByText('Missed', { exact: true }).first().waitFor();

    await openFold(card, 'promise-plan-fold');
    await card.getByRole('button', { name: 'Change', exact: true }).click();
    await card.getByText('This applies from tomorrow; times already past keep their marks.').waitFor();
    await card.getByLabel('At', { exact: true }).fill('21:15');
    await sam.checkA11y();
    await shot(sam, 'change-phone');
    await card.getByRole('button', { name: 'Save the change' }).click();
    await card.getByText(/at 21:15/).first().waitFor();
    // Today's time keeps its mark.
    expect(await card.getByTestId(`time-${warsawToday()}`).getByRole('button', { name: 'Missed', exact: true }).getAttribute('aria-pressed')).toBe('true');

    await openFold(card, 'promise-plan-fold');
    await card.getByRole('button', { name: 'Pause', exact: true }).click();
    await card.getByText('Paused', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Resume…' }).click();
    await card.getByText('This applies from tomorrow; times already past keep their marks.').waitFor();
    await card.getByRole('button', { name: 'Resume', exact: true }).click();
    await card.getByText('Resumed.').waitFor();
    expect(await card.getByText('Paused', { exact: true }).count()).toBe(0);
    await openFold(sam.page, 'overall-fold');
    expect(await sam.page.getByTestId('overall-chart').innerText()).toMatch(/1 missed/);
    expect(await sam.page.getByTestId('overall-chart').innerText()).toMatch(/part of the process/);
    await sam.checkA11y();
    await shot(sam, 'resumed-phone');
    expect(sam.axeFindings).toEqual([]);
  });
});
