import type { PartnerView } from '../../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';

/* The write of appreciations, through ItemsClient (encrypted, signed, wrapped here). */

/** A thank-you, always sent: for one of the partner's kept occurrences, or for anything specific. */
export async function sendAppreciation(items: ItemsClient, text: string, partner: PartnerView, markId: string | null): Promise<OpenItem> {
  const item = await items.create('appreciation', { text }, markId ? { parentId: markId } : {});
  try {
    return await items.share(item, partner);
  } catch (e) {
    // Never leave a thank-you the partner can't see: take it back, the draft keeps the words.
    await items.remove(item).catch(() => undefined);
    throw e;
  }
}
