import { mkdirSync, readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../src/core/export/index.js';
import { ItemsClient } from '../src/shared/client/index.js';
import { openArchive } from '../src/shared/crypto/index.js';
import { testDialects } from '../src/server/test/databases.js';
import type { PersonPage } from './page-models/person.js';
import { freshAccount, pairedAccounts, type Account } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { openFold } from './support/fold.js';
import { partnerSuite } from './support/suite.js';

const hasBrowser = browserAvailable();
const dialects = hasBrowser ? await testDialects() : [];
const SHOTS = '/tmp/shots';

/** An items client for an account made by script, seeing its partner's keys. */
async function itemsFor(account: Account): Promise<{ items: ItemsClient; partner: NonNullable<Awaited<ReturnType<Account['client']['currentCouple']>>>['partner'] }> {
  const partner = (await account.client.currentCouple())?.partner ?? null;
  return { items: new ItemsClient(account.client, () => partner), partner };
}

/** Clicks and collects the `n` downloads that follow, with their text. */
async function downloadsAfter(p: PersonPage, n: number, click: () => Promise<void>): Promise<{ name: string; text: string }[]> {
  const got: Download[] = [];
  const all = new Promise<void>((resolve) => {
    const on = (d: Download) => {
      got.push(d);
      if (got.length === n) {
        p.page.off('download', on);
        resolve();
      }
    };
    p.page.on('download', on);
  });
  await click();
  await Promise.race([all, new Promise((_, reject) => setTimeout(() => reject(new Error(`expected ${n} downloads, got ${got.length}`)), 60_000))]);
  return Promise.all(got.map(async (d) => ({ name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') })));
}

describe.runIf(hasBrowser).each(dialects)('downloading one’s writing, on %s', (dialect) => {
  const suite = partnerSuite(dialect);

  it('after the password: own writing only, the partner’s when asked, or one encrypted file; and back into a fresh account', async () => {
    const [adaAccount, benAccount] = await pairedAccounts(suite.server().url, ['Ada', 'Ben']);
    const ada = await itemsFor(adaAccount);
    const ben = await itemsFor(benAccount);
    await ada.items.create('reflection', { text: 'What I keep to myself <b>' }, { section: 'what_happened' });
    await ben.items.share(await ben.items.create('disclosure', { text: 'What Ben shared' }, {}), ben.partner!);

    const p = await suite.open(adaAccount, '/settings');
    await openFold(p.page, 'settings-export');
    const card = p.page.getByTestId('export-card');
    await card.scrollIntoViewIfNeeded();
    await p.checkA11y();
    mkdirSync(SHOTS, { recursive: true });
    await card.screenshot({ path: `${SHOTS}/export-card-${dialect}.png` });

    // A wrong password stops it before anything is gathered.
    await card.getByLabel('Your Mend password', { exact: true }).fill('not my password at all');
    await card.getByRole('button', { name: 'Download' }).click();
    await expect.poll(() => card.innerText(), { timeout: 30_000 }).toContain("That password isn't right");

    // The readable page and the data file: Ada's own writing only.
    await card.getByLabel('Your Mend password', { exact: true }).fill(adaAccount.password);
    const [first, second] = await downloadsAfter(p, 2, () => card.getByRole('button', { name: 'Download' }).click());
    const files = [first!, second!];
    const html = files.find((f) => f.name.endsWith('.html'))!;
    const json = files.find((f) => f.name.endsWith('.json'))!;
    expect(html.name).toMatch(/^export-\d{4}-\d{2}-\d{2}\.html$/);
    const doc = JSON.parse(json.text) as ExportDocument;
    expect(doc).toMatchObject({ format: 'mend-data-export', includesPartnerWriting: false, account: { displayName: 'Ada' } });
    expect(doc.items.map((i) => i.content)).toEqual([{ text: 'What I keep to myself <b>' }]);
    expect(json.text).not.toContain('What Ben shared');
    expect(doc.devices.length).toBeGreaterThan(0); // where Ada is signed in, her own access record
    expect(doc.items[0]!.state).toEqual({ section: 'what_happened' });
    expect(html.text).toContain('What I keep to myself &lt;b&gt;');
    expect(html.text).not.toMatch(/<script/i);
    expect(html.text).not.toContain('What Ben shared');
    await expect.poll(() => card.innerText()).toContain('1 piece of writing');

    // With Ben's writing asked for, it is there and marked as his.
    await card.getByLabel('Include what Ben shared with you, marked as theirs').check();
    await card.getByLabel('Your Mend password', { exact: true }).fill(adaAccount.password);
    const withBen = await downloadsAfter(p, 2, () => card.getByRole('button', { name: 'Download' }).click());
    const docWithBen = JSON.parse(withBen.find((f) => f.name.endsWith('.json'))!.text) as ExportDocument;
    expect(docWithBen.items.find((i) => i.writtenBy === 'partner')?.content).toEqual({ text: 'What Ben shared' });
    expect(withBen.find((f) => f.name.endsWith('.html'))!.text).toContain('Written by Ben, shared with you');

    // One encrypted file: unreadable without the passphrase.
    await card.getByLabel('One encrypted file, opened with a passphrase you choose').check();
    await card.getByLabel('Passphrase for the file', { exact: true }).fill('short');
    await card.getByLabel('Your Mend password', { exact: true }).fill(adaAccount.password);
    await card.getByRole('button', { name: 'Download' }).click();
    await expect.poll(() => card.innerText()).toContain('at least 12 characters');
    await p.checkA11y();
    await card.getByLabel('Passphrase for the file', { exact: true }).fill('lantern harbour quiet rope');
    await card.getByLabel('Confirm the passphrase', { exact: true }).fill('lantern harbour quiet rope');
    const [archive] = await downloadsAfter(p, 1, () => card.getByRole('button', { name: 'Download' }).click());
    expect(archive!.name).toMatch(/\.encrypted\.json$/);
    expect(archive!.text).not.toContain('What I keep to myself');
    const opened = JSON.parse(await openArchive(archive!.text, 'lantern harbour quiet rope')) as ExportDocument;
    expect(opened.items.map((i) => i.content)).toContainEqual({ text: 'What I keep to myself <b>' });
    await expect(openArchive(archive!.text, 'the wrong passphrase')).rejects.toMatchObject({ code: 'wrong_password' });

    // The file opens again in the browser, on a page that needs no account.
    await p.goto('/open-export');
    await p.page.getByRole('heading', { name: 'Open an export' }).waitFor();
    await p.checkA11y();
    const upload = { name: archive!.name, mimeType: 'application/json', buffer: Buffer.from(archive!.text) };
    await p.page.getByLabel('The file', { exact: true }).setInputFiles(upload);
    await p.page.getByLabel('Passphrase (for an encrypted file)', { exact: true }).fill('the wrong passphrase');
    await p.page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => p.page.locator('main').innerText(), { timeout: 30_000 }).toContain("That passphrase doesn't open this file");
    await p.page.getByLabel('Passphrase (for an encrypted file)', { exact: true }).fill('lantern harbour quiet rope');
    await p.page.getByRole('button', { name: 'Open', exact: true }).click();
    const openedCard = p.page.getByTestId('opened-export');
    await expect.poll(() => openedCard.innerText(), { timeout: 30_000 }).toContain('2 pieces of writing by Ada');
    // The writing itself is on the page, in the app's words.
    const reader = p.page.getByTestId('export-reader');
    expect(await reader.innerText()).toContain('What I keep to myself <b>');
    expect(await reader.getByRole('heading', { name: 'Reflections' }).count()).toBe(1);
    expect(await reader.locator('dt').allInnerTexts()).toContain('What happened');
    await p.checkA11y();
    await p.page.screenshot({ path: `${SHOTS}/export-opened-${dialect}.png` });
    const [page] = await downloadsAfter(p, 1, () => openedCard.getByRole('button', { name: 'Save the readable page' }).click());
    expect(page!.text).toContain('What I keep to myself &lt;b&gt;');
    // A file that is not an archive is named as such.
    await openedCard.getByRole('button', { name: 'Open another file' }).click();
    await p.page.getByLabel('The file', { exact: true }).setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await p.page.getByLabel('Passphrase (for an encrypted file)', { exact: true }).fill('lantern harbour quiet rope');
    await p.page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => p.page.locator('main').innerText()).toContain("This isn't an export from Mend");

    // The data file comes back into a fresh account: the same writing, private to its new owner.
    const fresh = await freshAccount(suite.server().url, 'Cy');
    const cy = await suite.open(fresh, '/open-export');
    await cy.page.getByLabel('The file', { exact: true }).setInputFiles({ name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) });
    await cy.page.getByRole('button', { name: 'Open', exact: true }).click();
    const importCard = cy.page.getByTestId('import-card');
    await expect.poll(() => importCard.innerText(), { timeout: 30_000 }).toContain('1 piece of your own writing');
    await cy.checkA11y();
    await importCard.getByRole('button', { name: 'Bring it into my account' }).click();
    await expect.poll(() => importCard.innerText(), { timeout: 30_000 }).toContain('1 piece of writing came in, private to you');
    const cyItems = new ItemsClient(fresh.client, () => null);
    const back = await cyItems.list('reflection');
    expect(back.map((i) => ({ content: i.content, state: i.state, shared: i.sharedWith ?? [] }))).toEqual([
      { content: { text: 'What I keep to myself <b>' }, state: { section: 'what_happened' }, shared: [] },
    ]);

    for (const person of [p, cy]) {
      expect(person.axeFindings, `axe findings for ${person.name}`).toEqual([]);
      expect(person.outsideRequests, `requests that left the server for ${person.name}`).toEqual([]);
    }
  });
});
