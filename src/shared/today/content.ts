import { z } from 'zod';

/* Where a person privately stands: what a `stance` item holds inside its encrypted content. */

/** The four answers to "Where do you stand right now?". */
export const STANCES = ['broke_trust', 'was_hurt', 'both', 'not_sure'] as const;
/** One of STANCES. */
export type Stance = (typeof STANCES)[number];

/** A `stance` item's content. */
export const stanceContentSchema = z.object({ stance: z.enum(STANCES) });
/** A stance. */
export type StanceContent = z.output<typeof stanceContentSchema>;
