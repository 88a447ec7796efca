import ICAL from 'ical.js';
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PersonPage } from './page-models/person.js';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();
const SHOTS = '/tmp/shots';
const WARSAW = 'Europe/Warsaw';

/** A date on the couple's clock (both accounts and browsers are in Warsaw), `days` from today. */
const warsawDate = (days = 0): string => new Intl.DateTimeFormat('en-CA', { timeZone: WARSAW }).format(new Date(Date.now() + days * 86_400_000));
const WEEKDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The file a download event saved, as text. */
async function downloaded(p: PersonPage, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([p.page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe.runIf(hasBrowser)('rituals and activities: two partners in two browsers', () => {
  const suite = partnerSuite();
  const open = (account: Account, viewport?: { width: number; height: number }) => suite.open(account, '/practices/rituals', viewport);
  const shot = async (p: PersonPage, name: string) => {
    mkdirSync(SHOTS, { recursive: true });
    await p.page.screenshot({ path: `${SHOTS}/rituals-${name}.png`, fullPage: true });
    const { width, height } = await p.page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
    const step = p.page.viewportSize()?.height ?? 844;
    for (let y = 0, i = 0; y < height && i < 8; y += step, i++) {
      await p.page.screenshot({ path: `${SHOTS}/rituals-${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(step, height - y) } });
    }
  };

  it('a ritual is made, done and confirmed live; an activity is picked, planned and done; the calendar file parses', async () => {
    const [mayaAccount, leoAccount] = await pairedAccounts(suite.server().url, ['Maya', 'Leo']);
    const maya = await open(mayaAccount);
    const leo = await open(leoAccount, { width: 1280, height: 800 });
    await maya.page.getByRole('heading', { name: 'No rituals yet' }).waitFor();
    await maya.page.getByRole('heading', { name: 'No activities yet' }).waitFor();
    // The calendar and the ideas wait folded until opened, so the page stays short.
    await maya.page.getByText('Add them to your calendar', { exact: true }).click();
    expect(await maya.page.getByRole('button', { name: 'Download calendar (.ics)' }).isDisabled()).toBe(true);
    await maya.checkA11y();
    await shot(maya, 'empty-phone');

    // A weekly ritual on today's weekday at 00:00: today's time has already come.
    const form = maya.page.locator('form.ritual-form');
    await form.getByRole('button', { name: 'Share with Leo' }).click();
    await form.getByText('Name the ritual in a few words.').waitFor();
    expect(await form.getByLabel('Your ritual').evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByLabel('Your ritual').fill('Evening walk, phones at home');
    expect(await form.getByRole('radio', { name: 'Every week' }).isChecked()).toBe(true);
    expect(await form.getByRole('group', { name: 'On these days' }).getByRole('checkbox', { checked: true }).count()).toBe(1);
    await form.getByLabel('At', { exact: true }).fill('00:00');
    await form.getByLabel('Remind us').selectOption({ label: '1 hour before' });
    await form.getByRole('button', { name: 'Share with Leo' }).click();
    await maya.page.getByText('Saved and shared with Leo.').waitFor();
    const mayaRitual = maya.page.getByTestId('ritual').filter({ hasText: 'Evening walk' });
    await mayaRitual.getByText('Shared with Leo', { exact: true }).waitFor();

    // Leo sees it live, and says "we did it" with a reflection.
    const leoRitual = leo.page.getByTestId('ritual').filter({ hasText: 'Evening walk' });
    await leoRitual.getByText('From Maya', { exact: true }).waitFor({ timeout: 10_000 });
    const leoToday = leoRitual.getByTestId(`ritual-time-${warsawDate()}`);
    await leoToday.getByRole('button', { name: 'We did it', exact: true }).click();
    await leoToday.getByLabel(/A shared reflection/).fill('We walked down to the river and talked about the summer.');
    await leo.checkA11y();
    await leoToday.getByRole('button', { name: 'Save: we did it' }).click();
    await leoToday.getByText('You said you did it').waitFor();

    // Maya sees it live and confirms in one tap; Leo sees the confirmation live.
    const mayaToday = mayaRitual.getByTestId(`ritual-time-${warsawDate()}`);
    await mayaToday.getByText('Leo said you did it').waitFor({ timeout: 10_000 });
    await mayaToday.getByText(/walked down to the river/).waitFor();
    await mayaToday.getByRole('button', { name: 'Yes, we did', exact: true }).click();
    await mayaToday.getByText('You: Yes, we did').waitFor({ timeout: 10_000 });
    expect(await mayaToday.getByRole('button', { name: 'Yes, we did', exact: true }).count()).toBe(0);
    await leoToday.getByText('Maya: Yes, we did').waitFor({ timeout: 10_000 });
    await leoRitual.locator('summary', { hasText: "Times you've shared" }).click();
    await leoRitual.locator('.ritual-history').getByText(/walked down to the river/).waitFor();
    expect(await maya.page.locator('main').innerText()).not.toMatch(/streak|\d+\s*%|points/i);
    await maya.checkA11y();
    await shot(maya, 'ritual-phone');
    await leo.checkA11y();
    await shot(leo, 'ritual-desktop');

    // An idea, picked from a category, planned for tomorrow afternoon; Leo sees the plan live.
    await maya.page.getByText('Ideas to pick from', { exact: true }).first().click();
    await maya.page.getByLabel('Category').selectOption({ label: 'Outdoors' });
    await maya.page.getByTestId('ideas').getByText('A picnic in the park', { exact: true }).waitFor();
    await maya.page.getByTestId('ideas').getByRole('button', { name: /^Pick this.*A picnic in the park/ }).click();
    const plan = maya.page.getByTestId('activity-plan').filter({ hasText: 'A picnic in the park' });
    // Picked privately, like everything else; shared with one tap.
    await plan.getByText('Just for you, for now', { exact: true }).waitFor();
    await plan.getByRole('button', { name: 'Share with Leo' }).click();
    await plan.getByText('Shared with Leo', { exact: true }).waitFor();
    await plan.getByRole('button', { name: 'Plan a time' }).click();
    await plan.getByLabel('On', { exact: true }).fill(warsawDate(1));
    await plan.getByLabel('At', { exact: true }).fill('15:00');
    await maya.checkA11y();
    await plan.getByRole('button', { name: 'Save the plan' }).click();
    await plan.getByText(/at 15:00/).waitFor();
    const leoPlan = leo.page.getByTestId('activity-plan').filter({ hasText: 'A picnic in the park' });
    await leoPlan.getByText(/at 15:00/).waitFor({ timeout: 10_000 });

    // The calendar file, with titles: the ritual repeats weekly from today at 00:00 Warsaw time; the picnic is once.
    await maya.page.getByLabel('Show titles').check();
    const withTitles = await downloaded(maya, () => maya.page.getByRole('button', { name: 'Download calendar (.ics)' }).click());
    expect(withTitles.name).toBe('calendar.ics');
    const cal = new ICAL.Component(ICAL.parse(withTitles.text));
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    try {
      const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      expect(events.map((e) => e.summary).sort()).toEqual(['A picnic in the park', 'Evening walk, phones at home']);
      const walk = events.find((e) => e.summary.startsWith('Evening walk'))!;
      expect(walk.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(WARSAW);
      expect(walk.startDate.toString()).toBe(`${warsawDate()}T00:00:00`);
      const rule = walk.component.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect(rule.freq).toBe('WEEKLY');
      expect(rule.parts.BYDAY).toEqual([WEEKDAY[new Date(`${warsawDate()}T12:00:00Z`).getUTCDay()]]);
      const next = walk.iterator();
      next.next();
      expect(next.next()!.toString()).toBe(`${warsawDate(7)}T00:00:00`);
      const picnic = events.find((e) => e.summary === 'A picnic in the park')!;
      expect(picnic.isRecurring()).toBe(false);
      expect(picnic.startDate.toString()).toBe(`${warsawDate(1)}T15:00:00`);
      expect(picnic.startDate.zone?.tzid).toBe(WARSAW);
    } finally {
      ICAL.TimezoneService.reset();
    }
    // Neutral titles: nothing in the file says what it is about.
    await maya.page.getByLabel(/Neutral titles/).check();
    const neutral = await downloaded(maya, () => maya.page.getByRole('button', { name: 'Download calendar (.ics)' }).click());
    expect(neutral.text).not.toMatch(/walk|picnic|phones/i);
    const neutralEvents = new ICAL.Component(ICAL.parse(neutral.text)).getAllSubcomponents('vevent');
    expect(neutralEvents.map((e) => e.getFirstPropertyValue('summary'))).toEqual(['Mend', 'Mend']);

    // The subscription link: made once, fetched as a calendar app would, times only.
    const sub = maya.page.getByTestId('calendar-subscription');
    await sub.getByRole('button', { name: 'Make a calendar link' }).click();
    const link = await sub.getByLabel('Your calendar link (shown once)').inputValue();
    const feed = await fetch(link);
    expect(feed.status).toBe(200);
    const feedText = await feed.text();
    expect(feedText).not.toMatch(/walk|picnic|phones/i);
    expect(new ICAL.Component(ICAL.parse(feedText)).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('summary'))).toEqual(['Mend']);
    await maya.checkA11y();
    await sub.screenshot({ path: '/tmp/shots/rituals-subscription-phone.png' });
    await sub.getByRole('button', { name: 'Stop the link' }).click();
    await sub.getByRole('button', { name: 'Make a calendar link' }).waitFor();
    expect((await fetch(link)).status).toBe(404);

    // Done, with a reflection; Leo reads it live.
    await plan.getByRole('button', { name: 'We did it', exact: true }).click();
    await plan.getByLabel(/How was it/).fill('Sunny and slow. We stayed until dusk.');
    await plan.getByRole('button', { name: 'Mark it done' }).click();
    await maya.page.getByRole('heading', { name: 'Done', exact: true }).waitFor();
    await plan.getByText('You:').waitFor();
    await leoPlan.getByText(/stayed until dusk/).waitFor({ timeout: 10_000 });
    // Leo adds his own reflection; Maya reads it live.
    await leoPlan.getByRole('button', { name: 'Add your reflection' }).click();
    await leoPlan.getByLabel(/How was it/).fill('Best afternoon in a long while.');
    await leoPlan.getByRole('button', { name: 'Send to Maya' }).click();
    await leoPlan.getByText('You:', { exact: true }).waitFor();
    await plan.getByText(/Best afternoon in a long while/).waitFor({ timeout: 10_000 });

    // Both sizes for both, checked.
    await maya.checkA11y();
    await shot(maya, 'activities-phone');
    await leo.page.setViewportSize({ width: 390, height: 844 });
    await leo.checkA11y();
    await shot(leo, 'partner-phone');
    await maya.page.setViewportSize({ width: 1280, height: 800 });
    await maya.checkA11y();
    await shot(maya, 'desktop');

    for (const p of [maya, leo]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });

  it('a private ritual stays private until shared; both saying "we did it" reads as one time together; a reflection survives a reload', async () => {
    const [samAccount, idaAccount] = await pairedAccounts(suite.server().url, ['Sam', 'Ida']);
    const sam = await open(samAccount);
    const ida = await open(idaAccount);
    const form = sam.page.locator('form.ritual-form');
    await form.getByLabel('Your ritual').fill('Sunday check-in over tea');
    await form.getByLabel('At', { exact: true }).fill('00:00');
    await form.getByLabel('Keep it private for now').check();
    await form.getByRole('button', { name: 'Share with Ida' }).click();
    await sam.page.getByText('Saved, just for you for now.').waitFor();
    const samRitual = sam.page.getByTestId('ritual').filter({ hasText: 'Sunday check-in' });
    await samRitual.getByText('Just for you, for now', { exact: true }).waitFor();
    // What could show it to Ida is her page reading her rituals after Sam saved it: she reads
    // them afresh, and only once her list is drawn (empty, else the wait fails) is it checked.
    // Her live stream is open again before Sam shares below (its answer comes once it listens).
    const streamOpen = ida.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/events' && r.status() === 200);
    await ida.page.reload();
    await ida.page.getByText('No rituals yet', { exact: true }).waitFor();
    await streamOpen;
    expect(await ida.page.locator('main').innerText()).not.toContain('Sunday check-in');

    await samRitual.getByRole('button', { name: 'Share with Ida' }).click();
    const idaRitual = ida.page.getByTestId('ritual').filter({ hasText: 'Sunday check-in' });
    await idaRitual.getByText('From Sam', { exact: true }).waitFor({ timeout: 10_000 });

    // Ida starts a reflection, reloads: the words are still there.
    const idaToday = idaRitual.getByTestId(`ritual-time-${warsawDate()}`);
    await idaToday.getByRole('button', { name: 'We did it', exact: true }).click();
    await idaToday.getByLabel(/A shared reflection/).fill('It felt easier than last week.');
    await idaToday.getByText('Saved as a draft').waitFor({ timeout: 10_000 });
    await ida.page.reload();
    await expect.poll(() => idaToday.getByLabel(/A shared reflection/).inputValue(), { timeout: 15_000 }).toBe('It felt easier than last week.');
    await idaToday.getByText('Draft restored').waitFor();
    await idaToday.getByRole('button', { name: 'Save: we did it' }).click();
    await idaToday.getByText('You said you did it').waitFor();

    // Sam says so too, without confirming first: shown together, no conflict, nothing left to confirm.
    const samToday = samRitual.getByTestId(`ritual-time-${warsawDate()}`);
    await samToday.getByText('Ida said you did it').waitFor({ timeout: 10_000 });
    await samToday.getByRole('button', { name: 'Add your own reflection' }).click();
    await samToday.getByLabel(/A shared reflection/).fill('Glad we kept it.');
    await samToday.getByRole('button', { name: 'Save: we did it' }).click();
    await samToday.getByText('You both said you did it').waitFor();
    await idaToday.getByText('You both said you did it').waitFor({ timeout: 10_000 });
    await idaToday.getByText(/Glad we kept it/).waitFor();
    expect(await samToday.getByRole('button', { name: 'Yes, we did' }).count()).toBe(0);
    await sam.checkA11y();
    await ida.checkA11y();
    await shot(ida, 'both-phone');
    for (const p of [sam, ida]) expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
  });
});
