import { z } from 'zod';

/**
 * Server-Sent Events carry no content and nothing about a partner's private activity:
 * only "something you can see changed; fetch again".
 */
export const serverEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('couple.changed') }),
  z.object({ type: z.literal('session.ended') }),
  z.object({ type: z.literal('items.changed') }),
]);
export type ServerEvent = z.infer<typeof serverEventSchema>;
