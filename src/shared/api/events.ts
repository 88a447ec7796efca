import { z } from 'zod';
import { itemKindSchema } from '../kinds.js';

/**
 * Server-Sent Events carry no content and nothing about a partner's private activity:
 * only "something you can see changed; fetch again".
 */
export const serverEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('couple.changed') }),
  z.object({ type: z.literal('session.ended') }),
  /**
   * Items the receiver reads changed. `kinds` names their kinds (only kinds of items this
   * receiver can read), so a page fetches only those again; without it, every kind.
   */
  z.object({ type: z.literal('items.changed'), kinds: z.array(itemKindSchema).max(64).optional() }),
  /** Both answered today's prompt: the answers can be read. */
  z.object({ type: z.literal('prompts.revealed') }),
  /** The partner chose to say "I've answered — your turn when you're ready". */
  z.object({ type: z.literal('prompts.nudged') }),
  /** The person's own notifications changed (a new one, or read on another device). */
  z.object({ type: z.literal('notifications.changed') }),
]);
export type ServerEvent = z.infer<typeof serverEventSchema>;
