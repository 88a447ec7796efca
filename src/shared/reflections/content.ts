import { z } from 'zod';

/*
 * Practice 1, reflections: what one section holds inside its encrypted content. The section
 * itself is plaintext state (src/shared/kinds.ts); what happened, in the person's own word
 * for it, is encrypted with the text.
 */

/** What happened, in the person's own word for it (labels live with the page). */
export const REFLECTION_CATEGORIES = ['infidelity', 'dishonesty', 'secrecy', 'broken_promises', 'emotional_neglect', 'withdrawal', 'other'] as const;

/** A `reflection` item's content: the words, and a category that is left out when it is not a known one. */
export const reflectionContentSchema = z.object({
  text: z.string(),
  category: z.enum(REFLECTION_CATEGORIES).optional().catch(undefined),
});
/** A `reflection` item's content. */
export type ReflectionContent = z.output<typeof reflectionContentSchema>;
