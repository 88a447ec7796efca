import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_SITE, type PersonPage } from './page-models/person.js';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { openFold } from './support/fold.js';
import { partnerSuite } from './support/suite.js';
import { DESKTOP } from './support/today.js';

const hasBrowser = browserAvailable();
const PASSCODE = '482913';
const TEST_IDLE_MS_KEY = 'mend.appLockIdleMsForTests';

/** Everything this origin keeps in localStorage, sessionStorage and every IndexedDB store, as text. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const text = (v: unknown): string =>
      JSON.stringify(v, (_k, x: unknown) =>
        x instanceof ArrayBuffer || ArrayBuffer.isView(x)
          ? new TextDecoder().decode(x instanceof ArrayBuffer ? x : new Uint8Array((x as ArrayBufferView).buffer))
          : x instanceof CryptoKey
            ? `CryptoKey(${x.type})`
            : x,
      );
    const parts = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        parts.push(`${info.name}/${store}: ${text(all)}`);
      }
      db.close();
    }
    return parts.join('\n');
  });
}

/** The names of the records the key store holds on this device. */
const keyRecords = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('mend-keys', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('keys');
        req.onsuccess = () => {
          const keysReq = req.result.transaction('keys', 'readonly').objectStore('keys').getAllKeys();
          keysReq.onsuccess = () => {
            req.result.close();
            resolve(keysReq.result.map(String).sort());
          };
          keysReq.onerror = () => reject(keysReq.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );

const lockScreen = (p: PersonPage) => p.page.getByTestId('lock-screen');

/** Unlocks by keyboard alone: the passcode field has the focus; type and press Enter. */
async function unlockByKeyboard(p: PersonPage, passcode: string): Promise<void> {
  await lockScreen(p).getByLabel('Passcode', { exact: true }).waitFor();
  expect(await p.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('passcode');
  await p.page.keyboard.type(passcode);
  await p.page.keyboard.press('Enter');
}

async function turnOnLock(p: PersonPage): Promise<void> {
  await openFold(p.page, 'settings-lock');
  const card = p.page.getByTestId('app-lock-card');
  await card.scrollIntoViewIfNeeded();
  await card.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await card.getByLabel('Passcode again', { exact: true }).fill(PASSCODE);
  await card.getByLabel('Passcode again', { exact: true }).press('Enter');
  await card.getByTestId('app-lock-on').waitFor({ timeout: 30_000 });
}

describe.runIf(hasBrowser)('the app lock', () => {
  const suite = partnerSuite();
  const fieldOf = (page: Page) => page.getByTestId('reflection-section-afraid_of').getByLabel("What I'm afraid of", { exact: true });

  it('locks when idle without losing a word, keeps nothing readable, and opens only with the passcode where the person was', async () => {
    const [account] = await pairedAccounts(suite.server().url, ['Ines', 'Jonah']);
    const ines = await suite.open(account, '/settings');
    expect(await keyRecords(ines.page)).toEqual(['master', 'wrap']);
    await openFold(ines.page, 'settings-lock');
    mkdirSync('/tmp/shots', { recursive: true });
    const card = ines.page.getByTestId('app-lock-card');
    await card.scrollIntoViewIfNeeded();
    await ines.checkA11y();
    await card.screenshot({ path: '/tmp/shots/app-lock-card-off.png' });
    await turnOnLock(ines);
    await ines.checkA11y();
    await card.screenshot({ path: '/tmp/shots/app-lock-card-on.png' });
    // The key on this device is now kept only behind the passcode.
    expect(await keyRecords(ines.page)).toEqual(['passcode']);

    // A reload keeps nothing unlocked: the lock screen asks for the passcode.
    await ines.goto('/practices/understand');
    await lockScreen(ines).waitFor({ timeout: 15_000 });
    await unlockByKeyboard(ines, PASSCODE);
    await ines.page.getByTestId('reflection-more-everyone').locator('summary').click({ timeout: 30_000 });
    const field = fieldOf(ines.page);
    await field.fill('That it will happen again');
    await expect.poll(() => ines.page.getByTestId('draft-status-afraid_of').innerText(), { timeout: 10_000 }).toMatch(/draft/i);

    // The last words go in, and idleness locks sooner than the draft's own pause would write them.
    await field.pressSequentially(', and that I will not see it coming');
    await ines.page.evaluate((key) => {
      localStorage.setItem(key, '250');
      window.dispatchEvent(new Event('mend:app-lock-settings'));
    }, TEST_IDLE_MS_KEY);
    await lockScreen(ines).waitFor({ timeout: 15_000 });
    expect(new URL(ines.page.url()).pathname).toBe('/practices/understand');

    // Locked: nothing written, no partner's name, no counts on the page; nothing readable stored.
    const body = await ines.page.locator('body').innerText();
    for (const words of ['see it coming', 'happen again', 'Jonah', 'afraid']) expect(body).not.toContain(words);
    expect(await ines.page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await ines.page.getByRole('button', { name: 'Menu', exact: true }).count()).toBe(0);
    expect(await ines.page.getByTestId('notification-bell').count()).toBe(0);
    const stored = await everythingStored(ines.page);
    expect(stored).toContain('mend-keys/keys');
    for (const words of ['see it coming', 'happen again', 'That it will']) expect(stored).not.toContain(words);
    expect(stored).not.toContain('CryptoKey');
    expect(await keyRecords(ines.page)).toEqual(['passcode']);
    await ines.checkA11y();
    await ines.page.screenshot({ path: '/tmp/shots/app-lock-phone.png' });

    // The test-only idle time goes before unlocking (the person's five minutes apply again).
    await ines.page.evaluate((key) => localStorage.removeItem(key), TEST_IDLE_MS_KEY);

    // A wrong passcode is refused, and Mend stays locked.
    await unlockByKeyboard(ines, '000000');
    await expect.poll(() => lockScreen(ines).innerText(), { timeout: 20_000 }).toMatch(/isn.t right/);
    await lockScreen(ines).getByLabel('Passcode', { exact: true }).focus();
    await ines.page.keyboard.type(PASSCODE);
    await ines.page.keyboard.press('Enter');

    // Back on the same page, with every word.
    await lockScreen(ines).waitFor({ state: 'detached', timeout: 20_000 });
    expect(new URL(ines.page.url()).pathname).toBe('/practices/understand');
    await expect.poll(() => ines.page.evaluate(() => document.activeElement?.id)).toBe('main');
    await expect.poll(() => fieldOf(ines.page).inputValue(), { timeout: 15_000 }).toBe('That it will happen again, and that I will not see it coming');

    // Quick exit locks too: coming back asks for the passcode, not the password.
    await ines.page.getByTestId('quick-exit').click();
    await ines.page.waitForURL(`${NEUTRAL_SITE}**`);
    await ines.goto('/today');
    await lockScreen(ines).waitFor({ timeout: 15_000 });
    expect(await ines.page.getByLabel('Password', { exact: true }).count()).toBe(0);
    expect(await keyRecords(ines.page)).toEqual(['passcode']);
    await unlockByKeyboard(ines, PASSCODE);
    await lockScreen(ines).waitFor({ state: 'detached', timeout: 20_000 });
    expect(new URL(ines.page.url()).pathname).toBe('/today');

    expect(ines.axeFindings, 'axe findings').toEqual([]);
    expect(ines.outsideRequests.filter((u) => !u.startsWith(NEUTRAL_SITE)), 'requests that left the server').toEqual([]);
  });

  it('on a desktop: locks when switching away if chosen, and turning the lock off needs the passcode', async () => {
    const [account] = await pairedAccounts(suite.server().url, ['Kai', 'Lena']);
    const kai = await suite.open(account, '/settings', DESKTOP);
    await openFold(kai.page, 'settings-lock');
    const card = kai.page.getByTestId('app-lock-card');
    await card.scrollIntoViewIfNeeded();
    // Too short a passcode is refused with a reason.
    await card.getByLabel('Passcode', { exact: true }).fill('1234');
    await card.getByLabel('Passcode again', { exact: true }).fill('1234');
    await card.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect.poll(() => card.innerText()).toMatch(/at least 6 digits/);
    await card.getByLabel('Also lock when I switch to another tab or app').check();
    await turnOnLock(kai);
    expect(await card.getByLabel('Also lock when I switch to another tab or app').isChecked()).toBe(true);

    // Switching away (the tab hidden) locks at once.
    await kai.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await lockScreen(kai).waitFor({ timeout: 15_000 });
    await kai.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    });
    expect(await kai.page.locator('body').innerText()).not.toContain('Lena');
    await kai.checkA11y();
    await kai.page.screenshot({ path: '/tmp/shots/app-lock-desktop.png' });
    await unlockByKeyboard(kai, PASSCODE);
    await lockScreen(kai).waitFor({ state: 'detached', timeout: 20_000 });
    expect(new URL(kai.page.url()).pathname).toBe('/settings');

    // Turning it off: a wrong passcode is refused, the right one brings back the plain device key.
    await openFold(kai.page, 'settings-lock');
    await card.scrollIntoViewIfNeeded();
    await card.getByTestId('app-lock-off').locator('summary').click();
    await card.getByLabel('Your passcode', { exact: true }).fill('999999');
    await card.getByRole('button', { name: 'Turn off the lock' }).click();
    await expect.poll(() => card.innerText(), { timeout: 20_000 }).toMatch(/isn.t right/);
    expect(await keyRecords(kai.page)).toEqual(['passcode']);
    await card.getByLabel('Your passcode', { exact: true }).fill(PASSCODE);
    await card.getByRole('button', { name: 'Turn off the lock' }).click();
    await card.getByLabel('Passcode again', { exact: true }).waitFor({ timeout: 20_000 });
    expect(await keyRecords(kai.page)).toEqual(['master', 'wrap']);
    // Without the lock a reload opens straight away, as before.
    await kai.page.reload();
    await kai.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await lockScreen(kai).count()).toBe(0);

    expect(kai.axeFindings, 'axe findings').toEqual([]);
  });
  it('after ten wrong passcodes only the password opens Mend, the passcode is set aside, and locking one tab locks the other', async () => {
    const [account] = await pairedAccounts(suite.server().url, ['Mira', 'Noor']);
    const mira = await suite.open(account, '/settings');
    await turnOnLock(mira);

    // A second tab of the same browser: locking the first locks it too.
    const second = await mira.context.newPage();
    await second.goto(`${mira.baseUrl}/today`);
    await second.getByTestId('lock-screen').waitFor({ timeout: 15_000 });
    await second.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
    await second.getByLabel('Passcode', { exact: true }).press('Enter');
    await second.getByTestId('lock-screen').waitFor({ state: 'detached', timeout: 20_000 });
    await mira.page.getByTestId('app-lock-card').getByRole('button', { name: 'Lock now' }).click();
    await lockScreen(mira).waitFor({ timeout: 15_000 });
    await second.getByTestId('lock-screen').waitFor({ timeout: 15_000 });
    await second.close();

    // Nine wrong tries already made (the waits between them are the reducer's, tested on their own).
    await mira.page.evaluate(() => localStorage.setItem('mend.appLockTries', JSON.stringify({ failures: 9, retryAt: 0 })));
    await mira.page.reload();
    await unlockByKeyboard(mira, '111111');
    const passwordField = lockScreen(mira).getByLabel('Your password', { exact: true });
    await passwordField.waitFor({ timeout: 20_000 });
    expect(await lockScreen(mira).getByLabel('Passcode', { exact: true }).count()).toBe(0);
    // The passcode-wrapped key is gone: no more passcodes can be tried against it.
    expect(await keyRecords(mira.page)).toEqual([]);
    await mira.checkA11y();

    await passwordField.fill('not the password at all');
    await passwordField.press('Enter');
    await expect.poll(() => lockScreen(mira).innerText(), { timeout: 20_000 }).toMatch(/password isn.t right/);
    await passwordField.fill(account.password);
    await passwordField.press('Enter');
    await lockScreen(mira).waitFor({ state: 'detached', timeout: 30_000 });
    expect(new URL(mira.page.url()).pathname).toBe('/settings');
    expect(await keyRecords(mira.page)).toEqual(['master', 'wrap']);
    await openFold(mira.page, 'settings-lock');
    const card = mira.page.getByTestId('app-lock-card');
    await expect.poll(() => card.innerText()).toMatch(/set aside when you used your password/);
    expect(await card.getByLabel('Passcode again', { exact: true }).count()).toBe(1);

    expect(mira.axeFindings, 'axe findings').toEqual([]);
  });
});
