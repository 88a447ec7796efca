import { z } from 'zod';

/*
 * The quiet hold (docs/SAFETY.md): a person's own switch, read and changed only by them. While
 * it is on, their new sharing stops and nothing reaches them that would show activity; their
 * partner sees nothing different. No other response ever mentions it.
 */

/** PUT /api/safety/hold: turns it on (an empty object; anything else is refused). */
export const safetyHoldRequestSchema = z.strictObject({});

/** GET, PUT and DELETE /api/safety/hold: whether it is on, and since when. */
export const safetyHoldResponseSchema = z.strictObject({ held: z.boolean(), since: z.string().nullable() });
/** The hold as its owner sees it. */
export type SafetyHoldResponse = z.infer<typeof safetyHoldResponseSchema>;
