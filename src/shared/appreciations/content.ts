import { z } from 'zod';
import { NOTE_MAX } from '../commitments/content.js';

/* An appreciation: a specific thank-you, inside the encrypted content. */

/** Longest thank-you, in characters (the same room as a promise's note). */
export const THANKS_MAX = NOTE_MAX;

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

