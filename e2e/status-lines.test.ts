import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PersonPage } from './page-models/person.js';
import { pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';
import { openFold } from './support/fold.js';

const hasBrowser = browserAvailable();
const SHOTS = '/tmp/shots/status';
const DESKTOP = { width: 1280, height: 800 };

async function shot(p: PersonPage, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await p.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/*
 * A line said after an action ("Shared. Yours will be shown when …") describes the state the
 * action left. When the partner's answer arrives live, that state is gone, and so must the line.
 */
describe.runIf(hasBrowser)('status lines follow what happens next', () => {
  const suite = partnerSuite();
  let shared: Promise<[Account, Account]> | null = null;
  const couple = () => (shared ??= pairedAccounts(suite.server().url, ['Ana', 'Ben']));
  const open = async (path: string): Promise<[PersonPage, PersonPage]> => {
    const [a, b] = await couple();
    return [await suite.open(a, path), await suite.open(b, path, DESKTOP)];
  };

  it('a prepared conversation and a revised agreement: the waiting lines go when the partner answers', async () => {
    const [ana, ben] = await open('/practices/agreements');

    // A conversation: Ana shares first and is told hers waits; Ben shares; both see both.
    await openFold(ana.page, 'suggest-fold');
    const suggest = ana.page.getByTestId('conversation-suggest');
    await suggest.getByRole('button', { name: 'What helps me feel safe right now' }).click();
    await suggest.getByRole('button', { name: 'Suggest to Ben' }).click();
    const anaConv = ana.page.getByTestId('conversation').first();
    const benConv = ben.page.getByTestId('conversation').first();
    await anaConv.getByLabel('What I need').fill('To hear the plan for the evening by lunchtime.');
    await anaConv.getByRole('button', { name: "Share when we're both ready" }).click();
    await anaConv.getByText('Shared. Yours will be shown when Ben shares theirs too.').waitFor({ timeout: 10_000 });
    await benConv.getByLabel('What I need').fill('To be asked, not checked on.', { timeout: 10_000 });
    await benConv.getByRole('button', { name: "Share when we're both ready" }).click();
    await anaConv.getByText('Both shared').waitFor({ timeout: 10_000 });
    await anaConv.getByText('To be asked, not checked on.').waitFor({ timeout: 10_000 });
    expect(await anaConv.innerText()).not.toContain('Yours will be shown when');
    await ana.checkA11y();
    await shot(ana, 'conversation-both-phone');

    // An agreement: proposed, accepted, revised — "Ben will be asked" goes once Ben has accepted.
    await openFold(ana.page, 'propose-fold');
    const form = ana.page.getByTestId('agreement-form');
    await form.getByLabel('A short name', { exact: true }).fill('Saying when I’ll be late');
    await form.getByLabel('What we agree', { exact: true }).fill('If I will be more than 30 minutes late, I send a message.');
    await form.getByRole('button', { name: 'In a month' }).click();
    await form.getByRole('button', { name: 'Propose to Ben' }).click();
    const anaCard = ana.page.getByTestId('agreement').first();
    const benCard = ben.page.getByTestId('agreement').first();
    await ana.page.getByText('Proposed to Ben. It counts once Ben accepts it.').waitFor({ timeout: 10_000 });
    await benCard.getByRole('button', { name: 'I accept this' }).click({ timeout: 10_000 });
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain('You both accepted this version.');
    expect(await ana.page.locator('main').innerText()).not.toContain('It counts once Ben accepts it');
    await anaCard.getByRole('button', { name: 'Revise' }).click();
    const revise = anaCard.getByTestId('agreement-revise');
    await revise.getByLabel('What we agree', { exact: true }).fill('If I will be more than 15 minutes late, I send a message.');
    await revise.getByRole('button', { name: 'Save the new version' }).click();
    await anaCard.getByText('Saved. Ben will be asked to accept the new version.').waitFor({ timeout: 10_000 });
    await expect.poll(() => benCard.innerText(), { timeout: 10_000 }).toContain('more than 15 minutes late');
    await benCard.getByRole('button', { name: 'I accept this' }).click();
    await expect.poll(() => anaCard.innerText(), { timeout: 10_000 }).toContain('You both accepted this version.');
    expect(await anaCard.innerText()).not.toContain('will be asked to accept');
    await ana.checkA11y();
    await shot(ana, 'agreement-accepted-phone');

    for (const p of [ana, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      await p.context.close();
    }
  });

  it('a question: "Ben can answer when they\'re ready" goes once the answer came', async () => {
    const [ana, ben] = await open('/practices/understand/questions');
    await openFold(ana.page, 'ask-fold');
    await ana.page.getByLabel("What you'd like to know", { exact: true }).fill('When did it start?');
    await ana.page.getByRole('button', { name: 'Ask Ben…' }).first().click();
    await ana.page.getByRole('dialog').getByRole('button', { name: 'Ask', exact: true }).click();
    await ana.page.getByText("Asked. Ben can answer when they're ready.").waitFor({ timeout: 10_000 });

    const asked = ben.page.getByTestId('asked-question').first();
    await asked.getByLabel('Your answer', { exact: true }).fill('In March, after the conference.', { timeout: 10_000 });
    await asked.getByRole('button', { name: 'Share my answer…' }).click();
    await ben.page.getByRole('dialog').getByRole('button', { name: 'Share', exact: true }).click();

    await ana.page.getByText('In March, after the conference.').waitFor({ timeout: 10_000 });
    expect(await ana.page.locator('main').innerText()).not.toContain('can answer when they');
    await ana.checkA11y();
    await shot(ana, 'question-answered-phone');
    for (const p of [ana, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      await p.context.close();
    }
  });

  it('an activity: "Added …" goes once it is done', async () => {
    const [ana, ben] = await open('/practices/rituals');
    // The ideas wait folded until opened, so the page stays short.
    await ana.page.getByTestId('ideas-fold').locator('summary').click();
    await ana.page.getByLabel('Or an idea of your own').fill('Cook dal together');
    await ana.page.getByRole('button', { name: 'Add it', exact: true }).click();
    await ana.page.getByText(/^Added “Cook dal together”/).waitFor({ timeout: 10_000 });
    const plan = ana.page.getByTestId('activity-plan').filter({ hasText: 'Cook dal together' });
    await plan.getByRole('button', { name: 'We did it', exact: true }).click();
    await plan.getByRole('button', { name: 'Mark it done' }).click();
    await ana.page.getByRole('heading', { name: 'Done', exact: true }).waitFor({ timeout: 10_000 });
    await plan.getByText(/Done/).first().waitFor();
    expect(await ana.page.locator('main').innerText()).not.toContain('Added “Cook dal together”');
    await ana.checkA11y();
    for (const p of [ana, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      await p.context.close();
    }
  });

  it('closing a chapter: said once, in its own words; the suggestion line goes once it is closed', async () => {
    const [ana, ben] = await open('/practices/forgiveness');
    await ana.page.getByTestId('chapter-fold').locator('summary').click();
    const chapterForm = ana.page.getByTestId('chapter-form');
    await chapterForm.getByLabel('The chapter you want to close').fill('The year of secrets');
    await chapterForm.getByRole('button', { name: 'Suggest closing it, to Ben' }).click();
    await chapterForm.getByText(/^Shared with Ben\./).waitFor({ timeout: 10_000 });

    const benChapter = ben.page.getByTestId('milestone').filter({ hasText: 'The year of secrets' });
    await benChapter.getByRole('button', { name: 'Close it together' }).click({ timeout: 10_000 });
    await benChapter.getByText('You both chose to close this chapter.').waitFor({ timeout: 10_000 });
    await benChapter.getByText('Ana will see that you closed it together.').waitFor();
    const benText = await benChapter.innerText();
    expect(benText).not.toContain('Marked together');
    expect(benText.match(/Closed together/g) ?? []).toHaveLength(1);

    const anaChapter = ana.page.getByTestId('milestone').filter({ hasText: 'The year of secrets' });
    await anaChapter.getByText('You both chose to close this chapter.').waitFor({ timeout: 10_000 });
    expect(await chapterForm.innerText()).not.toMatch(/together when Ben/);
    await ana.checkA11y();
    await ben.checkA11y();
    await shot(ben, 'chapter-closed-desktop');
    for (const p of [ana, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      await p.context.close();
    }
  });
});
