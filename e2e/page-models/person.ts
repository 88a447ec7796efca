import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousAxeViolations } from '../support/axe.js';

/** A neutral stand-in for the quick-exit target: tests never leave 127.0.0.1. */
export const NEUTRAL_SITE = 'https://www.bbc.com/weather';

/**
 * One partner in their own browser context (own cookies, storage and keys), driven the way
 * a person would: by labels, roles and the visible text.
 */
export class PersonPage {
  readonly outsideRequests: string[] = [];
  readonly axeFindings: { url: string; ids: string[] }[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
    readonly name: string,
  ) {}

  /** Opens a phone-sized (390×844) or desktop context that records every request leaving the server. */
  static async open(browser: Browser, baseUrl: string, name: string, viewport = { width: 390, height: 844 }): Promise<PersonPage> {
    const context = await browser.newContext({ viewport, timezoneId: 'Europe/Warsaw', locale: 'en-GB' });
    const page = await context.newPage();
    const person = new PersonPage(context, page, baseUrl, name);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      person.outsideRequests.push(url);
      // The quick exit's neutral site is answered locally; nothing else may leave.
      if (url.startsWith(NEUTRAL_SITE)) return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' });
      return route.abort();
    });
    return person;
  }

  /** Runs axe on the current page and records serious or critical findings. */
  async checkA11y(): Promise<void> {
    const found = await seriousAxeViolations(this.page);
    if (found.length) this.axeFindings.push({ url: this.page.url(), ids: found.map((f) => `${f.id}: ${f.targets.join(', ')}`) });
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(this.baseUrl + path);
  }

  /** From the welcome page (or a join page): create an account and confirm the recovery key. */
  async signUpFromHere(email: string, password: string): Promise<string[]> {
    const p = this.page;
    await p.getByRole('link', { name: 'Create your account' }).first().click();
    await p.getByLabel('Email', { exact: true }).fill(email);
    await p.getByLabel('Your name', { exact: true }).fill(this.name);
    await expect.poll(() => p.getByLabel('Time zone', { exact: true }).inputValue()).toBe('Europe/Warsaw');
    await p.getByLabel('Password', { exact: true }).fill(password);
    await p.getByLabel('Confirm password', { exact: true }).fill(password);
    await this.checkA11y();
    await p.getByRole('button', { name: 'Create your account' }).click();
    const list = p.getByTestId('recovery-words');
    await list.waitFor({ timeout: 30_000 });
    const words = (await list.locator('li').allInnerTexts()).map((w) => w.replace(/^\d+\.?\s*/, '').trim().split(/\s+/).pop() ?? '');
    expect(words).toHaveLength(24);
    await this.checkA11y();
    await p.getByRole('button', { name: /saved them/ }).click();
    // Type back the words asked for.
    await p.getByLabel(/^Word \d+$/).first().waitFor();
    let typed = 0;
    for (let n = 1; n <= 24; n++) {
      const field = p.getByLabel(`Word ${n}`, { exact: true });
      if ((await field.count()) === 0) continue;
      await field.fill(` ${words[n - 1]!.toUpperCase()} `);
      typed++;
    }
    expect(typed).toBe(2);
    await p.getByRole('button', { name: 'Continue' }).click();
    return words;
  }

  /**
   * Opens /signin (unless already there), fills email and password and presses "Sign in".
   * It does not wait for the outcome: callers wait for /today or for the error they expect.
   */
  async signIn(email: string, password: string): Promise<void> {
    const p = this.page;
    if (new URL(p.url(), this.baseUrl).pathname !== '/signin') await this.goto('/signin');
    await p.getByLabel('Email', { exact: true }).fill(email);
    await p.getByLabel('Password', { exact: true }).fill(password);
    await p.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  /** Signs out through the navigation (the sidebar on desktop, the Menu sheet on a phone) and waits for the welcome page. */
  async signOut(): Promise<void> {
    const p = this.page;
    const side = p.getByRole('navigation', { name: 'Main' });
    let nav = side;
    if (!(await side.isVisible())) {
      await p.getByRole('button', { name: 'Menu', exact: true }).click();
      nav = p.getByRole('navigation', { name: 'Menu' });
    }
    await nav.getByRole('button', { name: 'Sign out', exact: true }).click();
    await p.waitForURL((url) => url.pathname === '/');
  }
}
