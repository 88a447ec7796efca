import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstOccurrence } from '../src/core/schedules/index.js';
import { ItemsClient, NotificationsClient } from '../src/shared/client/index.js';
import type { PersonPage } from './page-models/person.js';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { openFold } from './support/fold.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();
const SHOTS = '/tmp/shots';
const DESKTOP = { width: 1280, height: 800 };

/** What a clock in Warsaw (the test accounts' zone) reads `minutes` from now. */
function warsawIn(minutes: number): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Warsaw',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(Date.now() + minutes * 60_000));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

const bellLabel = (p: PersonPage) => p.page.getByTestId('notification-bell').getAttribute('aria-label');

/** A screenshot to look at: the whole page, or just one part of it (readable at phone width). */
async function shot(p: PersonPage, name: string, part?: Locator): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  if (part) await part.screenshot({ path: `${SHOTS}/${name}.png` });
  else await p.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe.runIf(hasBrowser)('notes and the notification centre, in two browsers', () => {
  const suite = partnerSuite();
  // The server allows ten sign-ups an hour from one address: the last two tests share a couple.
  let shared: Promise<[Account, Account]> | null = null;
  const sharedCouple = () => (shared ??= pairedAccounts(suite.server().url, ['Eva', 'Ian']));

  it('a note sent now: the bell rises live, the centre opens it, a short answer goes back', async () => {
    const [anaAccount, benAccount]: [Account, Account] = await pairedAccounts(suite.server().url, ['Ana', 'Ben']);
    const ana = await suite.open(anaAccount, '/practices/notes');
    const ben = await suite.open(benAccount, '/today', DESKTOP, { asNewDevice: true });
    // This browser is a new device for Ben's account (it was made elsewhere): Ben, and only Ben, is told.
    await expect.poll(() => bellLabel(ben), { timeout: 10_000 }).toBe('Notifications, 1 unread');
    await ben.goto('/notifications');
    await expect.poll(() => ben.page.getByTestId('notification').first().innerText(), { timeout: 10_000 }).toContain('signed in on a new device');
    await expect.poll(() => bellLabel(ben), { timeout: 10_000 }).toBe('Notifications');
    await ben.goto('/today');
    await ana.checkA11y();
    await shot(ana, 'notes-empty-phone');

    await ana.page.getByLabel('Your note to Ben', { exact: true }).fill('I saw how hard you tried at dinner tonight. Thank you.');
    await ana.page.getByRole('button', { name: 'Send to Ben…' }).click();
    const dialog = ana.page.getByRole('dialog');
    expect(await dialog.innerText()).toContain('Ben will read this now');
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => ana.page.getByTestId('sent-note').first().innerText(), { timeout: 10_000 }).toContain('how hard you tried');

    // Ben's bell counts it without a reload.
    await expect.poll(() => bellLabel(ben), { timeout: 10_000 }).toBe('Notifications, 1 unread');
    await shot(ben, 'bell-unread-desktop');
    await ben.page.getByTestId('notification-bell').click();
    await ben.page.waitForURL('**/notifications');
    const item = ben.page.getByTestId('notification').first();
    await expect.poll(() => item.innerText(), { timeout: 10_000 }).toContain('Your partner sent you a note');
    // The notification itself carries no words of the note.
    expect(await ben.page.locator('main').innerText()).not.toContain('how hard you tried');
    // Seen is read: the count goes back down.
    await expect.poll(() => bellLabel(ben), { timeout: 10_000 }).toBe('Notifications');
    await ben.checkA11y();
    await shot(ben, 'notifications-desktop');

    await item.getByRole('link', { name: 'Your partner sent you a note' }).click();
    await ben.page.waitForURL('**/practices/notes');
    const received = ben.page.getByTestId('received-note').first();
    await expect.poll(() => received.innerText(), { timeout: 10_000 }).toContain('how hard you tried at dinner');
    await ben.checkA11y();
    await shot(ben, 'notes-received-desktop');
    await received.getByRole('button', { name: 'Thank you', exact: true }).click();
    await received.getByText(/You:\s*Thank you/).waitFor({ timeout: 10_000 });

    // Ana sees the answer under her note, live.
    await ana.page.getByTestId('sent-note').first().getByText(/Ben:\s*Thank you/).waitFor({ timeout: 10_000 });
    await ana.checkA11y();
    await shot(ana, 'notes-sent-phone');

    // Ana's own centre on a phone.
    await expect.poll(() => bellLabel(ana), { timeout: 10_000 }).toBe('Notifications, 1 unread');
    await ana.page.getByTestId('notification-bell').click();
    const answered = ana.page.getByRole('link', { name: 'Your partner answered your note' });
    await answered.waitFor({ timeout: 10_000 });
    await ana.checkA11y();
    await shot(ana, 'notifications-phone');
    await answered.click();
    await ana.page.waitForURL('**/practices/notes');

    for (const p of [ana, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });

  it('a scheduled note stays hidden from the partner; it can be changed, and cancelled; drafts survive a reload', async () => {
    const [kimAccount, leeAccount]: [Account, Account] = await pairedAccounts(suite.server().url, ['Kim', 'Lee']);
    const kim = await suite.open(kimAccount, '/practices/notes');
    const lee = await suite.open(leeAccount, '/practices/notes', DESKTOP);

    // A draft is never lost.
    const words = kim.page.getByLabel('Your note to Lee', { exact: true });
    await words.fill('Good luck with the interview tomorrow.');
    await kim.page.getByText('Saved as a draft').waitFor({ timeout: 10_000 });
    await kim.page.reload();
    await expect.poll(() => kim.page.getByLabel('Your note to Lee', { exact: true }).inputValue(), { timeout: 15_000 }).toBe('Good luck with the interview tomorrow.');

    const composer = kim.page.getByTestId('note-composer');
    await composer.getByRole('radio', { name: 'At a time you choose' }).check();
    // The quick picks are on Kim's own clock.
    expect(await composer.getByRole('button', { name: /Tomorrow morning, 07:30/ }).count()).toBe(1);
    const soon = warsawIn(10);
    await composer.getByLabel('Day', { exact: true }).fill(soon.date);
    await composer.getByLabel('Time', { exact: true }).fill(soon.time);
    await expect.poll(() => composer.getByTestId('note-arrives').innerText()).toMatch(new RegExp(`It will arrive (today|tomorrow) at ${soon.time} \\(your time`));
    await kim.checkA11y();
    await shot(kim, 'notes-schedule-phone', composer);
    await composer.getByRole('button', { name: 'Schedule for Lee…' }).click();
    await kim.page.getByRole('dialog').getByRole('button', { name: 'Schedule', exact: true }).click();

    const scheduled = kim.page.getByTestId('scheduled-note').first();
    await expect.poll(() => scheduled.innerText(), { timeout: 10_000 }).toMatch(new RegExp(`Arrives (today|tomorrow) at ${soon.time} \\(your time\\)`));
    expect(await scheduled.innerText()).toContain('Good luck with the interview');
    await kim.checkA11y();
    await shot(kim, 'notes-scheduled-phone', scheduled);

    // Lee sees nothing of it: not on the page, not in the bell, not through the API.
    await lee.page.reload();
    await lee.page.getByRole('heading', { name: 'Nothing from Kim yet' }).waitFor();
    expect(await lee.page.locator('main').innerText()).not.toContain('interview');
    expect(await bellLabel(lee)).toBe('Notifications');
    expect(await new ItemsClient(leeAccount.client, () => null).list('note')).toEqual([]);
    await lee.checkA11y();
    await shot(lee, 'notes-nothing-yet-desktop');

    // A time in the past is refused, plainly, by the field.
    await scheduled.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = scheduled.getByTestId('note-editor');
    const past = warsawIn(-10);
    await editor.getByLabel('Day', { exact: true }).fill(past.date);
    await editor.getByLabel('Time', { exact: true }).fill(past.time);
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.getByText(/Please choose a time in the future\./).waitFor();
    await kim.checkA11y();
    await shot(kim, 'notes-past-time-phone', scheduled);

    // Changed words and a later time.
    const later = warsawIn(20);
    await editor.getByLabel('Your note', { exact: true }).fill('Good luck with the interview. You know your stuff.');
    await editor.getByLabel('Day', { exact: true }).fill(later.date);
    await editor.getByLabel('Time', { exact: true }).fill(later.time);
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => scheduled.innerText(), { timeout: 10_000 }).toContain('You know your stuff.');
    expect(await scheduled.innerText()).toContain(`at ${later.time} (your time)`);
    expect(await new ItemsClient(leeAccount.client, () => null).list('note')).toEqual([]);

    // Cancelled: gone for good.
    await scheduled.getByRole('button', { name: 'Cancel note' }).click();
    await kim.page.getByRole('dialog').getByRole('button', { name: 'Cancel note' }).click();
    await kim.page.getByTestId('scheduled-note').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await new ItemsClient(kimAccount.client, () => null).list('note')).toEqual([]);
    expect(await bellLabel(lee)).toBe('Notifications');

    // Nothing reached Lee's centre either; its empty state says what will appear.
    await lee.page.getByTestId('notification-bell').click();
    await lee.page.getByRole('heading', { name: 'Nothing new' }).waitFor({ timeout: 10_000 });
    expect(await lee.page.locator('main').innerText()).toContain('When your partner shares something or a reminder is due, it will show here.');
    await lee.checkA11y();
    await shot(lee, 'notifications-empty-desktop');

    for (const p of [kim, lee]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });

  it('a scheduled note arrives at its time: live for the partner, once, and it moves to Sent for the sender', async () => {
    const [riaAccount, tomAccount]: [Account, Account] = await pairedAccounts(suite.server().url, ['Ria', 'Tom']);
    const partner = (await riaAccount.client.me()).couple?.partner;
    if (!partner) throw new Error('Ria and Tom should be paired');
    // The API takes any instant (the page offers whole minutes): seconds ahead keeps this quick,
    // yet far enough that both pages have opened (each signs in) before it is due.
    const ria = new ItemsClient(riaAccount.client, () => partner);
    const deliverAt = new Date(Math.ceil((Date.now() + 20_000) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    const note = await ria.share(await ria.create('note', { text: 'Coffee is on me this morning.' }, { deliverAt }), partner);

    const riaPage = await suite.open(riaAccount, '/practices/notes');
    const tomPage = await suite.open(tomAccount, '/practices/notes', DESKTOP);
    await expect.poll(() => riaPage.page.getByTestId('scheduled-note').first().innerText(), { timeout: 10_000 }).toMatch(/Arrives (today|tomorrow) at \d\d:\d\d \(your time\)/);
    expect(await tomPage.page.locator('main').innerText()).not.toContain('Coffee is on me');

    // At its time it appears for Tom without a reload, with one notification.
    await expect.poll(() => tomPage.page.getByTestId('received-note').first().innerText(), { timeout: 40_000 }).toContain('Coffee is on me this morning.');
    await expect.poll(() => bellLabel(tomPage), { timeout: 10_000 }).toBe('Notifications, 1 unread');
    // Ria's page moves it to Sent by itself.
    await expect.poll(() => riaPage.page.getByTestId('sent-note').first().innerText(), { timeout: 10_000 }).toContain('Coffee is on me');
    expect(await riaPage.page.getByTestId('scheduled-note').count()).toBe(0);
    const { notifications } = await new NotificationsClient(tomAccount.client).list();
    expect(notifications.filter((n) => n.itemId === note.id)).toHaveLength(1);
    await tomPage.checkA11y();
    await riaPage.checkA11y();

    for (const p of [riaPage, tomPage]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });

  it('an edit that comes after the note arrived is not lost: its words become a new note', async () => {
    const [joAccount, maxAccount]: [Account, Account] = await pairedAccounts(suite.server().url, ['Jo', 'Max']);
    const jo = await suite.open(joAccount, '/practices/notes');
    const max = await suite.open(maxAccount, '/practices/notes', DESKTOP);

    const composer = jo.page.getByTestId('note-composer');
    await jo.page.getByLabel('Your note to Max', { exact: true }).fill('See you at the station.');
    await composer.getByRole('radio', { name: 'At a time you choose' }).check();
    await composer.getByRole('button', { name: /Tomorrow morning, 07:30/ }).click();
    await composer.getByRole('button', { name: 'Schedule for Max…' }).click();
    await jo.page.getByRole('dialog').getByRole('button', { name: 'Schedule', exact: true }).click();
    const scheduled = jo.page.getByTestId('scheduled-note').first();
    await expect.poll(() => scheduled.innerText(), { timeout: 10_000 }).toContain('Arrives tomorrow at 07:30 (your time)');

    await scheduled.getByRole('button', { name: 'Edit', exact: true }).click();
    await scheduled.getByLabel('Your note', { exact: true }).fill('See you at the station, by the clock.');

    // Meanwhile (another device of Jo's) the note is sent at once: Max gets it, live.
    const joItems = new ItemsClient(joAccount.client, () => null);
    const [note] = await joItems.list('note');
    await joItems.update(note!, { text: 'See you at the station.' }, { deliverAt: new Date(Date.now() - 60_000).toISOString() });
    await expect.poll(() => max.page.getByTestId('received-note').first().innerText(), { timeout: 10_000 }).toContain('See you at the station.');
    await expect.poll(() => bellLabel(max), { timeout: 10_000 }).toBe('Notifications, 1 unread');

    // Jo's late change is refused by the server, and its words wait in the composer.
    await scheduled.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => jo.page.getByLabel('Your note to Max', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('See you at the station, by the clock.');
    await composer.getByText(/ready to send as a new note/).waitFor();
    await jo.page.getByTestId('scheduled-note').waitFor({ state: 'detached', timeout: 10_000 });
    await expect.poll(() => jo.page.getByTestId('sent-note').first().innerText(), { timeout: 10_000 }).toContain('See you at the station.');
    await jo.checkA11y();
    await shot(jo, 'notes-too-late-phone', composer);
    // It stays after a reload: the words are a draft of the new note now.
    await jo.page.getByText('Saved as a draft').first().waitFor({ timeout: 10_000 });
    await jo.page.reload();
    await expect.poll(() => jo.page.getByLabel('Your note to Max', { exact: true }).inputValue(), { timeout: 15_000 }).toBe('See you at the station, by the clock.');

    for (const p of [jo, max]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });

  it('a reminder shows the commitment’s own words, opened in the browser, and leads to the promises', async () => {
    const [evaAccount] = await sharedCouple();
    const eva = await suite.open(evaAccount, '/notifications');
    await eva.page.getByRole('heading', { name: 'Nothing new' }).waitFor({ timeout: 10_000 });

    // A promise for tomorrow at noon with a reminder 30 minutes before; its words are encrypted.
    const tomorrow = warsawIn(24 * 60).date;
    const items = new ItemsClient(evaAccount.client, () => null);
    await items.create(
      'commitment',
      { what: 'Walk together after lunch' },
      { segments: [{ type: 'once', at: `${tomorrow}T12:00`, timeZone: 'Europe/Warsaw' }], status: 'active', remindMinutesBefore: 30 },
    );
    // Run the reminder job at its time rather than wait a day: the poll reads the clock it is given.
    const noon = firstOccurrence({ type: 'once', at: `${tomorrow}T12:00`, timeZone: 'Europe/Warsaw' });
    expect(await suite.server().app.jobs.runDue(new Date(noon!.utc.getTime() - 30 * 60_000 + 1_000))).toBeGreaterThan(0);

    const reminder = eva.page.getByRole('link', { name: 'Coming up: Walk together after lunch' });
    await reminder.waitFor({ timeout: 10_000 });
    await eva.checkA11y();
    await shot(eva, 'notifications-reminder-phone');
    await reminder.click();
    await eva.page.waitForURL('**/practices/promises');
    expect(eva.axeFindings).toEqual([]);
    expect(eva.outsideRequests).toEqual([]);
  });

  it('notification settings: quiet hours are saved on your clock and kept after a reload', async () => {
    const [evaAccount, ianAccount] = await sharedCouple();
    const eva = await suite.open(evaAccount, '/settings');
    const ian = await suite.open(ianAccount, '/settings', DESKTOP);
    const card = (p: PersonPage) => p.page.getByRole('region', { name: 'Notifications' });
    // Settings are grouped and folded: each opens the notifications first.
    for (const p of [eva, ian]) await openFold(p.page, 'settings-notifications');

    const quiet = eva.page.getByRole('switch', { name: 'Quiet hours' });
    await quiet.waitFor({ timeout: 10_000 });
    expect(await eva.page.getByRole('switch', { name: 'Reminders' }).isChecked()).toBe(true);
    // This test server sends no email: the switch says why it is off.
    expect(await eva.page.getByRole('switch', { name: 'Email' }).isDisabled()).toBe(true);
    expect(await card(eva).innerText()).toContain("Email isn't available on this Mend server");
    await quiet.check();
    await eva.page.getByLabel('From', { exact: true }).fill('22:30');
    await eva.page.getByLabel('Until', { exact: true }).fill('22:30');
    await eva.page.getByRole('button', { name: 'Save notification settings' }).click();
    await card(eva).getByText('Quiet hours need different start and end times.').waitFor();
    await eva.checkA11y();
    await shot(eva, 'settings-error-phone', card(eva));

    await eva.page.getByLabel('Until', { exact: true }).fill('06:45');
    await eva.page.getByRole('switch', { name: 'When your partner shares something' }).uncheck();
    await eva.page.getByRole('button', { name: 'Save notification settings' }).click();
    await card(eva).getByText('Saved.').waitFor({ timeout: 10_000 });

    await eva.page.reload();
    await openFold(eva.page, 'settings-notifications');
    await eva.page.getByRole('switch', { name: 'Quiet hours' }).waitFor({ timeout: 10_000 });
    expect(await eva.page.getByRole('switch', { name: 'Quiet hours' }).isChecked()).toBe(true);
    expect(await eva.page.getByLabel('From', { exact: true }).inputValue()).toBe('22:30');
    expect(await eva.page.getByLabel('Until', { exact: true }).inputValue()).toBe('06:45');
    expect(await eva.page.getByRole('switch', { name: 'When your partner shares something' }).isChecked()).toBe(false);
    expect((await new NotificationsClient(evaAccount.client).settings()).settings).toEqual({
      reminders: true,
      partner: false,
      email: false,
      quietHours: { start: '22:30', end: '06:45' },
    });
    await eva.checkA11y();
    await shot(eva, 'settings-phone', card(eva));

    await card(ian).getByRole('switch', { name: 'Quiet hours' }).waitFor({ timeout: 10_000 });
    await ian.checkA11y();
    await shot(ian, 'settings-desktop', card(ian));

    for (const p of [eva, ian]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });
});
