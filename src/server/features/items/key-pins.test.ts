import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerView } from '../../../shared/api/couples.js';
import { checkPartnerKeys, acceptPartnerKeys, ItemPinStore, ItemsClient, memorySeenVersions, type DevicePins } from '../../../shared/client/index.js';
import { keyFingerprint } from '../../../shared/crypto/index.js';
import { parseContent } from '../../../shared/kinds.js';
import { createTestApp, type TestApp } from '../../test/app.js';
import { testDialects } from '../../test/databases.js';
import { errorOf } from '../../test/errors.js';
import { itemsOf } from '../../test/items.js';
import { newDevice, pairUp, signUp, type Person } from '../../test/people.js';

const dialects = await testDialects();

/*
 * Issue 14, item 5: the partner key pins live in the person's own private `key_pins` item, so
 * a new device of theirs trusts what the first one pinned, not whatever key the server shows.
 */
describe.each(dialects)('partner key pins kept in an item of one’s own, on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  /** Another device of the same person, signed in with their password. */
  async function secondDevice(p: Person) {
    const device = newDevice(t.app);
    await device.client.signin({ email: p.email, password: p.password });
    return device.client;
  }

  async function setUp() {
    const [ada, ben] = await pairUp(t.app);
    const partner = (await ada.client.currentCouple())!.partner!;
    return { ada, ben, partner };
  }

  /** Ben's view with keys the server swapped in (someone else's). */
  async function swapped(partner: PartnerView): Promise<PartnerView> {
    const mallory = await signUp(t.app, 'Mallory');
    return { ...partner, encPublicKey: mallory.me.keys.encPublicKey, signPublicKey: mallory.me.keys.signPublicKey };
  }

  const storeOf = (client: Person['client'], devicePins?: DevicePins) => new ItemPinStore(new ItemsClient(client, () => null), devicePins ? { devicePins } : {});

  it('a second device reads the pin the first one made, refuses a swapped key, and shares again after the safety codes match', async () => {
    const { ada, ben, partner } = await setUp();
    const laptop = storeOf(ada.client);
    expect(await checkPartnerKeys(laptop, partner)).toBe('new');
    expect(await laptop.pin(ben.me.user.id)).toMatchObject({ fingerprint: keyFingerprint(partner), how: 'first_use' });

    const phoneClient = await secondDevice(ada);
    const phone = storeOf(phoneClient);
    expect(await phone.get(ben.me.user.id)).toBe(keyFingerprint(partner));
    const swappedBen = await swapped(partner);
    // The phone never saw Ben before, yet it does not trust the swapped key on first use.
    expect(await checkPartnerKeys(phone, swappedBen)).toBe('changed');
    const phoneItems = new ItemsClient(phoneClient, () => swappedBen, { pins: phone });
    const entry = await phoneItems.create('journal_entry', { text: 'only for Ben', writtenOn: '2026-03-01' }, {});
    expect(await errorOf(phoneItems.share(entry, swappedBen))).toEqual({ status: 0, code: 'partner_key_changed' });
    expect((await errorOf((await itemsOf(ben)).get(entry.id))).status).toBe(404);

    // The real keys pass on the phone; comparing codes (on the laptop) marks the pin confirmed for both.
    await phoneItems.share(entry, partner);
    await acceptPartnerKeys(laptop, partner);
    expect(await phone.pin(ben.me.user.id)).toMatchObject({ fingerprint: keyFingerprint(partner), how: 'safety_code', confirmedAt: expect.any(String) });
  });

  it('two devices pinning at once lose nothing: one item, every pin in it', async () => {
    const { ada, partner } = await setUp();
    const cleo = await signUp(t.app, 'Cleo');
    const dan = await signUp(t.app, 'Dan');
    const laptop = storeOf(ada.client);
    const phone = storeOf(await secondDevice(ada));
    // Neither has an item yet: both create one at the same moment.
    await Promise.all([laptop.set(partner.id, keyFingerprint(partner), 'first_use'), phone.set(cleo.me.user.id, keyFingerprint(cleo.me.keys), 'first_use')]);
    // Then both write the same item at the same moment: one loses on its version, merges and retries.
    await Promise.all([laptop.set(dan.me.user.id, keyFingerprint(dan.me.keys), 'safety_code'), phone.set(partner.id, keyFingerprint(partner), 'safety_code')]);
    const items = await new ItemsClient(ada.client, () => null).list('key_pins');
    expect(items).toHaveLength(1);
    const pins = parseContent('key_pins', items[0]!.content)!.pins;
    expect(Object.keys(pins).sort()).toEqual([partner.id, cleo.me.user.id, dan.me.user.id].sort());
    expect(pins[partner.id]!.how).toBe('safety_code');
    expect(items[0]!.version).toBeGreaterThanOrEqual(3);
  });

  it('moves the pins an older version kept on the device into the item, then forgets them there', async () => {
    const { ada, ben, partner } = await setUp();
    const cleo = await signUp(t.app, 'Cleo');
    let device: Record<string, string> = { [ben.me.user.id]: keyFingerprint(partner), [cleo.me.user.id]: keyFingerprint(cleo.me.keys) };
    const devicePins: DevicePins = { read: () => device, clear: () => (device = {}) };
    const store = storeOf(ada.client, devicePins);
    expect(await checkPartnerKeys(store, partner)).toBe('same');
    expect(device).toEqual({});
    const other = storeOf(await secondDevice(ada));
    expect(await other.pin(cleo.me.user.id)).toMatchObject({ fingerprint: keyFingerprint(cleo.me.keys), how: 'first_use' });
    // A device pin that disagrees with the item does not win: the item is what all devices agreed on.
    device = { [ben.me.user.id]: 'a-fingerprint-from-elsewhere' };
    expect(await checkPartnerKeys(storeOf(ada.client, devicePins), partner)).toBe('same');
    expect(device).toEqual({});
  });

  it('a pin item older than this device saw stops sharing rather than trusting it', async () => {
    const { ada, partner } = await setUp();
    const seen = memorySeenVersions();
    const items = new ItemsClient(ada.client, () => null, { seen });
    const store = new ItemPinStore(items);
    await store.set(partner.id, keyFingerprint(partner), 'first_use');
    const [item] = await items.list('key_pins');
    // This device saw a later version than the server now returns.
    seen.set(item!.id, item!.version + 1);
    const gated = new ItemsClient(ada.client, () => partner, { pins: store });
    const entry = await gated.create('journal_entry', { text: 'wait', writtenOn: '2026-03-01' }, {});
    expect(await errorOf(gated.share(entry, partner))).toEqual({ status: 0, code: 'partner_key_changed' });
  });

  it('a device that read the pin item notices when the server stops sending it, and refuses rather than trust anew', async () => {
    const { ada, partner } = await setUp();
    let known: string | null = null;
    const store = new ItemPinStore(new ItemsClient(ada.client, () => null), { known: { get: () => known, set: (id) => (known = id) } });
    expect(await checkPartnerKeys(store, partner)).toBe('new');
    expect(await checkPartnerKeys(store, partner)).toBe('same');
    expect(known).not.toBeNull();
    // The server stops sending it (here it is simply gone).
    await new ItemsClient(ada.client, () => null).remove({ id: known! });
    const swappedBen = await swapped(partner);
    await expect(checkPartnerKeys(store, swappedBen)).rejects.toMatchObject({ code: 'bad_response' });
    const gated = new ItemsClient(ada.client, () => swappedBen, { pins: store });
    const entry = await gated.create('journal_entry', { text: 'not to a stranger', writtenOn: '2026-03-01' }, {});
    expect(await errorOf(gated.share(entry, swappedBen))).toEqual({ status: 0, code: 'partner_key_changed' });
  });

  it('the item is private: never shared, never seen by the partner', async () => {
    const { ada, ben, partner } = await setUp();
    const store = storeOf(ada.client);
    await store.set(partner.id, keyFingerprint(partner), 'safety_code');
    const ownItems = await itemsOf(ada);
    const [item] = await ownItems.list('key_pins');
    expect(await errorOf(ownItems.share(item!, partner))).toEqual({ status: 409, code: 'forbidden' });
    const benItems = await itemsOf(ben);
    expect(await benItems.list('key_pins')).toEqual([]);
    expect((await errorOf(benItems.get(item!.id))).status).toBe(404);
  });
});
