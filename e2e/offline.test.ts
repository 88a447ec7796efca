import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ItemsClient } from '../src/shared/client/index.js';
import { NEUTRAL_SITE, PersonPage } from './page-models/person.js';
import { pairedAccounts } from './support/accounts.js';
import { browserAvailable, launchBrowser } from './support/browser.js';
import { builtWebDir, startServer } from './support/server.js';
import { openFold } from './support/fold.js';
import { partnerSuite } from './support/suite.js';
import { indexedDbCounts } from './support/storage.js';

const hasBrowser = browserAvailable();
const SHOTS = '/tmp/shots';
const JOURNAL = '/practices/closeness/journal';
const DESKTOP = { width: 1280, height: 800 };

/** Whether an inline script added to the page runs (the CSP forbids it). */
function inlineScriptRuns(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const w = window as { inlineRan?: boolean };
    const el = document.createElement('script');
    // An inline script that is allowed runs synchronously, as it is inserted.
    el.textContent = 'window.inlineRan = true';
    document.head.append(el);
    el.remove();
    return w.inlineRan === true;
  });
}

/** Waits until the service worker is active and controls the page (a reload after the first visit). */
async function controlledByServiceWorker(p: PersonPage): Promise<void> {
  await p.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await p.page.reload();
  await expect.poll(() => p.page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 15_000 }).toBe('activated');
}

describe.runIf(hasBrowser)('offline: Mend opens with no network and nothing written is lost', () => {
  const suite = partnerSuite();

  it('after one visit it opens offline from this device, keeps a new draft, and sends it when the server answers again', async () => {
    const server = suite.server();
    const [account] = await pairedAccounts(server.url, ['Oda', 'Per']);
    const oda = await suite.open(account, JOURNAL);
    const composer = oda.page.getByTestId('journal-composer');

    // Online: an entry saved to the journal.
    await oda.page.getByRole('heading', { name: 'Nothing in your journal yet' }).waitFor({ timeout: 10_000 });
    await openFold(oda.page, 'journal-fold');
    await composer.getByLabel('Your entry', { exact: true }).fill('The garden after the rain, and the long talk we had.');
    await oda.page.getByRole('button', { name: 'Save to your journal' }).click();
    await expect.poll(() => oda.page.getByTestId('own-entry').first().innerText(), { timeout: 10_000 }).toContain('the long talk we had');
    await controlledByServiceWorker(oda);
    await oda.page.getByTestId('own-entry').first().waitFor({ timeout: 10_000 });
    expect(await oda.page.getByTestId('offline-banner').count()).toBe(0);
    expect(await inlineScriptRuns(oda.page)).toBe(false);

    // What this device keeps is what the server sent: the words are nowhere in it.
    const kept = await oda.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('mend-offline');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const all = await new Promise<unknown[]>((ok, fail) => {
        const req = db.transaction('answers').objectStore('answers').getAll();
        req.onsuccess = () => ok(req.result as unknown[]);
        req.onerror = () => fail(req.error);
      });
      db.close();
      return JSON.stringify(all);
    });
    expect(kept).toContain('"ciphertext"');
    expect(kept).toContain('"wrappedKey"');
    expect(kept).not.toContain('garden');

    // No network and no server: the page still opens, from this device.
    await oda.context.setOffline(true);
    await server.pause();
    try {
      await oda.page.reload();
      const banner = oda.page.getByTestId('offline-banner');
      await banner.waitFor({ timeout: 15_000 });
      expect(await banner.innerText()).toContain('Offline — showing what’s on this device.');
      await expect.poll(() => oda.page.getByTestId('own-entry').first().innerText(), { timeout: 15_000 }).toContain('the long talk we had');
      expect(await oda.page.getByText("Couldn't reach Mend").count()).toBe(0);
      // The page from the service worker keeps the server's CSP: no inline script, as online.
      expect(await inlineScriptRuns(oda.page)).toBe(false);

      // Writing goes on: the words are kept here as a draft.
      await openFold(oda.page, 'journal-fold');
      await composer.getByLabel('Your entry', { exact: true }).fill('Written on the train with no signal.');
      await expect.poll(() => composer.locator('.draft-status').innerText(), { timeout: 10_000 }).toMatch(/on this device/i);
      // Saving can't go through yet; it says so calmly and the words stay.
      await oda.page.getByRole('button', { name: 'Save to your journal' }).click();
      await oda.page.getByRole('alert').filter({ hasText: /couldn.t reach Mend/i }).waitFor({ timeout: 10_000 });
      expect(await composer.getByLabel('Your entry', { exact: true }).inputValue()).toBe('Written on the train with no signal.');
      await oda.checkA11y();
      mkdirSync(SHOTS, { recursive: true });
      await oda.page.screenshot({ path: `${SHOTS}/offline-journal-phone.png`, fullPage: true });
    } finally {
      await server.resume();
    }

    // Back online: the draft reaches the server on its own, and the banner goes.
    await oda.context.setOffline(false);
    await expect.poll(() => composer.locator('.draft-status').innerText(), { timeout: 30_000 }).toMatch(/^Saved as a draft\s*$/);
    await expect.poll(() => oda.page.getByTestId('offline-banner').count(), { timeout: 30_000 }).toBe(0);
    const items = new ItemsClient(account.client, () => null);
    await account.client.signin({ email: account.email, password: account.password });
    const drafts = await items.drafts();
    expect(drafts.map((d) => JSON.stringify(items.openDraft(d.key, d.ciphertext))).join('\n')).toContain('Written on the train with no signal.');

    // Saved now: exactly one new entry, nothing lost, nothing twice.
    await oda.page.getByRole('button', { name: 'Save to your journal' }).click();
    await expect.poll(() => oda.page.getByTestId('own-entry').count(), { timeout: 10_000 }).toBe(2);
    const entries = await items.list('journal_entry');
    expect(entries).toHaveLength(2);
    const texts = entries.map((e) => JSON.stringify(e.content));
    expect(texts.filter((t) => t.includes('Written on the train'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('the long talk we had'))).toHaveLength(1);
    expect(oda.axeFindings).toEqual([]);
    expect(oda.outsideRequests).toEqual([]);
  });

  it('signing out wipes the offline copy from this device', async () => {
    const [account] = await pairedAccounts(suite.server().url, ['Ren', 'Sol']);
    const ren = await suite.open(account, JOURNAL, DESKTOP);
    await ren.page.getByRole('heading', { name: 'Nothing in your journal yet' }).waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await indexedDbCounts(ren.page))['mend-offline/answers'] ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);

    // The browser goes offline: the page says so at once, and stops saying it once back.
    await ren.context.setOffline(true);
    const banner = ren.page.getByTestId('offline-banner');
    await banner.waitFor({ timeout: 10_000 });
    await ren.checkA11y();
    mkdirSync(SHOTS, { recursive: true });
    await ren.page.screenshot({ path: `${SHOTS}/offline-banner-desktop.png` });
    await ren.context.setOffline(false);
    await banner.waitFor({ state: 'detached', timeout: 20_000 });

    await ren.signOut();
    const counts = await indexedDbCounts(ren.page);
    expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([]);
    expect(ren.axeFindings).toEqual([]);
  });

  it('quick exit wipes the offline copy too', async () => {
    const [account] = await pairedAccounts(suite.server().url, ['Tam', 'Uli']);
    const tam = await suite.open(account, JOURNAL);
    await tam.page.getByRole('heading', { name: 'Nothing in your journal yet' }).waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await indexedDbCounts(tam.page))['mend-offline/answers'] ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);

    await tam.page.getByRole('button', { name: 'Quick exit', exact: true }).click();
    await tam.page.waitForURL(`${NEUTRAL_SITE}**`);
    // Back on Mend's origin without running the app (an API answer is never the app's page).
    await tam.page.goto(`${tam.baseUrl}/api/me`);
    const counts = await indexedDbCounts(tam.page);
    expect(counts['mend-offline/answers'] ?? 0).toBe(0);
  });
});

describe.runIf(hasBrowser)('a new version of Mend', () => {
  it('is offered calmly once it waits, and Reload switches to it', async () => {
    // A copy of the build, so that "deploying" here changes no other test's files.
    const webDir = mkdtempSync(join(tmpdir(), 'mend-web-update-'));
    cpSync(builtWebDir(), webDir, { recursive: true });
    const server = await startServer('sqlite', { webDir });
    const browser = await launchBrowser();
    try {
      const visitor = await PersonPage.open(browser, server.url, 'Visitor');
      await visitor.goto('/');
      await visitor.page.getByRole('heading', { level: 1 }).waitFor();
      await controlledByServiceWorker(visitor);
      await visitor.page.getByRole('heading', { level: 1 }).waitFor();
      // The first version takes over quietly: nothing to offer yet.
      expect(await visitor.page.getByTestId('update-prompt').count()).toBe(0);

      // A new version is deployed; the open tab finds it.
      appendFileSync(join(webDir, 'sw.js'), '\n// the next version\n');
      // As a build does, the compressed twins the server prefers are written anew.
      const next = readFileSync(join(webDir, 'sw.js'));
      writeFileSync(join(webDir, 'sw.js.br'), brotliCompressSync(next));
      writeFileSync(join(webDir, 'sw.js.gz'), gzipSync(next));
      await visitor.page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const prompt = visitor.page.getByTestId('update-prompt');
      await prompt.waitFor({ timeout: 20_000 });
      expect(await prompt.innerText()).toContain('A new version of Mend is ready.');
      await visitor.checkA11y();
      mkdirSync(SHOTS, { recursive: true });
      await visitor.page.screenshot({ path: `${SHOTS}/offline-update-prompt-phone.png` });

      // Reload: the page comes back from the new version, and the offer is gone.
      await visitor.page.evaluate(() => ((window as { beforeUpdate?: boolean }).beforeUpdate = true));
      await prompt.getByRole('button', { name: 'Reload' }).click();
      await expect.poll(() => visitor.page.evaluate(() => (window as { beforeUpdate?: boolean }).beforeUpdate ?? false), { timeout: 20_000 }).toBe(false);
      await visitor.page.getByRole('heading', { level: 1 }).waitFor();
      const state = await visitor.page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return { waiting: reg?.waiting ?? null, controller: navigator.serviceWorker.controller?.state ?? null };
      });
      expect(state).toEqual({ waiting: null, controller: 'activated' });
      expect(await visitor.page.getByTestId('update-prompt').count()).toBe(0);
      expect(visitor.axeFindings).toEqual([]);
      expect(visitor.outsideRequests).toEqual([]);
    } finally {
      await browser.close();
      await server.stop();
      rmSync(webDir, { recursive: true, force: true });
    }
  });
});
