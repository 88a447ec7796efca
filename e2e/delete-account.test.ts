import { mkdirSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../src/server/test/databases.js';
import type { PersonPage } from './page-models/person.js';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { openFold } from './support/fold.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();
const dialects = hasBrowser ? await testDialects() : [];
const SHOTS = '/tmp/shots';

describe.runIf(hasBrowser).each(dialects)('deleting one’s account, with the partner watching, on %s', (dialect) => {
  const suite = partnerSuite(dialect);
  // What a person sees on their screen (not the whole long page).
  const shot = async (p: PersonPage, name: string) => {
    mkdirSync(SHOTS, { recursive: true });
    await p.page.screenshot({ path: `${SHOTS}/delete-${name}-${dialect}.png` });
  };

  it('asks for the password, deletes everything, and the partner’s view changes live', async () => {
    const [adaAccount, benAccount] = await pairedAccounts(suite.server().url, ['Ada', 'Ben']);
    const ada = await suite.open(adaAccount, '/practices/apologize');
    const ben = await suite.open(benAccount, '/practices/apologize', { width: 1280, height: 800 });

    // Ada shares an impact letter; Ben reads it.
    await openFold(ada.page, 'letter-fold');
    const letter = ada.page.getByTestId('impact-letter');
    await letter.getByLabel('What happened to me', { exact: true }).fill('I found out from a friend.');
    await letter.getByLabel('How it hurt', { exact: true }).fill('I felt foolish for months.');
    await letter.getByLabel('What I need', { exact: true }).fill('Time.');
    await letter.getByRole('button', { name: 'Save', exact: true }).click();
    await letter.getByRole('button', { name: 'Share with Ben…' }).click();
    await ada.page.getByRole('dialog').getByRole('button', { name: 'Share', exact: true }).click();
    const received = ben.page.getByTestId('impact-letter-received');
    await expect.poll(() => received.innerText(), { timeout: 10_000 }).toContain('I felt foolish for months.');

    // Ada goes to Settings; the card says what deleting means before anything happens.
    await ada.goto('/settings');
    await openFold(ada.page, 'settings-delete');
    const card = ada.page.getByRole('region', { name: 'Delete your account' }).or(ada.page.locator('section', { hasText: 'Delete your account' })).first();
    await card.waitFor();
    expect(await card.innerText()).toContain('Ben keeps what they wrote');
    await card.scrollIntoViewIfNeeded();
    await shot(ada, 'card');
    await ada.checkA11y();
    await card.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = ada.page.getByRole('dialog');
    await dialog.getByLabel('Your password', { exact: true }).waitFor();
    await ada.checkA11y();

    // A wrong password is caught, and nothing is deleted.
    await dialog.getByLabel('Your password', { exact: true }).fill('not my password at all');
    await dialog.getByRole('button', { name: 'Delete my account', exact: true }).click();
    await expect.poll(() => dialog.innerText(), { timeout: 30_000 }).toContain("That password isn't right");
    await shot(ada, 'wrong-password');
    expect(await adaAccount.client.me().then((m) => m.user.displayName)).toBe('Ada');

    // "Keep my account" closes it; then Ada does it for real, by keyboard.
    await dialog.getByRole('button', { name: 'Keep my account' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByRole('button', { name: 'Delete my account…' }).click();
    await dialog.getByLabel('Your password', { exact: true }).fill(adaAccount.password);
    // The live stream ending with the session is what could bounce Ada to the sign-in page:
    // its end (the server's, after "session ended", or the page's own closing) is awaited.
    const streamEnded = new Promise<void>((resolve) => {
      const ended = (r: Request) => {
        if (new URL(r.url()).pathname === '/api/events') resolve();
      };
      ada.page.on('requestfinished', ended);
      ada.page.on('requestfailed', ended);
    });
    await ada.page.keyboard.press('Enter');
    await ada.page.waitForURL('**/goodbye', { timeout: 30_000 });
    await ada.page.getByRole('heading', { name: 'Your account is deleted' }).waitFor();
    await streamEnded;
    await ada.checkA11y();
    await shot(ada, 'goodbye');

    // Nothing of Ada's keys or drafts is left in this browser.
    const stored = await ada.page.evaluate(async () => {
      const dbs = (await indexedDB.databases?.()) ?? [];
      const counts: number[] = [];
      for (const info of dbs) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((res, rej) => {
          const r = indexedDB.open(info.name!);
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          counts.push(
            await new Promise<number>((res) => {
              const req = db.transaction(store, 'readonly').objectStore(store).count();
              req.onsuccess = () => res(req.result);
              req.onerror = () => res(-1);
            }),
          );
        }
        db.close();
      }
      return counts.reduce((a, b) => a + b, 0);
    });
    expect(stored).toBe(0);
    // Still saying goodbye. By now anything the stream's end set off has run: the page handled
    // it when the stream ended (awaited above), and a bounce's wipe of this browser's stores
    // would have been queued before the count just made.
    expect(ada.page.url()).toContain('/goodbye');
    await ada.page.getByRole('heading', { name: 'Your account is deleted' }).waitFor();

    // Ben's page loses Ada's letter and the couple space, live.
    await received.waitFor({ state: 'detached', timeout: 10_000 });
    await ben.goto('/couple');
    await ben.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await ben.page.getByTestId('partner-name').count()).toBe(0);
    await ben.checkA11y();

    // Signing in as Ada now fails like any unknown account.
    await ada.goto('/signin');
    await ada.page.getByLabel('Email', { exact: true }).fill(adaAccount.email);
    await ada.page.getByLabel('Password', { exact: true }).fill(adaAccount.password);
    await ada.page.getByRole('button', { name: 'Sign in' }).click();
    await ada.page.getByRole('alert').filter({ hasText: /didn't match|don't match|isn't right|not right/i }).first().waitFor({ timeout: 30_000 });
    expect(ada.page.url()).toContain('/signin');

    for (const p of [ada, ben]) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests, `requests that left the server for ${p.name}`).toEqual([]);
    }
  });
});
