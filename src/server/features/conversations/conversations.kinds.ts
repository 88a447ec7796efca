import { REVEAL_TOGETHER_KINDS } from '../../../shared/kinds.js';
import { notifyShared, type KindRules, type Practice } from '../items/kinds.js';
import { checkRevealParent, dropHeld, heldFor, holdOrReveal } from './reveal-together.js';

/**
 * A preparation's share waits for the partner's for the same conversation; then both are
 * released and both told alike. Until then nobody is told anything.
 */
const revealTogether: KindRules = {
  checkState: checkRevealParent,
  share: async ({ db, ctx, pair, authorId, item, input, now }) => {
    const { released, theirs } = await holdOrReveal(db, pair, authorId, item, input, now);
    if (!released) return { announce: [], notified: [] };
    const notified = new Set<string>();
    if (await notifyShared(db, ctx, item, input.readerId, now)) notified.add(input.readerId);
    for (const theirId of theirs) if (await notifyShared(db, ctx, { id: theirId, kind: item.kind }, authorId, now)) notified.add(authorId);
    return { announce: [input.readerId, authorId], notified: [...notified] };
  },
  heldFor,
  afterUnshare: dropHeld,
};

/** Guided conversations: the kinds revealed together (src/shared/kinds.ts REVEAL_TOGETHER_KINDS). */
export const conversationsPractice: Practice = {
  name: 'conversations',
  kinds: Object.fromEntries(REVEAL_TOGETHER_KINDS.map((kind) => [kind, revealTogether])),
};
