import type { PartnerView } from '../../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import type { CommitmentContent, MarkContent } from '../../../core/commitments/index.js';
import { sharedWith } from '../scheduled/model.js';
import { marksToSync, type MarkView } from './model.js';

/*
 * The writes of practice 4, each through ItemsClient (encrypted, signed, wrapped here). Marks
 * follow their commitment's sharing; every function can be run again after a failure and
 * finishes what is left.
 */

/** Makes a promise; shares it with the partner unless it is a personal intention. */
export async function createPromise(
  items: ItemsClient,
  content: CommitmentContent,
  state: CommitmentState,
  partner: PartnerView | null,
  share: boolean,
): Promise<{ item: OpenItem; shareFailed: unknown }> {
  const item = await items.create('commitment', content, state);
  if (!share || !partner) return { item, shareFailed: null };
  try {
    return { item: await items.share(item, partner), shareFailed: null };
  } catch (e) {
    // Made but not shared: it stays private, and the card offers to share it again.
    return { item, shareFailed: e };
  }
}

/** Brings the marks of one's commitment in line with its sharing (share or unshare each). */
export async function syncMarks(items: ItemsClient, commitment: OpenItem, marks: readonly OpenItem[], partner: PartnerView | null): Promise<OpenItem[]> {
  const { share, unshare } = marksToSync(commitment, marks, partner?.id ?? null);
  const out: OpenItem[] = [];
  if (!partner) return out;
  for (const m of share) out.push(await items.share(m, partner));
  for (const m of unshare) out.push(await items.unshare(m, partner.id));
  return out;
}

/** Shares a commitment and its marks with the partner, or stops sharing both. */
export async function setSharing(items: ItemsClient, commitment: OpenItem, marks: readonly OpenItem[], partner: PartnerView, on: boolean): Promise<OpenItem[]> {
  let c = commitment;
  if (on && !sharedWith(c, partner.id)) c = await items.share(c, partner);
  if (!on && sharedWith(c, partner.id)) c = await items.unshare(c, partner.id);
  return [c, ...(await syncMarks(items, c, marks, partner))];
}

/**
 * Marks one occurrence kept or missed (a re-mark updates the existing mark) and, when the
 * commitment is shared with the partner, shares the mark too.
 */
export async function saveMark(
  items: ItemsClient,
  commitment: OpenItem,
  occurrence: string,
  content: MarkContent,
  existing: MarkView | undefined,
  partner: PartnerView | null,
): Promise<OpenItem> {
  let mark = existing
    ? await items.update(existing.item, content)
    : await items.create('commitment_mark', content, { parentId: commitment.id, occurrence });
  if (partner && sharedWith(commitment, partner.id) && !sharedWith(mark, partner.id)) mark = await items.share(mark, partner);
  return mark;
}

/** A new plan for one's commitment (edit, pause, resume, end); the words stay as they are. */
export function savePlan(items: ItemsClient, commitment: OpenItem, content: CommitmentContent, state: CommitmentState): Promise<OpenItem> {
  return items.update(commitment, content, state);
}

/** Deletes a commitment and its marks (offered only while nothing has come due). */
export async function deletePromise(items: ItemsClient, commitment: OpenItem, marks: readonly OpenItem[]): Promise<void> {
  for (const m of marks) if (m.mine) await items.remove(m);
  await items.remove(commitment);
}

/** "I noticed" on the partner's kept occurrence: a short acknowledgment, shared back. */
export async function notice(items: ItemsClient, mark: OpenItem, partner: PartnerView): Promise<OpenItem> {
  const ack = await items.create('acknowledgment', { text: 'I noticed' }, { parentId: mark.id });
  return items.share(ack, partner);
}
