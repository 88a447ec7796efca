import { PRACTICES } from '../src/web/features/practices/practices.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonPage } from './page-models/person.js';
import { browserAvailable, launchBrowser } from './support/browser.js';
import { openFold } from './support/fold.js';
import { startServer, type RunningServer } from './support/server.js';
import { indexedDbCounts } from './support/storage.js';

const hasBrowser = browserAvailable();

const PRACTICE_SLUGS = ['understand', 'apologize', 'agreements', 'promises', 'closeness', 'rituals', 'therapist', 'notes', 'healing', 'forgiveness'];
// The practices built so far; every other one must say it is coming.
const BUILT = new Set(PRACTICES.filter((p) => p.ready).map((p) => p.slug));

/** What this context's cookies get from GET /api/me (200 while signed in, 401 after). */
async function meStatus(person: PersonPage): Promise<number> {
  return (await person.page.request.get(person.baseUrl + '/api/me')).status();
}

/** All keys and values of localStorage and sessionStorage, as one text. */
function webStorageDump(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    for (const s of [localStorage, sessionStorage]) {
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i) ?? '';
        parts.push(key, s.getItem(key) ?? '');
      }
    }
    return parts.join('\n');
  });
}

/** Marks the current document, so a later check can tell that no reload happened in between. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument?: boolean }).__sameDocument = true;
  });
}

function documentIsMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

/** The "Your devices" card on /settings. */
function devicesCard(page: Page) {
  return page.locator('section.card').filter({ has: page.getByRole('heading', { name: 'Your devices', exact: true }) });
}

describe.runIf(hasBrowser)('accounts in the browser: devices, passwords, recovery, unlock', () => {
  let server: RunningServer;
  let browser: Browser;
  const people: PersonPage[] = [];

  const open = async (name: string, viewport?: { width: number; height: number }) => {
    const person = await PersonPage.open(browser, server.url, name, viewport);
    people.push(person);
    return person;
  };

  /** Someone new signs up from the welcome page and lands on Today. */
  const signedUp = async (name: string, email: string, password: string, viewport?: { width: number; height: number }) => {
    const person = await open(name, viewport);
    await person.goto('/');
    const words = await person.signUpFromHere(email, password);
    await person.page.waitForURL('**/today');
    return { person, words };
  };

  /** A second device of the same person signs in with email and password and lands on Today. */
  const signedIn = async (name: string, email: string, password: string) => {
    const person = await open(name);
    await person.goto('/signin');
    await person.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await person.checkA11y();
    await person.signIn(email, password);
    await person.page.waitForURL('**/today', { timeout: 30_000 });
    await expect.poll(() => person.page.getByRole('heading', { level: 1 }).innerText()).toContain(name);
    return person;
  };

  const expectClean = (...persons: PersonPage[]) => {
    for (const p of persons) {
      expect(p.axeFindings, `axe findings for ${p.name}`).toEqual([]);
      expect(p.outsideRequests, `requests that left the server for ${p.name}`).toEqual([]);
    }
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const p of people) await p.context.close();
    await browser?.close();
    await server?.stop();
  });

  it('devices: one person on two devices sees both, signs the other out, and that device is sent to sign in live', async () => {
    const email = 'ada.devices@example.org';
    const password = 'copper kettle under the stairs';
    const { person: a } = await signedUp('Ada', email, password);
    await a.checkA11y();
    const b = await signedIn('Ada', email, password);
    await b.checkA11y();
    expect(await meStatus(b)).toBe(200);
    await markDocument(b.page);

    await a.goto('/settings');
    // Settings are grouped and folded: open the devices first.
    await openFold(a.page, 'settings-devices');
    const card = devicesCard(a.page);
    await expect.poll(() => card.locator('li').count()).toBe(2);
    expect(await card.getByText('This device', { exact: true }).count()).toBe(1);
    // The current device carries no sign-out button; the other one does.
    const current = card.locator('li').filter({ hasText: 'This device' });
    expect(await current.getByRole('button').count()).toBe(0);
    const signOutOther = card.getByRole('button', { name: /^Sign out .+, last seen / });
    expect(await signOutOther.count()).toBe(1);
    await a.checkA11y();
    await signOutOther.click();

    // A's list shrinks to this device only.
    await expect.poll(() => card.locator('li').count()).toBe(1);
    await card.getByText("You're not signed in anywhere else.").waitFor();
    expect(await card.getByRole('status').innerText()).toMatch(/^Signed out of /);

    // B, sitting on Today, is sent to sign in by the live event, without a reload.
    await b.page.waitForURL('**/signin', { timeout: 10_000 });
    await b.page.getByText('You were signed out on this device.').waitFor();
    expect(await documentIsMarked(b.page)).toBe(true);
    expect(await meStatus(b)).toBe(401);
    await b.checkA11y();
    // A is still signed in.
    expect(await meStatus(a)).toBe(200);

    expectClean(a, b);
  });

  it('password change: the old password stops working, and the other devices are signed out', async () => {
    const email = 'ada.password@example.org';
    const oldPassword = 'violet canal before breakfast';
    const newPassword = 'seven paper boats at midnight';
    const { person: a } = await signedUp('Ada', email, oldPassword);
    const b = await signedIn('Ada', email, oldPassword);
    await markDocument(b.page);

    await a.goto('/settings');
    const pa = a.page;
    await openFold(pa, 'settings-keys');
    await pa.getByLabel('Current password', { exact: true }).fill(oldPassword);
    await pa.getByLabel('New password', { exact: true }).fill(newPassword);
    await pa.getByLabel('Confirm password', { exact: true }).fill(newPassword);
    await pa.getByRole('button', { name: 'Change password', exact: true }).click();
    await pa.getByText('Your password is changed.', { exact: false }).waitFor({ timeout: 30_000 });
    // The form is emptied after success.
    expect(await pa.getByLabel('Current password', { exact: true }).inputValue()).toBe('');
    await a.checkA11y();
    // Whoever knew the old password is signed out everywhere else at once (SESS-06).
    await pa.getByText('You were signed out of 1 other device.').waitFor();

    await b.page.waitForURL('**/signin', { timeout: 10_000 });
    expect(await documentIsMarked(b.page)).toBe(true);
    expect(await meStatus(b)).toBe(401);
    expect(await meStatus(a)).toBe(200);

    // A fresh device: the old password no longer works, the new one does.
    const c = await open('Ada');
    await c.signIn(email, oldPassword);
    const alert = c.page.getByRole('alert').filter({ hasText: /don.t match/ });
    await alert.waitFor({ timeout: 30_000 });
    expect(new URL(c.page.url()).pathname).toBe('/signin');
    expect(await meStatus(c)).toBe(401);
    await c.checkA11y();
    await c.signIn(email, newPassword);
    await c.page.waitForURL('**/today', { timeout: 30_000 });
    await expect.poll(() => c.page.getByRole('heading', { level: 1 }).innerText()).toContain('Ada');
    await c.checkA11y();

    expectClean(a, b, c);
  });

  it('sign-out wipes the keys, and recovery with the 24 words sets a new password', async () => {
    const email = 'ada.recovery@example.org';
    const password = 'amber lighthouse with green shutters';
    const newPassword = 'a different ladder of orange stones';
    const { person: a, words } = await signedUp('Ada', email, password);
    const pa = a.page;
    expect(words).toHaveLength(24);

    // While signed in, the wrapped key and its wrapping key are kept on this device.
    const before = await indexedDbCounts(pa);
    expect(Object.values(before).reduce((n, c) => n + c, 0)).toBeGreaterThan(0);

    await a.signOut();
    await a.checkA11y();
    expect(await meStatus(a)).toBe(401);

    // Nothing left in IndexedDB: every store of every database is empty (or gone).
    await expect.poll(() => indexedDbCounts(pa).then((counts) => Object.entries(counts).filter(([, n]) => n > 0))).toEqual([]);
    // No plaintext of the password or the recovery words in web storage.
    const storage = await webStorageDump(pa);
    expect(storage).not.toContain(password);
    expect(storage.toLowerCase()).not.toContain(words.slice(0, 2).join(' '));
    const tokens = new Set(storage.toLowerCase().split(/[^a-z]+/));
    expect(words.filter((w) => tokens.has(w)), 'recovery words found in web storage').toEqual([]);

    // Recovery: email, the 24 words (one per line, in mixed case), and a new password twice.
    await a.goto('/recover');
    await pa.getByRole('heading', { level: 1, name: 'Use your recovery key' }).waitFor();
    await a.checkA11y();
    const mixed = words.map((w, i) => (i % 3 === 0 ? w.toUpperCase() : i % 3 === 1 ? w.charAt(0).toUpperCase() + w.slice(1) : w));
    await pa.getByLabel('Email', { exact: true }).fill(email);
    await pa.getByLabel('Recovery key', { exact: true }).fill(mixed.join('\n'));
    await pa.getByLabel('New password', { exact: true }).fill(newPassword);
    await pa.getByLabel('Confirm password', { exact: true }).fill(newPassword);
    await pa.getByRole('button', { name: 'Set new password', exact: true }).click();
    await pa.waitForURL('**/today', { timeout: 30_000 });
    await pa.getByText('Your new password is set. Every other device was signed out.').waitFor();
    await expect.poll(() => pa.getByRole('heading', { level: 1 }).innerText()).toContain('Ada');
    expect(await meStatus(a)).toBe(200);
    await a.checkA11y();

    // A fresh device signs in with the new password.
    const d = await open('Ada');
    await d.signIn(email, newPassword);
    await d.page.waitForURL('**/today', { timeout: 30_000 });
    await expect.poll(() => d.page.getByRole('heading', { level: 1 }).innerText()).toContain('Ada');
    await d.checkA11y();

    expectClean(a, d);
  });

  it('a new recovery key from Settings: shown once and checked, the old words stop working, the new ones recover', async () => {
    const email = 'ada.newkey@example.org';
    const password = 'quiet orchard after the first frost';
    const { person: a, words: oldWords } = await signedUp('Ada', email, password);
    const pa = a.page;
    await a.goto('/settings');
    await openFold(pa, 'settings-keys');
    const card = pa.locator('section.card').filter({ has: pa.getByRole('heading', { name: 'Your recovery key', exact: true }) });
    await card.getByRole('button', { name: 'Make a new recovery key', exact: true }).click();
    await card.getByText('Please enter your password.').waitFor();
    await card.getByLabel('Your password', { exact: true }).fill('not my password at all');
    await card.getByRole('button', { name: 'Make a new recovery key', exact: true }).click();
    await card.getByText("That password isn't right.", { exact: false }).waitFor({ timeout: 30_000 });
    await a.checkA11y();
    await card.getByLabel('Your password', { exact: true }).fill(password);
    await card.getByRole('button', { name: 'Make a new recovery key', exact: true }).click();

    // The new words, once, then two of them typed back, as at sign-up.
    const list = pa.getByTestId('recovery-words');
    await list.waitFor({ timeout: 30_000 });
    const words = (await list.locator('li').allInnerTexts()).map((w) => w.trim().split(/\s+/).pop() ?? '');
    expect(words).toHaveLength(24);
    expect(words).not.toEqual(oldWords);
    await a.checkA11y();
    await pa.getByRole('button', { name: /saved them/ }).click();
    await pa.getByLabel(/^Word \d+$/).first().waitFor();
    for (let n = 1; n <= 24; n++) {
      const field = pa.getByLabel(`Word ${n}`, { exact: true });
      if ((await field.count()) > 0) await field.fill(words[n - 1]!);
    }
    await pa.getByRole('button', { name: 'Continue' }).click();
    await pa.getByText('Your new recovery key is saved. The old words no longer work.').waitFor();
    await a.checkA11y();

    // Another device: the old words are refused, the new ones set a new password.
    const d = await open('Ada');
    const recover = async (w: string[]) => {
      await d.goto('/recover');
      await d.page.getByLabel('Email', { exact: true }).fill(email);
      await d.page.getByLabel('Recovery key', { exact: true }).fill(w.join(' '));
      await d.page.getByLabel('New password', { exact: true }).fill('a brand new passphrase for ada');
      await d.page.getByLabel('Confirm password', { exact: true }).fill('a brand new passphrase for ada');
      await d.page.getByRole('button', { name: 'Set new password', exact: true }).click();
    };
    await recover(oldWords);
    await d.page.getByText("That email and recovery key don't match.", { exact: false }).first().waitFor({ timeout: 30_000 });
    expect(new URL(d.page.url()).pathname).toBe('/recover');
    await recover(words);
    await d.page.waitForURL('**/today', { timeout: 30_000 });

    expectClean(a, d);
  });

  it('reload keeps you unlocked on the same device; a lost key store asks for the password', async () => {
    const email = 'ada.unlock@example.org';
    const password = 'slow river under a wooden bridge';
    const { person: a } = await signedUp('Ada', email, password);
    const pa = a.page;
    const h1 = pa.getByRole('heading', { level: 1 });

    // A reload restores the keys from the wrapped key store: still Today, still Ada.
    await pa.reload();
    await h1.filter({ hasText: 'Ada' }).waitFor();
    expect(new URL(pa.url()).pathname).toBe('/today');

    // The key store is lost (deleted here); the session is still alive.
    await pa.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase('mend-keys');
          req.onsuccess = () => resolve();
          req.onerror = () => reject(req.error ?? new Error('delete failed'));
        }),
    );
    // What is left is only the offline copy of the server's answers, which holds no key.
    expect(Object.keys(await indexedDbCounts(pa))).toEqual(['mend-offline/answers']);
    await pa.reload();
    await pa.waitForURL('**/unlock');
    await h1.filter({ hasText: 'Unlock Mend' }).waitFor();
    expect(await meStatus(a)).toBe(200);
    await a.checkA11y();

    // A new tab in the same context asks to unlock too; a wrong password shows an error first.
    const tab = await a.context.newPage();
    await tab.goto(server.url + '/today');
    await tab.waitForURL('**/unlock');
    await tab.getByLabel('Password', { exact: true }).fill('not my password at all, sorry');
    await tab.getByRole('button', { name: 'Unlock', exact: true }).click();
    await tab.getByText("That password isn't right. Check it and try again.").waitFor({ timeout: 30_000 });
    expect(await tab.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(new URL(tab.url()).pathname).toBe('/unlock');
    await tab.getByLabel('Password', { exact: true }).fill(password);
    await tab.getByRole('button', { name: 'Unlock', exact: true }).click();
    await tab.waitForURL('**/today', { timeout: 30_000 });
    await tab.getByRole('heading', { level: 1 }).filter({ hasText: 'Ada' }).waitFor();

    // The unlock stored the keys again: the first tab unlocks itself on reload.
    await pa.reload();
    await pa.waitForURL('**/today');
    await h1.filter({ hasText: 'Ada' }).waitFor();
    await a.checkA11y();
    await tab.close();

    expectClean(a);
  });

  it('every practice page not yet built says coming soon, and each page passes axe at desktop width', async () => {
    const { person: a } = await signedUp('Ada', 'ada.desktop@example.org', 'tall windows facing the harbour', { width: 1280, height: 800 });
    const pa = a.page;
    const h1 = pa.getByRole('heading', { level: 1 });
    const main = pa.locator('main');

    await a.goto('/today');
    await h1.filter({ hasText: 'Ada' }).waitFor();
    // Desktop: the sidebar is the navigation, and it lists the practices as coming soon.
    expect(await pa.getByRole('navigation', { name: 'Main' }).innerText()).toMatch(/coming soon/i);
    await a.checkA11y();

    await a.goto('/practices');
    await h1.filter({ hasText: 'Practices' }).waitFor();
    expect(BUILT.size).toBeGreaterThan(0);
    expect(await main.getByText(/coming soon/i).count()).toBe(PRACTICE_SLUGS.length - BUILT.size);
    await a.checkA11y();

    for (const [i, slug] of PRACTICE_SLUGS.entries()) {
      await a.goto(`/practices/${slug}`);
      await h1.waitFor();
      expect(await h1.count()).toBe(1);
      expect(await h1.innerText()).toMatch(new RegExp(`^${i + 1}\\. \\S`));
      if (BUILT.has(slug)) expect(await main.innerText()).not.toMatch(/coming soon/i);
      else expect(await main.innerText()).toMatch(/coming soon/i);
      await a.checkA11y();
    }

    await a.goto('/settings');
    await h1.filter({ hasText: 'Settings' }).waitFor();
    await openFold(pa, 'settings-devices');
    await devicesCard(pa).locator('li').first().waitFor();
    await a.checkA11y();

    expectClean(a);
  });

  it('bad input shows field-level help', async () => {
    const a = await open('Ada');
    const pa = a.page;
    const authRequests: string[] = [];
    pa.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/auth/')) authRequests.push(`${r.method()} ${path}`);
    });
    await a.goto('/signup');
    await pa.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    const emailField = pa.getByLabel('Email', { exact: true });
    const nameField = pa.getByLabel('Your name', { exact: true });
    const passwordField = pa.getByLabel('Password', { exact: true });
    const confirmField = pa.getByLabel('Confirm password', { exact: true });
    const submit = pa.getByRole('button', { name: 'Create your account', exact: true });

    // Empty: each field says what it needs, and the error is tied to its field.
    await submit.click();
    await pa.getByText('Please enter a valid email address.').waitFor();
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    const emailErrorId = await pa.getByText('Please enter a valid email address.').getAttribute('id');
    expect(emailErrorId).toBeTruthy();
    expect((await emailField.getAttribute('aria-describedby'))?.split(' ')).toContain(emailErrorId);
    expect(await nameField.getAttribute('aria-invalid')).toBe('true');
    await pa.getByText('Please enter the name your partner knows you by.').waitFor();
    expect(await passwordField.getAttribute('aria-invalid')).toBe('true');
    expect(await pa.getByRole('alert').filter({ hasText: 'Please check the highlighted fields.' }).count()).toBe(1);
    await a.checkA11y();

    // Too short: the live note counts, and the field says how long it must be.
    await emailField.fill('ada.input@example.org');
    await nameField.fill('Ada');
    await passwordField.fill('abcde');
    await confirmField.fill('abcde');
    const note = pa.locator('.password-note');
    expect(await note.innerText()).toMatch(/Use at least 12 characters\.\s*\(5 so far\)/);
    await submit.click();
    await pa.getByText('Please use at least 12 characters.', { exact: true }).waitFor();
    expect(await passwordField.getAttribute('aria-invalid')).toBe('true');
    expect(await emailField.getAttribute('aria-invalid')).toBeNull();
    expect(await nameField.getAttribute('aria-invalid')).toBeNull();
    await a.checkA11y();

    // Long enough but common: refused, with words saying why.
    await passwordField.fill('password1234');
    await confirmField.fill('password1234');
    expect(await note.innerText()).toMatch(/Long enough\./);
    await submit.click();
    const common = pa.locator('.field-error').filter({ hasText: /common|on lists/i });
    await common.waitFor();
    expect(await common.innerText()).toMatch(/lists of passwords/i);
    expect(await passwordField.getAttribute('aria-invalid')).toBe('true');
    await a.checkA11y();

    // Still on the form, and nothing was sent to the sign-up endpoint (or any auth endpoint).
    expect(new URL(pa.url()).pathname).toBe('/signup');
    expect(authRequests).toEqual([]);

    expectClean(a);
  });
});
