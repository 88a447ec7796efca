import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PersonPage } from './page-models/person.js';
import { addDays, trendWeeks } from '../src/core/healing/index.js';
import { ItemsClient } from '../src/shared/client/index.js';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { openFold } from './support/fold.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();
const SHOTS = '/tmp/shots';

/** Today's date on the couple's clock (accounts and browsers are in Warsaw). */
const warsawToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
const daysBefore = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** What the API gives this person for a kind, asked from their own signed-in page. */
const apiList = (p: PersonPage, kind: string) =>
  p.page.evaluate(async (k) => {
    const r = await fetch(`/api/items?kind=${k}`, { credentials: 'same-origin' });
    return { status: r.status, body: (await r.json()) as { items: unknown[] } };
  }, kind);

/** True when nothing on the page reaches past the screen's width (no sideways scrolling on a phone). */
const noSideways = (p: PersonPage) => p.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe.runIf(hasBrowser)('check-ins and time to heal: two partners in two browsers', () => {
  const suite = partnerSuite();
  const shot = async (p: PersonPage, name: string) => {
    mkdirSync(SHOTS, { recursive: true });
    await p.page.screenshot({ path: `${SHOTS}/healing-${name}.png`, fullPage: true });
  };

  it('a private check-in by keyboard, a timeline, a shared trend seen live, and a questionnaire', async () => {
    const [mayaAccount, leoAccount] = await pairedAccounts(suite.server().url, ['Maya', 'Leo']);
    const maya = await suite.open(mayaAccount, '/practices/healing');
    const leo = await suite.open(leoAccount, '/practices/healing', { width: 1280, height: 800 });
    const mp = maya.page;
    await mp.getByRole('heading', { name: 'Your timeline starts with a first check-in' }).waitFor();
    await mp.getByTestId('checkin-form').getByText('Only you see this').waitFor();
    await maya.checkA11y();
    await shot(maya, 'empty-phone');

    // Keyboard only: each slider moves with the arrow keys, Tab goes on, Enter saves.
    await mp.getByLabel('How much do you trust your partner today?').focus();
    await mp.keyboard.press('ArrowRight');
    await mp.keyboard.press('ArrowRight');
    await mp.keyboard.press('Tab');
    await mp.keyboard.press('ArrowLeft');
    await mp.keyboard.press('Tab');
    await mp.keyboard.press('ArrowRight');
    await mp.keyboard.press('Tab');
    await mp.keyboard.press('ArrowLeft');
    await mp.keyboard.press('ArrowLeft');
    // The note waits folded: Enter on its summary opens it, and Tab goes in.
    await mp.keyboard.press('Tab');
    expect(await mp.evaluate(() => document.activeElement?.textContent)).toBe('Add a note for yourself');
    await mp.keyboard.press('Enter');
    await mp.keyboard.press('Tab');
    await mp.keyboard.type('A quiet evening walk helped.');
    await mp.keyboard.press('Tab');
    expect(await mp.evaluate(() => document.activeElement?.textContent)).toBe('Save my check-in');
    await mp.keyboard.press('Enter');
    await mp.getByText('Checked in for today. Only you can see it.').waitFor();
    const timeline = mp.getByTestId('timeline');
    await timeline.waitFor();
    expect(await timeline.locator('tbody tr').count()).toBe(30);
    expect(await timeline.locator('tbody tr').last().innerText()).toMatch(/7, 7\s+4, 4\s+6, 6\s+3, 3/);
    expect(await timeline.locator('tbody tr').first().innerText()).toContain('No check-in');

    // A change waits as a draft through a reload; saving again updates the day's one check-in.
    await mp.getByLabel('How much do you trust your partner today?').focus();
    await mp.keyboard.press('ArrowRight');
    await mp.getByText('Saved as a draft').waitFor({ timeout: 10_000 });
    await mp.reload();
    await mp.getByText('Draft restored').waitFor();
    expect(await mp.getByLabel('How much do you trust your partner today?').inputValue()).toBe('8');
    await mp.getByRole('button', { name: "Update today's check-in" }).click();
    await mp.getByText("Today's check-in is updated. Only you can see it.").waitFor();
    expect((await apiList(maya, 'checkin')).body.items).toHaveLength(1);
    await maya.checkA11y();
    await shot(maya, 'timeline-phone');
    expect(await noSideways(maya)).toBe(true);

    // Leo never sees Maya's check-ins: not on the page, not through the API.
    await leo.page.getByRole('heading', { name: 'Nothing shared by Maya yet' }).waitFor();
    expect(await leo.page.locator('main').innerText()).not.toContain('quiet evening walk');
    const leoCheckins = await apiList(leo, 'checkin');
    expect(leoCheckins.status).toBe(200);
    expect(leoCheckins.body.items).toEqual([]);

    // One check-in is no trend: sharing it would show that day's own scores. Mend says so.
    await openFold(mp, 'share-fold');
    const tooFew = mp.getByTestId('trend-too-few');
    await tooFew.waitFor();
    expect(await tooFew.innerText()).toMatch(/at least 3 check-ins, so that no single day can be read/);
    expect(await mp.getByRole('button', { name: 'Preview what Leo will see…' }).count()).toBe(0);
    await maya.checkA11y();

    // Three check-ins in last week (as if made then): that week can be shared, as one average.
    const lastWeek = trendWeeks(warsawToday()).at(-1)!;
    await mayaAccount.client.signin({ email: mayaAccount.email, password: mayaAccount.password });
    const mayaItems = new ItemsClient(mayaAccount.client, () => null);
    for (const [i, v] of [2, 5, 8].entries()) {
      await mayaItems.create('checkin', { date: addDays(lastWeek.monday, i * 2), trust: v, safety: v, hope: v, mood: v, note: 'a private line' }, {});
    }
    await mp.reload();
    await openFold(mp, 'share-fold');

    // Maya previews exactly what Leo will see, then shares; Leo sees it live, never the note.
    await mp.getByLabel('A few words for Leo').fill('Some steadier days this week.');
    await mp.getByRole('button', { name: 'Preview what Leo will see…' }).click();
    const dialog = mp.getByRole('dialog');
    await dialog.getByTestId('share-preview').waitFor();
    expect(await dialog.innerText()).toContain('Some steadier days this week.');
    expect(await dialog.innerText()).not.toContain('quiet evening walk');
    await maya.checkA11y();
    await shot(maya, 'share-preview-phone');
    await dialog.getByRole('button', { name: 'Share with Leo' }).click();
    await mp.getByText('Shared with Leo. You can stop sharing at any time.').waitFor();
    const theirs = leo.page.getByTestId('partner-trend');
    await theirs.waitFor({ timeout: 10_000 });
    expect(await theirs.innerText()).toContain('Some steadier days this week.');
    expect(await theirs.innerText()).toMatch(/Maya's trend/);
    expect(await theirs.innerText()).toMatch(/weekly averages/);
    // One week, one average: none of its days, and not today's check-in either.
    const rows = await theirs.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/\b5\s+5\s+5\s+5\s*$/);
    expect(await leo.page.locator('main').innerText()).not.toContain('quiet evening walk');
    expect((await apiList(leo, 'checkin')).body.items).toEqual([]);
    await leo.checkA11y();
    await shot(leo, 'partner-desktop');

    // Stopping sharing takes it away from Leo, live.
    await mp.getByTestId('share-trend').getByRole('button', { name: 'Stop sharing…' }).click();
    await mp.getByRole('dialog').getByRole('button', { name: 'Stop sharing', exact: true }).click();
    await mp.getByText('Leo no longer sees that trend.').waitFor();
    await expect.poll(() => theirs.count(), { timeout: 10_000 }).toBe(0);

    // A questionnaire, one statement at a time; stopping halfway keeps the answers.
    await openFold(mp, 'checks-fold');
    await mp.getByRole('link', { name: 'Take “Monthly relationship check”' }).click();
    await mp.getByText('Statement 1 of 8').waitFor();
    await maya.checkA11y();
    const answer = async () => {
      await mp.getByTestId('question').getByLabel('5 Quite a bit').check();
      await mp.getByRole('button', { name: 'Next', exact: true }).click();
    };
    for (let i = 0; i < 3; i++) await answer();
    await mp.getByText('Statement 4 of 8').waitFor();
    await mp.getByText('Saved as a draft').waitFor({ timeout: 10_000 });
    await mp.reload();
    await mp.getByText('Welcome back.', { exact: false }).waitFor();
    await mp.getByText('Statement 4 of 8 · 3 answered').waitFor();
    await shot(maya, 'question-phone');
    for (let i = 0; i < 5; i++) await answer();
    await mp.getByRole('heading', { name: 'Ready to see your result?' }).waitFor();
    await mp.getByRole('button', { name: 'See my result' }).click();
    await mp.getByRole('heading', { name: 'Monthly relationship check: your result' }).waitFor();
    // Six answers of 5 and two reverse-keyed (5 counts as 3): a mean of 4.5.
    expect(await mp.getByTestId('result').innerText()).toContain('4.5');
    await mp.getByText('What these scores are — and aren').waitFor();
    await mp.getByTestId('results-chart').waitFor();
    await maya.checkA11y();
    expect(await noSideways(maya)).toBe(true);
    await shot(maya, 'result-phone');

    // Sharing the result shows Leo the scores, never the answers.
    await mp.getByRole('button', { name: 'Share the scores with Leo…' }).click();
    await mp.getByRole('dialog').getByRole('button', { name: 'Share with Leo' }).click();
    await mp.getByText('Shared with Leo: the scores only.').waitFor();
    const result = leo.page.getByTestId('partner-result');
    await result.waitFor({ timeout: 10_000 });
    expect(await result.innerText()).toContain('4.5');

    // Back on the practice: taken, and offered again in a month.
    await mp.getByRole('link', { name: 'Back to check-ins and time to heal' }).click();
    await openFold(mp, 'checks-fold');
    const status = mp.getByTestId('instrument-mend.relationship-check').getByTestId('instrument-status');
    await expect.poll(() => status.innerText()).toMatch(/Taken on .* Offered again from/);

    // The other screen sizes, both checked.
    await mp.setViewportSize({ width: 1280, height: 800 });
    await maya.checkA11y();
    await shot(maya, 'desktop');
    await leo.page.setViewportSize({ width: 390, height: 844 });
    await leo.checkA11y();
    await shot(leo, 'partner-phone');

    for (const p of [maya, leo]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });

  it('a month of check-ins: the line rests over a quiet week, harder days are named kindly, and the phone and desktop both read it', async () => {
    const [samAccount] = await pairedAccounts(suite.server().url, ['Sam', 'Ida']);
    // Check-ins made earlier on another device: most days of the last month, none for a week in the middle.
    const items = new ItemsClient(samAccount.client, () => null);
    const today = warsawToday();
    for (let n = 27; n >= 0; n--) {
      if (n >= 12 && n <= 19) continue;
      const wave = Math.round(5 + 2 * Math.sin(n / 3));
      await items.create('checkin', { date: daysBefore(today, n), trust: wave, safety: Math.min(10, wave + 1), hope: Math.max(0, wave - 1 - (n < 5 ? 2 : 0)), mood: 6 }, {});
    }
    const sam = await suite.open(samAccount, '/practices/healing');
    const timeline = sam.page.getByTestId('timeline');
    await timeline.waitFor();
    expect(await timeline.locator('tbody tr').filter({ hasText: 'No check-in' }).count()).toBe(8 + 2);
    expect(await timeline.innerText()).toMatch(/No check-in from .* to .* the line rests there/);
    expect(await timeline.innerText()).not.toMatch(/!|streak|fail|behind/i);
    // Two separate runs of line for each measure: it never crosses the quiet week.
    expect(await timeline.locator('g.heal-trust path.heal-line').count()).toBe(2);
    await sam.checkA11y();
    expect(await noSideways(sam)).toBe(true);
    await timeline.screenshot({ path: `${SHOTS}/healing-month-chart-phone.png` });

    // Lines can be hidden and shown again from the keyboard.
    await sam.page.getByRole('checkbox', { name: 'Safety' }).focus();
    await sam.page.keyboard.press('Space');
    expect(await timeline.locator('g.heal-safety').count()).toBe(0);
    await sam.page.keyboard.press('Space');
    expect(await timeline.locator('g.heal-safety').count()).toBe(1);

    await sam.page.setViewportSize({ width: 1280, height: 800 });
    await sam.checkA11y();
    await timeline.screenshot({ path: `${SHOTS}/healing-month-chart-desktop.png` });
    expect(sam.axeFindings).toEqual([]);
    expect(sam.outsideRequests).toEqual([]);
  });
});
