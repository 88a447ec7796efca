import { ItemPinStore, ItemsClient, type MendClient } from '../../shared/client/index.js';
import { devicePinsOf, knownPinItemOf } from './pins.js';
import { noteRolledBack, seenVersionsFor } from './seen-versions.js';

const stores = new WeakMap<MendClient, Map<string, ItemPinStore>>();

/**
 * The signed-in person's partner key pins, kept in their own `key_pins` item: one store per
 * account in this tab, so its writes queue behind each other and every screen hears of a
 * change. Pins an older version kept on this device are moved into the item on first use.
 */
export function pinStoreFor(client: MendClient): ItemPinStore {
  const userId = client.keys.userId;
  let byUser = stores.get(client);
  if (!byUser) {
    byUser = new Map();
    stores.set(client, byUser);
  }
  let store = byUser.get(userId);
  if (!store) {
    // Its own items are all it reads: no partner is needed to verify them.
    const items = new ItemsClient(client, () => null, { seen: seenVersionsFor(userId), onRolledBack: noteRolledBack });
    store = new ItemPinStore(items, { devicePins: devicePinsOf(userId), known: knownPinItemOf(userId) });
    byUser.set(userId, store);
  }
  return store;
}
