import type { PartnerView } from '../../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import type { ActivityPlanContent, ActivityReflection, ActivityStep, RitualContent, RitualLogContent } from '../../../core/rituals/index.js';
import { sharedWith } from '../scheduled/model.js';
import { CONFIRM_TEXT } from './model.js';

/*
 * The writes of practice 6, each through ItemsClient. Rituals are shared as they are made
 * unless kept private for now (a failed share leaves one private, and the card offers to
 * share it again); an activity picked from the ideas starts private, like everything else,
 * and is shared with one tap.
 */

/** Shares an item with the partner, reporting a failure instead of throwing. */
async function tryShare(items: ItemsClient, item: OpenItem, partner: PartnerView | null): Promise<{ item: OpenItem; shareFailed: unknown }> {
  if (!partner || sharedWith(item, partner.id)) return { item, shareFailed: null };
  try {
    return { item: await items.share(item, partner), shareFailed: null };
  } catch (e) {
    return { item, shareFailed: e };
  }
}

/** Makes a ritual and shares it, unless it is kept private for now. */
export async function createRitual(items: ItemsClient, content: RitualContent, state: CommitmentState, partner: PartnerView | null, share: boolean) {
  const item = await items.create('ritual', content, state);
  return share ? tryShare(items, item, partner) : { item, shareFailed: null };
}

/** Shares a ritual made private for now, with the times already logged on it. */
export async function shareRitual(items: ItemsClient, ritual: OpenItem, myLogs: readonly OpenItem[], partner: PartnerView): Promise<OpenItem[]> {
  const out = [sharedWith(ritual, partner.id) ? ritual : await items.share(ritual, partner)];
  for (const log of myLogs) if (log.mine && !sharedWith(log, partner.id)) out.push(await items.share(log, partner));
  return out;
}

/** A new plan for one's ritual (edit, pause, resume, end); its words may change too. */
export function saveRitualPlan(items: ItemsClient, ritual: OpenItem, content: RitualContent, state: CommitmentState): Promise<OpenItem> {
  return items.update(ritual, content, state);
}

/**
 * "We did it" for one time (or a change to one's own reflection on it); shared with the
 * partner whenever the ritual is one both read.
 */
export async function saveLog(items: ItemsClient, ritual: OpenItem, occurrence: string, content: RitualLogContent, existing: OpenItem | undefined, partner: PartnerView | null): Promise<OpenItem> {
  const log = existing ? await items.update(existing, content) : await items.create('ritual_log', content, { parentId: ritual.id, occurrence });
  const both = partner && (ritual.authorId === partner.id || sharedWith(ritual, partner.id));
  return both ? items.share(log, partner) : log;
}

/** "Yes, we did" on the partner's log: an acknowledgment, shared back. */
export async function confirmLog(items: ItemsClient, log: OpenItem, partner: PartnerView): Promise<OpenItem> {
  const ack = await items.create('acknowledgment', { text: CONFIRM_TEXT }, { parentId: log.id });
  return items.share(ack, partner);
}

/** Picks an idea (or an own one) as a plan: private, like everything else, until it is shared. */
export function createActivityPlan(items: ItemsClient, content: ActivityPlanContent): Promise<OpenItem> {
  return items.create('activity_plan', content, {});
}

/** Shares one's plan with the partner, who can then plan a time, change it, or say "we did it". */
export function shareActivityPlan(items: ItemsClient, plan: OpenItem, partner: PartnerView): Promise<OpenItem> {
  return items.share(plan, partner);
}

/** Plans a time, marks it done or changes the reflection; whoever read it before still does. */
export function updateActivityPlan(items: ItemsClient, plan: OpenItem, content: ActivityPlanContent): Promise<OpenItem> {
  return items.update(plan, content);
}

/** The partner's step on a plan they read ("we did it", or a new time): a `response` to it, shared back. */
export async function stepOnActivity(items: ItemsClient, plan: OpenItem, step: ActivityStep, partner: PartnerView): Promise<OpenItem> {
  const item = await items.create('response', step, { parentId: plan.id });
  try {
    return await items.share(item, partner);
  } catch (e) {
    // Never leave a step the one who made the plan can't see: take it back.
    await items.remove(item).catch(() => undefined);
    throw e;
  }
}

/** Lets go of an idea nobody planned yet. */
export function removeActivityPlan(items: ItemsClient, plan: OpenItem): Promise<void> {
  return items.remove(plan);
}

/** The partner's own reflection on an activity they read: a `response` to the plan, shared back. */
export async function reflectOnActivity(items: ItemsClient, plan: OpenItem, content: ActivityReflection, partner: PartnerView): Promise<OpenItem> {
  const item = await items.create('response', content, { parentId: plan.id });
  try {
    return await items.share(item, partner);
  } catch (e) {
    // Never leave a reflection the partner can't see: take it back; the draft keeps the words.
    await items.remove(item).catch(() => undefined);
    throw e;
  }
}
