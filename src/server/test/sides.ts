import type { FastifyInstance } from 'fastify';
import type { PartnerView } from '../../shared/api/couples.js';
import { NotificationsClient, type ItemsClient } from '../../shared/client/index.js';
import { itemsOf } from './items.js';
import { pairUp, type Person } from './people.js';

/** One partner of a test couple, with the clients most feature tests need. */
export interface Side {
  person: Person;
  items: ItemsClient;
  notifications: NotificationsClient;
  partner: PartnerView;
}

/** A freshly paired couple, each side ready to write, share and read notifications. */
export async function couple(app: FastifyInstance): Promise<[Side, Side]> {
  const people = await pairUp(app);
  return (await Promise.all(
    people.map(async (person) => ({
      person,
      items: await itemsOf(person),
      notifications: new NotificationsClient(person.client),
      partner: (await person.client.currentCouple())!.partner!,
    })),
  )) as [Side, Side];
}
