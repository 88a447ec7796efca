import { describe, expect, it } from 'vitest';
import { ItemPinStore, ItemsClient } from '../src/shared/client/index.js';
import { keyFingerprint } from '../src/shared/crypto/index.js';
import { freshAccount, pairedAccounts } from './support/accounts.js';
import { browserAvailable } from './support/browser.js';
import { partnerSuite } from './support/suite.js';
import { clean, DESKTOP, shot } from './support/today.js';

/*
 * Issue 14, item 5, in the browser: Ada confirms Ben's keys on one device; the server then
 * shows a different key for Ben. A new device of Ada's must not trust it on first use: it reads
 * the pin from her own key_pins item, says plainly on Today and in the share dialog that Ben's
 * key changed, and nothing is shared.
 */

const hasBrowser = browserAvailable();
describe.runIf(hasBrowser)('partner key pins shared by all of a person’s devices', () => {
  const suite = partnerSuite();

  it('a new device reads the pin, shows a changed key on Today and in the share dialog, and shares nothing', async () => {
    const [adaAccount, benAccount] = await pairedAccounts(suite.server().url, ['Ada', 'Ben']);
    const partner = (await adaAccount.client.currentCouple())!.partner!;
    const pinned = keyFingerprint(partner);

    // Device 1: Ada compares safety codes with Ben.
    const laptop = await suite.open(adaAccount, '/couple', DESKTOP);
    await laptop.page.getByTestId('safety-code').waitFor();
    await laptop.page.getByRole('button', { name: 'We compared — it matches' }).click();
    await laptop.page.getByText(/You compared this code with Ben/).waitFor();
    const adaPins = new ItemPinStore(new ItemsClient(adaAccount.client, () => null));
    await expect.poll(async () => (await adaPins.pin(partner.id))?.how, { timeout: 10_000 }).toBe('safety_code');
    await laptop.goto('/today');
    await laptop.page.locator('[data-partner-keys="ok"]').waitFor({ timeout: 10_000 });
    expect(await laptop.page.getByTestId('key-changed-banner').count()).toBe(0);

    // Something of Ada's, not yet shared, and a server that now shows someone else's keys as Ben's.
    const entry = await new ItemsClient(adaAccount.client, () => partner).create('journal_entry', { text: 'Only for Ben to read.', writtenOn: '2026-03-01' }, {});
    const malloryId = (await freshAccount(suite.server().url, 'Mallory')).client.keys.userId;
    const db = suite.server().database.handle.db;
    const mallory = await db.selectFrom('users').select(['enc_public_key', 'sign_public_key']).where('id', '=', malloryId).executeTakeFirstOrThrow();
    await db.updateTable('users').set(mallory).where('id', '=', partner.id).execute();

    // Device 2, new to Ada: it has never seen Ben's keys, and still knows these are not his.
    const phone = await suite.open(adaAccount, '/today', undefined, { asNewDevice: true });
    const banner = phone.page.getByTestId('key-changed-banner');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.innerText()).toContain("Ben's security key has changed");
    expect(await banner.innerText()).toContain('sharing with Ben is paused');
    expect(await banner.getByRole('link', { name: 'compare your safety codes with Ben' }).getAttribute('href')).toBe('/couple#safety-code');
    await phone.checkA11y();
    await shot(phone, 'key-changed-today-phone');

    await phone.goto('/practices/closeness/journal');
    await phone.page.getByRole('button', { name: 'Share with Ben…', exact: true }).click();
    const dialog = phone.page.getByRole('dialog');
    await dialog.getByTestId('key-changed-banner').waitFor({ timeout: 15_000 });
    expect(await dialog.getByRole('button', { name: 'Share', exact: true }).isDisabled()).toBe(true);
    await phone.checkA11y();
    await shot(phone, 'key-changed-dialog-phone');

    // Pages that share by a button rather than a dialog say it too, once.
    await phone.page.keyboard.press('Escape');
    for (const path of ['/practices/agreements', '/practices/notes']) {
      await phone.goto(path);
      await phone.page.getByTestId('key-changed-banner').first().waitFor({ timeout: 15_000 });
      expect(await phone.page.getByTestId('key-changed-banner').count()).toBe(1);
      await phone.checkA11y();
    }

    // Nothing reached Ben, and the pin is still the one Ada confirmed: the swapped key was not trusted.
    const benItems = new ItemsClient(benAccount.client, () => null);
    await expect(benItems.get(entry.id)).rejects.toMatchObject({ status: 404 });
    expect(await adaPins.pin(partner.id)).toMatchObject({ fingerprint: pinned, how: 'safety_code' });
    expect(await new ItemsClient(adaAccount.client, () => null).list('key_pins')).toHaveLength(1);

    // The first device says the same once it looks again.
    await laptop.goto('/today');
    await laptop.page.getByTestId('key-changed-banner').waitFor({ timeout: 15_000 });
    await laptop.checkA11y();
    await shot(laptop, 'key-changed-today-desktop');

    // Had the codes matched, confirming them on one device lifts the pause on every device.
    await phone.goto('/couple');
    await phone.page.getByTestId('key-changed-warning').waitFor({ timeout: 15_000 });
    await phone.page.getByRole('button', { name: 'We compared — it matches' }).click();
    await phone.page.getByText(/You compared this code with Ben/).waitFor();
    await phone.goto('/today');
    await phone.page.getByTestId('partner-name').waitFor();
    await laptop.page.reload();
    await laptop.page.getByTestId('partner-name').waitFor();
    for (const p of [phone, laptop]) {
      // The check has run (and found the confirmed keys) before the banner's absence means anything.
      await p.page.locator('[data-partner-keys="ok"]').waitFor({ timeout: 10_000 });
      expect(await p.page.getByTestId('key-changed-banner').count()).toBe(0);
    }
    clean([laptop, phone]);
  });
});
