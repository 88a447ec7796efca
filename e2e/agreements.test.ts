import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { todayIn } from '../src/core/today/index.js';
import { addDays } from '../src/shared/schedules/local-time.js';
import { ItemsClient } from '../src/shared/client/index.js';
import type { PersonPage } from './page-models/person.js';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';
import { openFold } from './support/fold.js';

const hasBrowser = browserAvailable();
const SHOTS = '/tmp/shots';
const DESKTOP = { width: 1280, height: 800 };

async function shot(p: PersonPage, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await p.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe.runIf(hasBrowser)('agreements and prepared conversations, in two browsers', () => {
  const suite = partnerSuite();
  // Both tests share one couple: the server allows ten sign-ups an hour.
  let shared: Promise<[Account, Account]> | null = null;
  const couple = () => (shared ??= pairedAccounts(suite.server().url, ['Ana', 'Ben']));
  let pages: [PersonPage, PersonPage] | null = null;
  const open = async (): Promise<[PersonPage, PersonPage]> => {
    if (pages) return pages;
    const [a, b] = await couple();
    pages = [await suite.open(a, '/practices/agreements'), await suite.open(b, '/practices/agreements', DESKTOP)];
    return pages;
  };

  it('proposed, accepted, revised — and the revision needs accepting again', async () => {
    const [ana, ben] = await open();
    await ana.page.getByRole('heading', { name: 'No agreements yet' }).waitFor();
    await ana.checkA11y();
    await shot(ana, 'agreements-empty-phone');

    await openFold(ana.page, 'propose-fold');
    const form = ana.page.getByTestId('agreement-form');
    await form.getByLabel('A short name', { exact: true }).fill('Saying when I’ll be late');
    await form.getByLabel('What we agree', { exact: true }).fill('If I will be more than 30 minutes late, I send a message saying where I am and when I will be home.');
    await form.getByRole('button', { name: 'In a month' }).click();
    await form.getByRole('button', { name: 'Propose to Ben' }).click();
    const anaCard = ana.page.getByTestId('agreement').first();
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain("Waiting for Ben's answer");

    // Ben sees it live and accepts.
    const benCard = ben.page.getByTestId('agreement').first();
    await expect.poll(() => benCard.innerText(), { timeout: 10_000 }).toContain('more than 30 minutes late');
    expect(await benCard.innerText()).toContain('Ana proposed this');
    await ben.checkA11y();
    await shot(ben, 'agreements-proposed-desktop');
    await benCard.getByRole('button', { name: 'I accept this' }).click();
    await expect.poll(() => benCard.innerText(), { timeout: 10_000 }).toContain('You both accepted this version.');
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain('You both accepted this version.');
    await ana.checkA11y();
    await shot(ana, 'agreements-accepted-phone');

    // Ana revises the words: Ben is asked again.
    await anaCard.getByRole('button', { name: 'Revise' }).click();
    const revise = anaCard.getByTestId('agreement-revise');
    await revise.getByLabel('What we agree', { exact: true }).fill('If I will be more than 15 minutes late, I send a message saying where I am and when I will be home.');
    await revise.getByLabel('What changed, and why (optional)').fill('Fifteen minutes feels fairer.');
    await revise.getByRole('button', { name: 'Save the new version' }).click();
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain("Changed since Ben accepted it");
    await expect.poll(() => benCard.innerText(), { timeout: 10_000 }).toContain('Ana changed this since you accepted it');
    expect(await benCard.innerText()).toContain('Fifteen minutes feels fairer.');
    expect(await benCard.innerText()).toContain('Waiting for an answer');
    await ben.checkA11y();
    await shot(ben, 'agreements-revised-desktop');

    // Ben asks for a change, in his words; then accepts after all.
    await benCard.getByRole('button', { name: 'Ask to revise' }).click();
    await benCard.getByLabel("What you'd change").fill('Could we say 20 minutes on workdays?');
    await benCard.getByRole('button', { name: 'Send to Ana' }).click();
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain('Could we say 20 minutes on workdays?');
    expect(await anaCard.innerText()).toContain('Ben asked to revise this.');
    await benCard.getByRole('button', { name: 'I accept this' }).click();
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain('You both accepted this version.');

    // Earlier versions, for the one who wrote them.
    await anaCard.getByText('Earlier versions').click();
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain('more than 30 minutes late');
    await ana.checkA11y();
    await shot(ana, 'agreements-versions-phone');

    for (const p of [ana, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });

  it('a prepared conversation: each prepares privately; nothing shows until both share, then both see both', async () => {
    const [ana, ben] = await open();
    const [, benAccount] = await couple();
    await openFold(ana.page, 'suggest-fold');
    const suggest = ana.page.getByTestId('conversation-suggest');
    await suggest.getByRole('button', { name: 'What helps me feel safe right now' }).click();
    await suggest.getByRole('button', { name: 'Suggest to Ben' }).click();

    const anaConv = ana.page.getByTestId('conversation').first();
    const benConv = ben.page.getByTestId('conversation').first();
    await anaConv.waitFor({ timeout: 10_000 });
    await expect.poll(() => benConv.innerText(), { timeout: 10_000 }).toContain('What helps me feel safe right now');

    await anaConv.getByLabel('What I feel about this').fill('Anxious in the evenings when I do not know the plan.');
    await anaConv.getByLabel('What I need').fill('To hear the plan for the evening by lunchtime.');
    await benConv.getByLabel('What I feel about this').fill('Hopeful, and a bit afraid of getting it wrong.');
    await anaConv.getByText('Saved as a draft').waitFor({ timeout: 10_000 });
    await ana.checkA11y();
    await shot(ana, 'agreements-prepare-phone');

    await anaConv.getByRole('button', { name: "Share when we're both ready" }).click();
    await expect.poll(() => anaConv.innerText(), { timeout: 10_000 }).toContain('Waiting — yours will be shown when Ben shares theirs too.');
    await ana.checkA11y();
    await shot(ana, 'agreements-waiting-phone');

    // Ben learns nothing: not on the page after a reload, not through the API.
    await ben.page.reload();
    await benConv.waitFor({ timeout: 10_000 });
    expect(await ben.page.locator('main').innerText()).not.toContain('Anxious in the evenings');
    expect(await ben.page.locator('main').innerText()).not.toContain('Waiting');
    expect(await new ItemsClient(benAccount.client, () => null).list('conversation_prep')).toEqual([]);
    // His draft came back after the reload.
    await expect.poll(() => benConv.getByLabel('What I feel about this').inputValue(), { timeout: 10_000 }).toBe('Hopeful, and a bit afraid of getting it wrong.');

    await benConv.getByRole('button', { name: "Share when we're both ready" }).click();
    const anaBoth = anaConv.getByTestId('prep-both');
    const benBoth = benConv.getByTestId('prep-both');
    await expect.poll(() => benBoth.innerText(), { timeout: 10_000 }).toContain('Anxious in the evenings');
    expect(await benBoth.innerText()).toContain('Hopeful, and a bit afraid');
    // Ana sees both without a reload.
    await expect.poll(() => anaBoth.innerText(), { timeout: 10_000 }).toContain('Hopeful, and a bit afraid');
    expect(await anaBoth.innerText()).toContain('Anxious in the evenings');
    await ana.checkA11y();
    await ben.checkA11y();
    await shot(ana, 'agreements-both-phone');
    await shot(ben, 'agreements-both-desktop');

    for (const p of [ana, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });

  it('openness needs a review day 30–90 days out; declined, then revised from the partner’s wording, accepted — and due again on its day', async () => {
    const [ana, ben] = await open();
    const today = todayIn(new Date(), 'Europe/Warsaw');
    await openFold(ana.page, 'propose-fold');
    const form = ana.page.getByTestId('agreement-form');
    await form.getByRole('radio', { name: 'Openness' }).check();
    expect(await form.getByTestId('transparency-note').innerText()).toContain('offered, and self-reported');
    expect(await form.getByRole('button', { name: 'No set day' }).count()).toBe(0);
    await form.getByLabel('A short name', { exact: true }).fill('Telling you myself');
    await form.getByLabel('What we agree', { exact: true }).fill('If Sam contacts me, I tell you myself the same day.');
    // No day, too soon, too late: each says plainly what fits.
    await form.getByRole('button', { name: 'Propose to Ben' }).click();
    await expect.poll(() => form.innerText()).toContain('choose a day 30 to 90 days from now');
    const day = form.getByLabel('Day', { exact: true });
    await day.fill(addDays(today, 10));
    await form.getByRole('button', { name: 'Propose to Ben' }).click();
    await expect.poll(() => form.innerText()).toContain('at least 30 days from now');
    await day.fill(addDays(today, 120));
    await form.getByRole('button', { name: 'Propose to Ben' }).click();
    await expect.poll(() => form.innerText()).toContain('within 90 days');
    await ana.checkA11y();
    await shot(ana, 'agreements-openness-review-phone');
    await form.getByRole('button', { name: 'In two months' }).click();
    await form.getByRole('button', { name: 'Propose to Ben' }).click();

    const anaCard = ana.page.getByTestId('agreement').filter({ hasText: 'Telling you myself' });
    const benCard = ben.page.getByTestId('agreement').filter({ hasText: 'Telling you myself' });
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain("Waiting for Ben's answer");
    await expect.poll(() => benCard.innerText(), { timeout: 10_000 }).toContain('Ana proposed this');
    // Chosen as "Openness", it is called "Openness" on both cards.
    for (const card of [anaCard, benCard]) expect(await card.innerText()).toMatch(/^Openness · /m);

    // Ben declines, gently, with a few words.
    await benCard.getByRole('button', { name: 'Decline', exact: true }).click();
    await benCard.getByLabel("Anything you'd like to say (optional)").fill('The same day feels too long for me.');
    await ben.checkA11y();
    await benCard.getByRole('button', { name: 'Decline this version' }).click();
    await expect.poll(() => benCard.innerText(), { timeout: 10_000 }).toContain('You declined this version.');
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain('Ben declined this version.');
    expect(await anaCard.innerText()).toContain('The same day feels too long for me.');
    expect(await anaCard.innerText()).toContain('Declined');
    await ana.checkA11y();
    await shot(ana, 'agreements-declined-phone');

    // Ben proposes a revision in his own wording; Ana takes it up as a new version.
    await benCard.getByRole('button', { name: 'Ask to revise' }).click();
    await benCard.getByLabel("What you'd change").fill('Could it be within a few hours?');
    await benCard.getByRole('checkbox', { name: 'Suggest new wording too' }).check();
    await benCard.getByLabel('Your wording').fill('If Sam contacts me, I tell you myself within a few hours.');
    await ben.checkA11y();
    await shot(ben, 'agreements-partner-wording-desktop');
    await benCard.getByRole('button', { name: 'Send to Ana' }).click();
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain('Ben’s suggested wording');
    expect(await anaCard.innerText()).toContain('within a few hours');
    await anaCard.getByRole('button', { name: 'Start from Ben’s wording' }).click();
    const revise = anaCard.getByTestId('agreement-revise');
    expect(await revise.getByLabel('What we agree', { exact: true }).inputValue()).toBe('If Sam contacts me, I tell you myself within a few hours.');
    await revise.getByRole('button', { name: 'Save the new version' }).click();
    await expect.poll(() => benCard.innerText(), { timeout: 10_000 }).toContain('version 2');
    await benCard.getByRole('button', { name: 'I accept this' }).click();
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain('You both accepted this version.');

    // Two months on, it is due for review — not renewed by itself.
    await ana.page.clock.setFixedTime(new Date(Date.now() + 61 * 86_400_000));
    await ana.page.reload();
    await expect.poll(() => anaCard.innerText(), { timeout: 15_000 }).toContain('Time to look at this again');
    expect(await anaCard.innerText()).toContain('Due for review');
    expect(await anaCard.innerText()).not.toContain('You both accepted this version.');
    expect(await anaCard.getByRole('button', { name: 'Keep it, with a new review day' }).count()).toBe(1);
    await ana.checkA11y();
    await shot(ana, 'agreements-due-phone');

    for (const p of [ana, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });
});
