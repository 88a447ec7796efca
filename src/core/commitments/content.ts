import { z } from 'zod';
import { contentReader, noteField, wordsField } from '../scheduled/index.js';

/*
 * What a commitment and a mark say, inside the encrypted content. The server
 * never sees these; the client checks them before sending and again after opening (verified
 * content is still not trusted to be well formed).
 */

/** Longest promise, in characters. */
export const WHAT_MAX = 280;
/** Longest note on a promise or a mark. */
export const NOTE_MAX = 500;

/** A promise in the person's words, with an optional note on why it matters. */
export const commitmentContentSchema = z
  .object({
    what: wordsField(WHAT_MAX, 'Write the promise in a few words.', `Keep the promise to ${WHAT_MAX} characters; the note below has room for more.`),
    note: noteField(NOTE_MAX),
  })
  .strict();
export type CommitmentContent = z.infer<typeof commitmentContentSchema>;

/** Kept or missed, with an optional note (never required). */
export const markContentSchema = z
  .object({
    status: z.enum(['kept', 'missed'], { error: 'Choose kept or missed.' }),
    note: noteField(NOTE_MAX),
  })
  .strict();
export type MarkContent = z.infer<typeof markContentSchema>;

/** Opened content as a promise, or null when it isn't one. */
export const asCommitment = contentReader(commitmentContentSchema);
/** Opened content as a mark, or null. */
export const asMark = contentReader(markContentSchema);
