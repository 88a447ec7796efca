import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ItemsClient, NotificationsClient } from '../src/shared/client/index.js';
import type { PersonPage } from './page-models/person.js';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';
import { testDialects } from '../src/server/test/databases.js';

/*
 * The private safety check and the quiet hold (issue 15), each partner in their own browser:
 * the person who takes the check sees resources and can hold sharing quietly; their partner's
 * Today, notifications and readable items stay exactly as in a control couple in which nobody
 * took the check.
 */

const hasBrowser = browserAvailable();
const dialects = hasBrowser ? await testDialects() : [];
const SHOTS = '/tmp/shots/safety';
const DESKTOP = { width: 1280, height: 800 };

async function shot(p: PersonPage, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await p.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

function clean(people: PersonPage[]): void {
  for (const p of people) {
    expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
    expect(p.outsideRequests).toEqual([]);
  }
}

async function itemsFor(account: Account) {
  const partner = (await account.client.currentCouple())?.partner ?? null;
  if (!partner) throw new Error('not paired');
  return { items: new ItemsClient(account.client, () => partner), partner };
}

/** Answers every question: "No", except the ones given. */
async function answer(p: PersonPage, answers: Record<string, string> = {}): Promise<void> {
  const form = p.page.getByTestId('safety-check-form');
  await form.waitFor({ timeout: 15_000 });
  const questions = form.locator('fieldset[data-question]');
  for (let i = 0; i < (await questions.count()); i++) {
    const q = questions.nth(i);
    const id = (await q.getAttribute('data-question'))!;
    await q.getByRole('radio', { name: answers[id] ?? 'No', exact: true }).check();
  }
}

/** What the partner sees of their own Mend: Today's words, their notifications, the kinds of items they can read. */
async function partnerSees(p: PersonPage, account: Account) {
  await p.goto('/today');
  await p.page.getByTestId('next-steps').waitFor({ timeout: 15_000 });
  const today = await p.page.locator('main').innerText();
  await p.goto('/notifications');
  await p.page.getByRole('heading', { level: 1 }).waitFor();
  const list = p.page.getByTestId('notification');
  // Each Ada shared one journal entry before anything else happened.
  await expect.poll(() => list.count(), { timeout: 10_000 }).toBe(1);
  const notifications = await list.allInnerTexts();
  const { items } = await itemsFor(account);
  const readable = await Promise.all((['appreciation', 'note', 'journal_entry', 'reflection', 'safety_check'] as const).map(async (k) => `${k}:${(await items.list(k)).filter((i) => !i.mine).length}`));
  const { unread } = await new NotificationsClient(account.client).list();
  return { today, notifications, readable, unread };
}

describe.runIf(hasBrowser).each(dialects)('the private safety check, in two browsers, on %s', (dialect) => {
  const suite = partnerSuite(dialect);

  it('a signal shows resources and the individual path, and a quiet hold leaves the partner’s Mend exactly as a control couple’s', async () => {
    const url = suite.server().url;
    const [adaAccount, benAccount] = await pairedAccounts(url, ['Ada', 'Ben']);
    const [controlAdaAccount, controlBenAccount] = await pairedAccounts(url, ['Ada', 'Ben']);
    // An ordinary start in both couples: Ada shares a journal entry with Ben.
    for (const account of [adaAccount, controlAdaAccount]) {
      const { items, partner } = await itemsFor(account);
      await items.share(await items.create('journal_entry', { text: 'A slow Sunday.', writtenOn: '2026-03-01' }, {}), partner);
    }
    const ada = await suite.open(adaAccount, '/today');
    const ben = await suite.open(benAccount, '/today', DESKTOP);
    const controlBen = await suite.open(controlBenAccount, '/today', DESKTOP);

    // Today offers Ada the check, privately.
    const offer = ada.page.getByTestId('safety-check-offer');
    await offer.waitFor({ timeout: 15_000 });
    expect(await offer.innerText()).toContain('Ben never sees it, or whether you took it.');
    await ada.checkA11y();
    await shot(ada, 'today-offer-phone');
    await offer.getByRole('link', { name: 'Take the private check' }).click();
    await ada.page.getByTestId('safety-check-form').waitFor();
    await ada.checkA11y();
    await shot(ada, 'check-form-phone');

    // Unanswered questions are pointed out kindly.
    await ada.page.getByRole('button', { name: 'See what may help' }).click();
    await ada.page.getByText('“I\'d rather not say” is always fine.', { exact: false }).waitFor();

    await answer(ada, { afraid: 'Yes', afraid_now: 'Yes', phone: 'Sometimes' });
    await ada.page.getByRole('button', { name: 'See what may help' }).click();
    const result = ada.page.getByTestId('safety-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.getAttribute('data-level')).toBe('urgent');
    // Resources for the country of Ada's time zone (Warsaw), then for the one she picks.
    const resources = ada.page.getByTestId('safety-resources');
    await expect.poll(() => resources.innerText()).toContain('Niebieska Linia');
    expect(await ada.page.getByTestId('safety-emergency').innerText()).toContain('112');
    await resources.getByLabel('Country').selectOption('GB');
    await expect.poll(() => resources.innerText()).toContain('0808 2000 247');
    expect(await ada.page.getByTestId('safety-emergency').innerText()).toContain('999');
    const path = ada.page.getByTestId('mend-for-one');
    for (const name of ['Your own reflections', 'Daily check-ins', 'Your journal']) expect(await path.getByRole('link', { name }).count()).toBe(1);
    await ada.checkA11y();
    await shot(ada, 'result-urgent-phone');

    // The quiet hold.
    const hold = ada.page.getByTestId('quiet-hold');
    await hold.getByRole('button', { name: 'Turn on the quiet hold' }).click();
    await hold.getByRole('heading', { name: 'Your quiet hold is on' }).waitFor();
    await ada.checkA11y();
    await shot(ada, 'hold-on-phone');
    await ada.page.setViewportSize(DESKTOP);
    await shot(ada, 'hold-on-desktop');
    await ada.page.setViewportSize({ width: 390, height: 844 });

    // Sharing is held: the refusal reaches Ada alone.
    const mine = await itemsFor(adaAccount);
    const kept = await mine.items.create('journal_entry', { text: 'only for me', writtenOn: '2026-03-01' }, {});
    await expect(mine.items.share(kept, mine.partner)).rejects.toMatchObject({ status: 409, code: 'quiet_hold' });

    // The same ordinary week from Ben's side in both couples: he shares a thank-you with Ada;
    // the control Ada shares nothing more, as the held one cannot.
    for (const account of [benAccount, controlBenAccount]) {
      const { items, partner } = await itemsFor(account);
      await items.share(await items.create('appreciation', { text: 'Thank you for the walk.' }, {}), partner);
    }
    const held = await partnerSees(ben, benAccount);
    const control = await partnerSees(controlBen, controlBenAccount);
    expect(held).toEqual(control);
    expect(held.readable).toContain('safety_check:0');
    expect(held.today).not.toMatch(/hold|paused|safety check/i);
    await ben.checkA11y();
    await shot(ben, 'partner-today-desktop');

    // Ada lifts it from the Safety page.
    await ada.goto('/safety');
    await ada.page.getByTestId('safety-check-link').waitFor();
    await ada.checkA11y();
    await shot(ada, 'safety-page-signed-in-phone');
    await ada.page.getByTestId('safety-check-link').getByRole('link', { name: 'Take the private check' }).click();
    const again = ada.page.getByTestId('quiet-hold');
    await again.getByRole('button', { name: 'Lift the quiet hold' }).click();
    await ada.page.getByText('The quiet hold is lifted. Sharing works as before.').waitFor();
    await mine.items.share(kept, mine.partner);
    await ada.checkA11y();
    clean([ada, ben, controlBen]);
  });

  it('no signal says so calmly; the offer then rests, and "Maybe later" is kept', async () => {
    const [cyAccount, deeAccount] = await pairedAccounts(suite.server().url, ['Cy', 'Dee']);
    const cy = await suite.open(cyAccount, '/today');
    await cy.page.getByTestId('safety-check-offer').getByRole('link', { name: 'Take the private check' }).click();
    await answer(cy, { sex: "I'd rather not say" });
    await cy.page.getByRole('button', { name: 'See what may help' }).click();
    const result = cy.page.getByTestId('safety-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.getAttribute('data-level')).toBe('none');
    expect(await result.innerText()).toContain('you can take this check again at any time');
    expect(await cy.page.getByTestId('safety-resources').count()).toBe(0);
    await cy.checkA11y();
    await shot(cy, 'result-none-phone');
    await cy.page.getByRole('link', { name: 'Back to Today' }).click();
    await cy.page.getByTestId('next-steps').waitFor({ timeout: 15_000 });
    expect(await cy.page.getByTestId('safety-check-offer').count()).toBe(0);

    const dee = await suite.open(deeAccount, '/today', DESKTOP);
    const offer = dee.page.getByTestId('safety-check-offer');
    await offer.waitFor({ timeout: 15_000 });
    await shot(dee, 'today-offer-desktop');
    await offer.getByRole('button', { name: 'Maybe later' }).click();
    await offer.waitFor({ state: 'detached' });
    await dee.page.reload();
    await dee.page.getByTestId('next-steps').waitFor({ timeout: 15_000 });
    expect(await dee.page.getByTestId('safety-check-offer').count()).toBe(0);
    await dee.checkA11y();

    // The public Safety page, signed out: resources for the browser's time zone, and no check.
    const visitor = await suite.visitor();
    await visitor.goto('/safety');
    await expect.poll(() => visitor.page.getByTestId('safety-resources').innerText()).toContain('800 120 002');
    expect(await visitor.page.getByTestId('safety-check-link').count()).toBe(0);
    await visitor.checkA11y();
    await shot(visitor, 'safety-page-signed-out-phone');
    clean([cy, dee, visitor]);
  });
});
