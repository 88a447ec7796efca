import { z } from 'zod';

/*
 * What a thank-you says inside its encrypted content. The server never sees it; the client
 * checks it before sending and again after opening.
 */

/** Longest thank-you, in characters. */
export const THANKS_MAX = 500;

/** A specific thank-you. */
export const appreciationContentSchema = z
  .object({
    text: z
      .string({ error: 'Write what you noticed, in a few words.' })
      .trim()
      .min(1, { error: 'Write what you noticed, in a few words.' })
      .max(THANKS_MAX, { error: `Keep it to ${THANKS_MAX} characters.` }),
  })
  .strict();
export type AppreciationContent = z.infer<typeof appreciationContentSchema>;

/** Opened content as an appreciation, or null. */
export function asAppreciation(content: unknown): AppreciationContent | null {
  const r = appreciationContentSchema.safeParse(content);
  return r.success ? r.data : null;
}
