import { z } from 'zod';
import { localDateSchema } from '../schedules/schema.js';

/*
 * Practice 5, the journal and "share your day": what each item holds inside its encrypted
 * content. Both kinds have an empty plaintext state: no server rule needs to know anything
 * about them.
 */

/** Longest title of a journal entry, in characters. */
export const TITLE_MAX = 120;
/** Longest journal entry, in characters (content is at most 64 KiB once encoded). */
export const ENTRY_MAX = 20_000;
/** Longest high or low of a day, in characters: two short lines. */
export const DAY_LINE_MAX = 280;

/** A journal entry as it is encrypted: an optional title, the words, and the local day it is about. */
export const journalEntrySchema = z.strictObject({
  title: z.string().max(TITLE_MAX, `A title can be up to ${TITLE_MAX} characters.`).optional(),
  text: z.string().max(ENTRY_MAX, `An entry can be up to ${ENTRY_MAX.toLocaleString('en')} characters.`).refine((s) => s.trim() !== '', 'Write a few words first.'),
  writtenOn: localDateSchema,
});

/** "Share your day" as it is encrypted: a high and a low, and the sharer's local day. */
export const dayShareSchema = z.strictObject({
  high: z.string().max(DAY_LINE_MAX, `Keep it to ${DAY_LINE_MAX} characters.`),
  low: z.string().max(DAY_LINE_MAX, `Keep it to ${DAY_LINE_MAX} characters.`),
  day: localDateSchema,
});

/** The encrypted content of a journal entry. */
export type JournalEntryContent = z.infer<typeof journalEntrySchema>;
/** The encrypted content of a day share. */
export type DayShareContent = z.infer<typeof dayShareSchema>;

/** A `day_share` item's content as it is read: a high or a low (or both) must have words. */
export const dayShareContentSchema = dayShareSchema.refine((d) => d.high.trim() !== '' || d.low.trim() !== '', { message: 'Write a high, a low, or both.' });
