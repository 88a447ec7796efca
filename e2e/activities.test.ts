import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PersonPage } from './page-models/person.js';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();
const SHOTS = '/tmp/shots/status';
const WARSAW = 'Europe/Warsaw';
const DESKTOP = { width: 1280, height: 800 };

/** A date on the couple's clock (both accounts and browsers are in Warsaw), `days` from today. */
const warsawDate = (days = 0): string => new Intl.DateTimeFormat('en-CA', { timeZone: WARSAW }).format(new Date(Date.now() + days * 86_400_000));

async function shot(p: PersonPage, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await p.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe.runIf(hasBrowser)('activities: private until shared, then both can plan and say "we did it"', () => {
  const suite = partnerSuite();

  it('a picked idea stays private; once shared, the partner changes the time and says "we did it", live for both', async () => {
    const [mayaAccount, leoAccount] = await pairedAccounts(suite.server().url, ['Maya', 'Leo']);
    const maya = await suite.open(mayaAccount, '/practices/rituals');
    const leo = await suite.open(leoAccount, '/practices/rituals', DESKTOP);

    // Two ideas picked: both start private. The ideas wait folded until opened.
    await maya.page.getByTestId('ideas-fold').locator('summary').click();
    await maya.page.getByLabel('Category').selectOption({ label: 'Outdoors' });
    await maya.page.getByTestId('ideas').getByRole('button', { name: /^Pick this.*Watch the sunrise/ }).click();
    const sunrise = maya.page.getByTestId('activity-plan').filter({ hasText: 'Watch the sunrise' });
    await sunrise.getByText('Just for you, for now', { exact: true }).waitFor();
    await maya.page.getByText(/just for you until you share it with Leo/).waitFor();
    await maya.page.getByTestId('ideas').getByRole('button', { name: /^Pick this.*A picnic in the park/ }).click();
    const picnic = maya.page.getByTestId('activity-plan').filter({ hasText: 'A picnic in the park' });
    await picnic.getByText('Just for you, for now', { exact: true }).waitFor();
    await maya.checkA11y();
    await shot(maya, 'activity-private-phone');
    await picnic.screenshot({ path: `${SHOTS}/activity-private-card-phone.png` });

    // Only the one Maya shares reaches Leo.
    await picnic.getByRole('button', { name: 'Share with Leo' }).click();
    await picnic.getByText('Shared with Leo', { exact: true }).waitFor({ timeout: 10_000 });
    const leoPicnic = leo.page.getByTestId('activity-plan').filter({ hasText: 'A picnic in the park' });
    await leoPicnic.getByText('From Maya', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await leo.page.locator('main').innerText()).not.toContain('Watch the sunrise');

    // Leo plans a time for it; Maya sees it live.
    await leoPicnic.getByRole('button', { name: 'Plan a time' }).click();
    await leoPicnic.getByLabel('On', { exact: true }).fill(warsawDate(2));
    await leoPicnic.getByLabel('At', { exact: true }).fill('15:00');
    await leoPicnic.getByRole('button', { name: 'Save the plan' }).click();
    await picnic.getByText(/at 15:00 · Leo set this time/).waitFor({ timeout: 10_000 });

    // Maya changes it; then Leo changes it again — the latest wins for both.
    await picnic.getByRole('button', { name: 'Change the time' }).click();
    await picnic.getByLabel('At', { exact: true }).fill('16:00');
    await picnic.getByRole('button', { name: 'Save the plan' }).click();
    await leoPicnic.getByText(/at 16:00/).waitFor({ timeout: 10_000 });
    await leoPicnic.getByRole('button', { name: 'Change the time' }).click();
    await leoPicnic.getByLabel('At', { exact: true }).fill('17:30');
    await leoPicnic.getByRole('button', { name: 'Save the plan' }).click();
    await picnic.getByText(/at 17:30 · Leo set this time/).waitFor({ timeout: 10_000 });
    await leoPicnic.getByText(/at 17:30 · you set this time/).waitFor();
    await leo.checkA11y();
    await shot(leo, 'activity-partner-planned-desktop');
    await leoPicnic.screenshot({ path: `${SHOTS}/activity-partner-planned-card-desktop.png` });

    // Leo says "we did it", with a line; Maya sees it done, with his words.
    await leoPicnic.getByRole('button', { name: 'We did it', exact: true }).click();
    await leoPicnic.getByLabel(/How was it/).fill('We stayed until the sun went down.');
    await leoPicnic.getByRole('button', { name: 'Mark it done' }).click();
    await leoPicnic.getByText('You said you did it.').waitFor({ timeout: 10_000 });
    await picnic.getByText('Leo said you did it.').waitFor({ timeout: 10_000 });
    await picnic.getByText(/We stayed until the sun went down/).waitFor();
    expect(await picnic.innerText()).toContain('Done');
    await maya.page.getByRole('heading', { name: 'Done', exact: true }).waitFor();
    await maya.checkA11y();
    await shot(maya, 'activity-done-by-partner-phone');
    await picnic.screenshot({ path: `${SHOTS}/activity-done-by-partner-card-phone.png` });

    // The one never shared is still Maya's alone, after a reload too.
    await leo.page.reload();
    await leoPicnic.waitFor({ timeout: 10_000 });
    expect(await leo.page.locator('main').innerText()).not.toContain('Watch the sunrise');

    for (const p of [maya, leo]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests).toEqual([]);
    }
  });
});
