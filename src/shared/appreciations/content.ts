import { z } from 'zod';
import { NOTE_MAX } from '../commitments/content.js';

/* An appreciation: a specific thank-you, inside the encrypted content. */

/** A specific thank-you. */
export const appreciationContentSchema = z
  .object({
    text: z
      .string({ error: 'Write what you noticed, in a few words.' })
      .trim()
      .min(1, { error: 'Write what you noticed, in a few words.' })
      .max(NOTE_MAX, { error: `Keep it to ${NOTE_MAX} characters.` }),
  })
  .strict();
export type AppreciationContent = z.infer<typeof appreciationContentSchema>;

