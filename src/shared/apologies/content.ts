import { z } from 'zod';
import { clipped } from '../items/text.js';

/*
 * Practice 2, apologies: what the impact letter, an apology, "what I heard" and the private
 * values reflection hold inside their encrypted content.
 */

export const LETTER_MAX_CHARS = 8_000;
export const APOLOGY_MAX_CHARS = 12_000;
export const HEARD_MAX_CHARS = 8_000;
export const VALUES_MAX_CHARS = 2_000;
/** One or two values are chosen before apologizing. */
export const MAX_VALUES = 2;

/** An `impact_letter` item's content: three guided parts. */
export const letterContentSchema = z.object({ happened: clipped(LETTER_MAX_CHARS), hurt: clipped(LETTER_MAX_CHARS), need: clipped(LETTER_MAX_CHARS) });
/** The impact letter. */
export type LetterContent = z.output<typeof letterContentSchema>;

/** "What I heard" (a `response` to the letter): the reader's reflection, in their own words. */
export const heardContentSchema = z.object({ text: clipped(HEARD_MAX_CHARS) });
/** "What I heard". */
export type HeardContent = z.output<typeof heardContentSchema>;

/** An `apology` item's content; it may follow an earlier one (`refersTo`, left out when blank). */
export const apologyContentSchema = z.object({ text: clipped(APOLOGY_MAX_CHARS), refersTo: z.string().optional().catch(undefined).transform((s) => s || undefined).optional() });
/** An apology. */
export type ApologyContent = z.output<typeof apologyContentSchema>;

/** A `values_reflection` item's content: the values chosen (words only, at most two) and why. */
export const valuesContentSchema = z.object({
  values: z.array(z.unknown()).transform((vs) => vs.filter((v): v is string => typeof v === 'string').slice(0, MAX_VALUES)),
  text: clipped(VALUES_MAX_CHARS),
});
/** The private values reflection. */
export type ValuesContent = z.output<typeof valuesContentSchema>;
