/*
 * The safety check's answers, question ids and countries: the closed sets its stored content
 * is checked against (content.ts). Their wording, meaning and resources live in core/safety.
 */

/** Every answer a question can have. "Not sure" belongs to questions about an event; "sometimes" to questions about a pattern. */
export const SAFETY_ANSWERS = ['no', 'sometimes', 'not_sure', 'yes', 'rather_not_say'] as const;
/** One answer. */
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];

/** The questions, by id, in the order they are asked. */
export const SAFETY_QUESTION_IDS = ['hurt', 'afraid', 'afraid_now', 'threats', 'threat_to_kill', 'sex', 'phone', 'money', 'movement'] as const;
/** One question's id. */
export type SafetyQuestionId = (typeof SAFETY_QUESTION_IDS)[number];

/** The countries Mend has resources for. */
export const SAFETY_COUNTRIES = ['US', 'GB', 'CA', 'AU', 'IE', 'PL', 'DE', 'ES', 'FR'] as const;
/** One of those countries (ISO 3166-1 alpha-2). */
export type SafetyCountry = (typeof SAFETY_COUNTRIES)[number];
