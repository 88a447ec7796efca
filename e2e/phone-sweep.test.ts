import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/core/healing/dates.js';
import { ItemsClient } from '../src/shared/client/index.js';
import type { PersonPage } from './page-models/person.js';
import { freshAccount, pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { phoneFindings } from './support/phone.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();
const ZONE = 'Europe/Warsaw';
/** Set MEND_SHOTS_DIR to keep a full-page picture of every page the sweep visits. */
const SHOTS = process.env.MEND_SHOTS_DIR;

/** An items client for an account made by script, seeing its partner's keys. */
async function itemsFor(account: Account) {
  const partner = (await account.client.currentCouple())!.partner!;
  return { items: new ItemsClient(account.client, () => partner), partner };
}

/** A couple some weeks in: each has written, shared and promised things, so pages show what they hold. */
async function seed(ada: Account, ben: Account): Promise<void> {
  const a = await itemsFor(ada);
  const b = await itemsFor(ben);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
  // Five weeks back, on a Monday: the marks below fall on the schedule's Mondays whatever
  // day of the week the test runs (a mark must name one of its promise's days).
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  const weeksAgo = addDays(today, -35 - weekday);
  const weekly = (time: string) => ({ type: 'weekly' as const, time, timeZone: ZONE, startDate: weeksAgo, weekdays: ['MO' as const, 'TH' as const] });

  // Understand what happened: Ada's own sections, and one Ben shared.
  await a.items.create('reflection', { text: 'I kept telling myself it did not matter, and it did.' }, { section: 'what_happened' });
  await b.items.share(await b.items.create('reflection', { text: 'I felt alone in our own kitchen for months.' }, { section: 'how_it_felt' }), b.partner);
  // Apology: Ben's letter, shared with Ada.
  await b.items.share(
    await b.items.create('impact_letter', { happened: 'You hid the messages.', hurt: 'I stopped trusting my own sense of things.', need: 'Honesty, even when it is hard.' }, {}),
    b.partner,
  );
  // Promises: one each, weekly for five weeks, with Ada's marked.
  const promise = await a.items.create('commitment', { what: 'Put the phone away at dinner' }, { segments: [weekly('19:00')], status: 'active', remindMinutesBefore: null });
  await a.items.share(promise, a.partner);
  for (let d = 0; d < 28; d += 7) {
    await a.items.create('commitment_mark', { status: d % 14 === 0 ? 'kept' : 'missed' }, { parentId: promise.id, occurrence: addDays(weeksAgo, d) });
  }
  await b.items.share(await b.items.create('commitment', { what: 'Say when I need a break' }, { segments: [weekly('20:00')], status: 'active', remindMinutesBefore: 30 }), b.partner);
  // Rituals, journal, notes, forgiveness.
  await a.items.share(await a.items.create('ritual', { title: 'Sunday walk', note: 'Phones stay home.' }, { segments: [weekly('10:00')], status: 'active', remindMinutesBefore: null }), a.partner);
  await b.items.share(await b.items.create('journal_entry', { title: 'A good evening', text: 'We cooked together and laughed.', writtenOn: today }, {}), b.partner);
  await b.items.share(await b.items.create('note', { text: 'Thank you for the walk.' }, { deliverAt: null }), b.partner);
  await b.items.share(await b.items.create('forgiveness_reflection', { prompt: 'carrying', text: 'Less than last month.' }, {}), b.partner);
  await b.items.share(await b.items.create('milestone', { type: 'milestone', title: 'A month of Friday check-ins' }, {}), b.partner);
}

/** Every page a signed-in person can open (the questionnaire and a result by their ids). */
const SIGNED_IN = [
  '/today',
  '/couple',
  '/practices',
  '/practices/understand',
  '/practices/understand/questions',
  '/practices/apologize',
  '/practices/agreements',
  '/practices/promises',
  '/practices/closeness',
  '/practices/closeness/journal',
  '/practices/rituals',
  '/practices/therapist',
  '/practices/notes',
  '/practices/healing',
  '/practices/healing/check/mend.trust-check',
  '/practices/forgiveness',
  '/moments',
  '/notifications',
  '/settings',
  '/safety',
  '/no-such-page',
];

/** About three phone screens: the most a page may be before the person opens anything. */
const MAX_HEIGHT = 2500;

/** Every page someone who is signed out can open. */
const SIGNED_OUT = ['/', '/safety', '/signup', '/signin', '/recover', '/goodbye', '/open-export', '/join', '/no-such-page'];

describe.runIf(hasBrowser)('every page at phone width (390×844)', () => {
  const suite = partnerSuite();

  it('no sideways scroll, nothing under the bottom bar, axe-clean: signed in with a couple’s writing, and signed out', async () => {
    const [adaAccount, benAccount] = await pairedAccounts(suite.server().url, ['Ada', 'Ben']);
    await seed(adaAccount, benAccount);
    // Someone else's invite, for the join page as an invitee sees it.
    const cy = await freshAccount(suite.server().url, 'Cy');
    await cy.client.startCouple();
    const invite = await cy.client.createInvite();
    const ada = await suite.open(adaAccount, '/today');
    const problems: string[] = [];
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });

    const sweep = async (p: PersonPage, path: string, label = path) => {
      await p.goto(path);
      await p.page.getByRole('heading', { level: 1 }).first().waitFor();
      // Pages that load their writing show it before they are measured.
      await p.page.locator('[aria-busy="true"], .page-loading').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
      await p.page.waitForLoadState('networkidle');
      const f = await phoneFindings(p.page);
      if (f.sideways > 0) problems.push(`${label}: scrolls ${f.sideways}px sideways (${f.wide.join('; ')})`);
      if (f.covered.length) problems.push(`${label}: under a fixed bar: ${f.covered.join('; ')}`);
      if (f.height > MAX_HEIGHT) problems.push(`${label}: ${f.height}px tall before anything is opened (at most ${MAX_HEIGHT})`);
      await p.checkA11y();
      if (SHOTS) await p.page.screenshot({ path: `${SHOTS}/phone${label.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true });
    };

    for (const path of SIGNED_IN) await sweep(ada, path);

    // The phone menu: every link in it can be reached, none sits under the bottom bar.
    await ada.goto('/today');
    await ada.page.getByRole('button', { name: 'Menu' }).click();
    const sheet = ada.page.getByRole('navigation', { name: 'Menu' });
    await sheet.waitFor();
    for (const link of await sheet.locator('a:visible, button:visible').all()) {
      await link.scrollIntoViewIfNeeded();
      const hit = await link.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const fully = r.bottom <= (el.closest('nav')?.getBoundingClientRect().bottom ?? 0) + 0.5;
        return { reachable: top !== null && el.contains(top), fully, text: (el as HTMLElement).innerText.trim() };
      });
      if (!hit.reachable || !hit.fully) problems.push(`menu: "${hit.text}" is partly hidden`);
    }
    await ada.checkA11y();
    if (SHOTS) await ada.page.screenshot({ path: `${SHOTS}/phone-menu.png` });

    // Signed out, in a context of its own.
    const visitor = await suite.visitor();
    for (const path of SIGNED_OUT) await sweep(visitor, path);
    await sweep(visitor, `/join#${invite.token}`, '/join-with-invite');
    expect(visitor.axeFindings).toEqual([]);
    expect(visitor.outsideRequests).toEqual([]);

    expect(problems).toEqual([]);
    expect(ada.axeFindings).toEqual([]);
    expect(ada.outsideRequests).toEqual([]);
    // One pass over some thirty pages, with axe on each: longer than one ordinary test.
  }, 300_000);
});
