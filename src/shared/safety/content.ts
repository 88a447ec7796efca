import { z } from 'zod';
import { assessSafety, SAFETY_ANSWERS, SAFETY_COUNTRIES, SAFETY_QUESTION_IDS, type SafetyAnswers } from '../../core/safety/index.js';

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
/** A `safety_check` item's content. */
export type SafetyCheckContent = z.infer<typeof safetyCheckContentSchema>;
/** One completed check's content. */
export type SafetyCheckTaken = z.infer<typeof safetyCheckTakenSchema>;

/** A completed check ready to store, with its result worked out from the answers (never taken from the caller). */
export function safetyCheckContent(takenAt: Date, answers: SafetyAnswers): SafetyCheckTaken {
  return safetyCheckTakenSchema.parse({ type: 'check', takenAt: takenAt.toISOString(), answers, level: assessSafety(answers).level });
}
