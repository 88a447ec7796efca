import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Dialect } from '../../src/server/db/connect.js';
import { PersonPage } from '../page-models/person.js';
import type { Account } from './accounts.js';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/** What a browser test file shares: one server, one browser, and everyone it opened. */
export interface PartnerSuite {
  server(): RunningServer;
  /**
   * Opens a context for an existing account, signs in, and goes to `path` once Today has
   * loaded. The browser gets the device cookie the account was made with, so it signs in as
   * the same known device; `asNewDevice` leaves it out (the owner then gets a new-device notice).
   */
  open(account: Account, path: string, viewport?: { width: number; height: number }, options?: { asNewDevice?: boolean }): Promise<PersonPage>;
  /** Opens a context for someone who is not signed in (phone-sized unless told). */
  visitor(viewport?: { width: number; height: number }): Promise<PersonPage>;
}

/**
 * Registers beforeAll/afterAll for a file of two-partner browser tests: a real server on a
 * fresh database (SQLite unless told), headless Chromium, and every context closed at the end.
 */
export function partnerSuite(dialect: Dialect = 'sqlite'): PartnerSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const people: PersonPage[] = [];
  beforeAll(async () => {
    server = await startServer(dialect);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const p of people) await p.context.close();
    await browser?.close();
    await server?.stop();
  });
  return {
    server: () => server!,
    async open(account, path, viewport, options = {}) {
      const person = await PersonPage.open(browser!, server!.url, account.name, viewport);
      people.push(person);
      if (account.deviceCookie && !options.asNewDevice) {
        await person.context.addCookies([{ name: 'mend_device', value: account.deviceCookie, url: server!.url }]);
      }
      await person.signIn(account.email, account.password);
      await person.page.waitForURL('**/today', { timeout: 30_000 });
      // Signing in lands on Today: load another page only when one was asked for.
      if (path !== '/today') await person.goto(path);
      await person.page.getByRole('heading', { level: 1 }).waitFor();
      return person;
    },
    async visitor(viewport) {
      const person = await PersonPage.open(browser!, server!.url, 'Visitor', viewport);
      people.push(person);
      return person;
    },
  };
}
