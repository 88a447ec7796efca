import { z } from 'zod';
import { SAFETY_ANSWERS, SAFETY_COUNTRIES, SAFETY_QUESTION_IDS } from './ids.js';

/*
 * The encrypted content of a `safety_check` item (private only: the server refuses to share
 * it). Either one completed check — the answers and the result, so the person can look back —
 * or a "Not now" to Today's offer, which only sets when Mend asks again.
 */

const when = z.iso.datetime({ message: 'Use a UTC time.' });

/** One completed check. */
export const safetyCheckTakenSchema = z.strictObject({
  type: z.literal('check'),
  takenAt: when,
  answers: z.partialRecord(z.enum(SAFETY_QUESTION_IDS), z.enum(SAFETY_ANSWERS, { message: 'Choose one of the answers.' })),
  level: z.enum(['none', 'concern', 'urgent']),
  /** The country whose resources the person chose to see, when they chose one. */
  country: z.enum(SAFETY_COUNTRIES).optional(),
});

/** "Not now" to the offer on Today. */
export const safetyCheckDismissedSchema = z.strictObject({ type: z.literal('dismissed'), at: when });

/** A `safety_check` item's content. */
export const safetyCheckContentSchema = z.discriminatedUnion('type', [safetyCheckTakenSchema, safetyCheckDismissedSchema]);
/** One completed check's content. */
export type SafetyCheckTaken = z.infer<typeof safetyCheckTakenSchema>;
