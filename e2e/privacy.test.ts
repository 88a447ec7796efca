import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../src/server/test/databases.js';
import { PersonPage } from './page-models/person.js';
import { browserAvailable, launchBrowser } from './support/browser.js';
import { foundForms } from './support/forms.js';
import { startServer, type RunningServer } from './support/server.js';

const hasBrowser = browserAvailable();
const dialects = hasBrowser ? await testDialects() : [];

describe.runIf(hasBrowser).each(dialects)('what the server keeps, on %s', (dialect) => {
  let server: RunningServer;
  let browser: Browser;
  let person: PersonPage | undefined;
  beforeAll(async () => {
    server = await startServer(dialect);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await person?.context.close();
    await browser?.close();
    await server?.stop();
  });

  it('a reflection written in the browser is nowhere in the database, its dump, the log or web storage', async () => {
    const phrase = `saffron lighthouse ${randomBytes(6).toString('hex')} under the orchard`;
    person = await PersonPage.open(browser, server.url, 'Ada');
    await person.goto('/');
    await person.signUpFromHere(`ada.${dialect}@example.org`, 'a long and private passphrase');
    await person.page.waitForURL('**/today');
    await person.goto('/practices/understand');
    const section = person.page.getByTestId('reflection-section-what_happened');
    await section.getByLabel('What happened', { exact: true }).fill(`It began in spring. ${phrase}.`);
    // The draft reaches the server encrypted, then the saved item does.
    await expect.poll(() => person!.page.getByTestId('draft-status-what_happened').innerText(), { timeout: 15_000 }).toMatch(/draft/i);
    await section.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => person!.page.getByTestId('draft-status-what_happened').innerText(), { timeout: 15_000 }).toMatch(/^Saved\s*$/);
    await person.checkA11y();

    const rows = await server.database.handle.db.selectFrom('items').select(['id', 'ciphertext']).execute();
    expect(rows.length).toBeGreaterThan(0);

    let stored: Buffer;
    if (dialect === 'sqlite') {
      const file = server.database.url.slice('sqlite:'.length);
      stored = Buffer.concat(['', '-wal', '-shm'].filter((s) => existsSync(file + s)).map((s) => readFileSync(file + s)));
    } else {
      stored = execFileSync('pg_dump', ['--no-owner', server.database.url], { maxBuffer: 256 * 1024 * 1024 });
    }
    expect(stored.length).toBeGreaterThan(1000);
    // The check can see: the ciphertext itself is in the same bytes.
    expect(stored.includes(Buffer.from(rows[0]!.ciphertext.slice(0, 40)))).toBe(true);
    expect(foundForms(stored, phrase), 'the phrase is stored in a readable form').toEqual([]);
    expect(foundForms(Buffer.from(server.logs.join('\n')), phrase), 'the phrase reached the server log').toEqual([]);

    const storage = await person.page.evaluate(async () => {
      const out: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const req = indexedDB.open(info.name!);
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        for (const name of Array.from(db.objectStoreNames)) {
          const all = await new Promise<unknown[]>((ok, fail) => {
            const req = db.transaction(name).objectStore(name).getAll();
            req.onsuccess = () => ok(req.result as unknown[]);
            req.onerror = () => fail(req.error);
          });
          out.push(JSON.stringify(all, (_k, v: unknown) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? Array.from(new Uint8Array(v instanceof ArrayBuffer ? v : v.buffer)) : v)));
        }
        db.close();
      }
      return out.join('\n');
    });
    expect(foundForms(Buffer.from(storage), phrase), 'the phrase is in the browser storage in the clear').toEqual([]);
    expect(person.axeFindings).toEqual([]);
    expect(person.outsideRequests).toEqual([]);
  });
});
