import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshAccount, pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();
const DESKTOP = { width: 1280, height: 800 };

const box = async (l: Locator) => (await l.boundingBox())!;
const classes = (l: Locator) => l.getAttribute('class');

describe.runIf(hasBrowser)('small layout faults, fixed', () => {
  const suite = partnerSuite();

  it('spacing, button weight, aligned boxes, the phone menu and the field being typed in', async () => {
    const [adaAccount] = await pairedAccounts(suite.server().url, ['Ada', 'Ben']);
    const cyAccount = await freshAccount(suite.server().url, 'Cy');
    await cyAccount.client.startCouple();

    // Join page: the words after the buttons keep their distance from "Sign in".
    const visitor = await suite.visitor();
    await visitor.goto(`/join#${(await cyAccount.client.createInvite()).token}`);
    const signIn = visitor.page.getByRole('link', { name: 'Sign in', exact: true });
    await signIn.waitFor();
    const below = visitor.page.getByText("You'll join Cy as soon as you're signed in.");
    const gap = (await box(below)).y - ((await box(signIn)).y + (await box(signIn)).height);
    expect(gap).toBeGreaterThanOrEqual(12);

    // Invite card: copying the new link is the main button, making another the second.
    const cy = await suite.open(cyAccount, '/couple');
    await cy.page.getByRole('button', { name: 'Create an invite link' }).click();
    const copy = cy.page.getByRole('button', { name: 'Copy' });
    await copy.waitFor();
    expect(await classes(copy)).toContain('btn-primary');
    expect(await classes(cy.page.getByRole('button', { name: 'Create another link' }))).toContain('btn-secondary');

    // No empty gap under a character count.
    const ada = await suite.open(adaAccount, '/practices/notes');
    const count = ada.page.getByText('0 of 2000 characters');
    const when = ada.page.getByRole('group', { name: 'When should it arrive?' });
    expect((await box(when)).y - ((await box(count)).y + (await box(count)).height)).toBeLessThanOrEqual(24);

    // The field being typed in stays clear of the bottom bar when the keyboard squeezes the page:
    // the browser leaves a field that is "in view" where it is, even under the fixed bar.
    await ada.goto('/settings');
    const name = ada.page.getByLabel('Your name', { exact: true });
    await name.waitFor();
    await ada.page.setViewportSize({ width: 390, height: 420 });
    await name.evaluate((el) => {
      const bar = document.querySelector('.bottom-nav')!.getBoundingClientRect();
      window.scrollBy({ top: el.getBoundingClientRect().top - (bar.top + 4), behavior: 'instant' });
    });
    const clearOfBar = () => name.evaluate((el) => el.getBoundingClientRect().bottom <= document.querySelector('.bottom-nav')!.getBoundingClientRect().top);
    expect(await clearOfBar()).toBe(false);
    await name.focus();
    await expect.poll(clearOfBar).toBe(true);
    await ada.page.setViewportSize({ width: 390, height: 844 });

    // The phone menu fits: Settings and the rest are all in view above the bottom bar.
    await ada.goto('/today');
    await ada.page.getByRole('button', { name: 'Menu' }).click();
    const sheet = ada.page.getByRole('navigation', { name: 'Menu' });
    await sheet.waitFor();
    expect(await sheet.evaluate((s) => s.scrollHeight - s.clientHeight)).toBeLessThanOrEqual(0);
    const settings = sheet.getByRole('link', { name: 'Settings' });
    const bar = await box(ada.page.getByRole('navigation', { name: 'Quick links' }));
    expect((await box(settings)).y + (await box(settings)).height).toBeLessThanOrEqual(bar.y);
    await ada.checkA11y();

    // A questionnaire: skipping is the quiet button, "Next" after an answer the main one; the question takes focus without looking like a text box.
    await ada.goto('/practices/healing/check/mend.trust-check');
    const skip = ada.page.getByRole('button', { name: 'Skip this one' });
    expect(await classes(skip)).toContain('btn-secondary');
    await ada.page.getByRole('radio').first().check();
    const next = ada.page.getByRole('button', { name: 'Next' });
    expect(await classes(next)).toContain('btn-primary');
    await next.focus();
    await ada.page.keyboard.press('Enter');
    await expect.poll(() => ada.page.evaluate(() => document.activeElement?.tagName)).toBe('LEGEND');
    expect(await ada.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('none');
    await ada.checkA11y();

    // A promise's "At" box lines up with the date box beside it.
    const desk = await suite.open(adaAccount, '/practices/promises', DESKTOP);
    const form = desk.page.locator('form.promise-form').first();
    await form.waitFor();
    const on = form.getByLabel(/^(On|Starting)$/);
    const at = form.getByLabel('At', { exact: true });
    expect(Math.abs((await box(on)).y - (await box(at)).y)).toBeLessThanOrEqual(1);

    for (const p of [visitor, cy, ada, desk]) expect(p.axeFindings).toEqual([]);
  });
});
