import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Practice, WriteEffects } from '../items/kinds.js';
import { grantPartnerKey } from '../items/readers.js';
import type { NotifyContext } from '../notifications/notifications.service.js';
import { assertNotDelivered, deliverOrSchedule, holdForSpace, noteVisibleFrom } from './notes.service.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Holds a shared or changed note for a reader in space, then delivers it now or at its time. */
async function holdAndDeliver(db: Db, ctx: NotifyContext, item: { id: string; visible_from: string | null }, readers: string[], now: Date): Promise<WriteEffects> {
  const at = await holdForSpace(db, item, readers, now);
  const { delivered, notified } = await deliverOrSchedule(db, ctx, { id: item.id, visible_from: at }, readers, now);
  return { announce: delivered ? readers : [], notified };
}

/** Notes: the partner sees one at its time (or when their space ends), and not a word before. */
export const notesPractice: Practice = {
  name: 'notes',
  kinds: {
    note: {
      visibleFrom: noteVisibleFrom,
      checkUpdate: assertNotDelivered,
      afterUpdate: holdAndDeliver,
      share: async ({ db, ctx, pair, item, input, now }) => {
        await grantPartnerKey(db, pair, item.id, input.readerId, input.wrappedKey, now.toISOString());
        return holdAndDeliver(db, ctx, item, [input.readerId], now);
      },
    },
  },
};
