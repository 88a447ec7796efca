import { ItemsClient } from '../../shared/client/index.js';
import type { Person } from './people.js';

/** An items client for a test person, verifying partner content with the couple's keys. */
export async function itemsOf(person: Person): Promise<ItemsClient> {
  let partner = (await person.client.currentCouple())?.partner ?? null;
  const items = new ItemsClient(person.client, () => partner);
  // Tests re-read the couple when it changes.
  (items as ItemsClient & { refresh: () => Promise<void> }).refresh = async () => {
    partner = (await person.client.currentCouple())?.partner ?? null;
  };
  return items;
}
