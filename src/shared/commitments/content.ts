import { z } from 'zod';

/*
 * What a commitment and a mark say, inside the encrypted content. The server
 * never sees these; the client checks them before sending and again after opening (verified
 * content is still not trusted to be well formed).
 */

/** Longest promise, in characters. */
export const WHAT_MAX = 280;
/** Longest note on a promise or a mark, and longest appreciation. */
export const NOTE_MAX = 500;

/** A promise in the person's words, with an optional note on why it matters. */
export const commitmentContentSchema = z
  .object({
    what: z
      .string({ error: 'Write the promise in a few words.' })
      .trim()
      .min(1, { error: 'Write the promise in a few words.' })
      .max(WHAT_MAX, { error: `Keep the promise to ${WHAT_MAX} characters; the note below has room for more.` }),
    note: z.string().trim().max(NOTE_MAX, { error: `Keep the note to ${NOTE_MAX} characters.` }).optional(),
  })
  .strict();
export type CommitmentContent = z.infer<typeof commitmentContentSchema>;

/** Kept or missed, with an optional note (never required). */
export const markContentSchema = z
  .object({
    status: z.enum(['kept', 'missed'], { error: 'Choose kept or missed.' }),
    note: z.string().trim().max(NOTE_MAX, { error: `Keep the note to ${NOTE_MAX} characters.` }).optional(),
  })
  .strict();
export type MarkContent = z.infer<typeof markContentSchema>;

