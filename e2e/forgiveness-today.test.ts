import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PersonPage } from './page-models/person.js';
import { pairedAccounts } from './support/accounts.js';
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

describe.runIf(hasBrowser)('forgiveness, and Today by stance, decision and space, in two browsers', () => {
  const suite = partnerSuite();

  it('a milestone marked together; a private stance; the decision point; asking for space', async () => {
    const [caiAccount, deeAccount] = await pairedAccounts(suite.server().url, ['Cai', 'Dee']);
    // Paired eight days ago: the monthly question is asked from the second week on.
    const ids = await Promise.all([caiAccount, deeAccount].map(async (a) => (await a.client.me()).user.id));
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
    await suite.server().database.handle.db.updateTable('couple_members').set({ joined_at: eightDaysAgo }).where('user_id', 'in', ids).execute();
    const cai = await suite.open(caiAccount, '/practices/forgiveness');
    const dee = await suite.open(deeAccount, '/practices/forgiveness', DESKTOP);

    // A milestone: suggested by Cai, confirmed by Dee, marked together for both.
    const form = cai.page.getByTestId('milestone-form');
    await form.getByRole('button', { name: 'Three months of Friday check-ins' }).click();
    await form.getByRole('button', { name: 'Suggest it to Dee' }).click();
    const deeMilestone = dee.page.getByTestId('milestone').first();
    await expect.poll(() => deeMilestone.innerText(), { timeout: 10_000 }).toContain('Three months of Friday check-ins');
    await dee.checkA11y();
    await shot(dee, 'forgiveness-suggested-desktop');
    await deeMilestone.getByRole('button', { name: 'Mark it together' }).click();
    const caiMilestone = cai.page.getByTestId('milestone').first();
    await expect.poll(() => caiMilestone.innerText(), { timeout: 10_000 }).toContain('You marked this together.');
    await cai.checkA11y();
    await shot(cai, 'forgiveness-phone');

    // A stance, chosen privately, changes Cai's next steps and nothing on Dee's Today.
    await cai.goto('/today');
    await dee.goto('/today');
    const deeSteps = dee.page.getByTestId('next-steps');
    await deeSteps.waitFor({ timeout: 10_000 });
    const deeBefore = await deeSteps.innerText();
    const caiSteps = cai.page.getByTestId('next-steps');
    await caiSteps.waitFor({ timeout: 10_000 });
    await (await openFold(cai.page, 'stance-card')).getByRole('radio', { name: 'I broke trust' }).click();
    await cai.page.getByTestId('step-apology').waitFor({ timeout: 10_000 });
    await cai.checkA11y();
    await shot(cai, 'today-stance-phone');
    await dee.page.reload();
    await deeSteps.waitFor({ timeout: 10_000 });
    expect(await deeSteps.innerText()).toBe(deeBefore);
    // Opened first, so the radios are there to be counted.
    expect(await (await openFold(dee.page, 'stance-card')).getByRole('radio', { checked: true }).count()).toBe(0);

    // The decision point: Cai's yes shows Dee nothing; Dee's yes shows both "both said yes".
    const caiDecision = cai.page.getByTestId('decision-card');
    const deeDecision = dee.page.getByTestId('decision-card');
    await deeDecision.waitFor({ timeout: 10_000 });
    const deeDecisionBefore = await deeDecision.innerText();
    await caiDecision.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect.poll(() => caiDecision.getByRole('button', { name: 'Yes', exact: true }).getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    // Private next steps for Cai's own answer.
    await expect.poll(() => caiDecision.getByTestId('decision-next').innerText(), { timeout: 10_000 }).toContain('A few ways to keep going');
    await dee.page.reload();
    await deeDecision.waitFor({ timeout: 10_000 });
    expect(await deeDecision.innerText()).toBe(deeDecisionBefore);
    expect(await deeDecision.innerText()).not.toContain('both said yes');
    await deeDecision.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect.poll(() => deeDecision.innerText(), { timeout: 10_000 }).toContain('You both said yes this month.');
    await expect.poll(() => caiDecision.innerText(), { timeout: 15_000 }).toContain('You both said yes this month.');
    await dee.checkA11y();
    await shot(dee, 'today-decision-desktop');

    // "Not sure" and "no" each have their own gentle steps, seen only by the one who answered.
    await caiDecision.getByRole('button', { name: 'Not sure', exact: true }).click();
    await expect.poll(() => caiDecision.getByTestId('decision-next').innerText(), { timeout: 10_000 }).toContain('couples therapist');
    await caiDecision.getByRole('button', { name: 'No', exact: true }).click();
    const parting = caiDecision.getByTestId('decision-next');
    await expect.poll(() => parting.innerText(), { timeout: 10_000 }).toContain('Deciding to part is not a failure');
    expect(await parting.getByRole('link', { name: /Safety and support/ }).getAttribute('href')).toBe('/safety');
    expect(await parting.getByRole('link', { name: /leave the couple space/ }).getAttribute('href')).toBe('/couple');
    await cai.checkA11y();
    await shot(cai, 'today-decision-no-phone');
    await dee.page.reload();
    await deeDecision.waitFor({ timeout: 10_000 });
    expect(await deeDecision.innerText()).not.toContain('part');
    await caiDecision.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect.poll(() => caiDecision.innerText(), { timeout: 15_000 }).toContain('You both said yes this month.');

    // Space: Cai asks; Dee's Today says so, kindly, and the prompts are paused.
    const caiSpace = cai.page.getByTestId('space-card');
    await caiSpace.getByRole('button', { name: 'I need some space…' }).click();
    expect(await caiSpace.getByRole('radio', { name: 'For 2 hours' }).count()).toBe(1);
    expect(await caiSpace.getByRole('radio', { name: 'Until tomorrow morning' }).count()).toBe(1);
    await caiSpace.getByRole('radio', { name: 'Until tomorrow', exact: true }).check();
    await caiSpace.getByLabel('A short message (optional)').fill('I am all right. I just need a quiet evening.');
    expect(await caiSpace.innerText()).toContain('as a note');
    await cai.checkA11y();
    await shot(cai, 'today-space-ask-phone');
    await caiSpace.getByRole('button', { name: 'Ask for some space' }).click();
    await expect.poll(() => caiSpace.innerText(), { timeout: 10_000 }).toContain('You asked for some space until tomorrow.');
    await expect.poll(() => caiSpace.innerText(), { timeout: 10_000 }).toContain('your message went to Dee as a note');
    await expect.poll(() => dee.page.getByTestId('partner-space').innerText(), { timeout: 15_000 }).toBe(
      'Cai asked for some space until tomorrow. Prompts are paused. Nothing is needed from you. Notes you write now will wait, and reach Cai when the space ends.',
    );
    await cai.checkA11y();
    await dee.checkA11y();
    await shot(cai, 'today-space-phone');
    await shot(dee, 'today-space-desktop');
    await dee.goto('/practices/closeness');
    await expect.poll(async () => (await dee.page.locator('main').innerText()).toLowerCase(), { timeout: 15_000 }).toMatch(/paused|space/);
    // Cai's short message arrived as an ordinary note.
    await dee.goto('/practices/notes');
    await expect.poll(() => dee.page.locator('main').innerText(), { timeout: 15_000 }).toContain('I am all right. I just need a quiet evening.');

    for (const p of [cai, dee]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });
});
