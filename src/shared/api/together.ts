import { z } from 'zod';

/*
 * Two couple-level rules the server keeps because neither partner may see the other's
 * private answer: the periodic "do you want to keep working on this?" (only a shared "both
 * yes" is ever shown), and "I need some space" (pauses the prompt of the day for both and
 * tells the partner kindly, with nothing but until when).
 */

/** The three answers to "Do you want to keep working on this?", as the person chooses and sees them. */
export const DECISION_ANSWERS = ['yes', 'not_sure', 'no'] as const;
export type DecisionAnswer = (typeof DECISION_ANSWERS)[number];

/**
 * What the server keeps of an answer: only what the "both yes" rule needs (issue 14, item 6).
 * A 'no' and a 'not sure' are both 'not_yes' at rest; the exact answer travels sealed.
 */
export const STORED_DECISION_ANSWERS = ['yes', 'not_yes'] as const;
export type StoredDecisionAnswer = (typeof STORED_DECISION_ANSWERS)[number];

/**
 * PUT /api/decision. `sealed` is the exact answer encrypted by the person's own client under a
 * key from their master key (padded, so every answer seals to the same length); only they open it.
 */
export const decisionRequestSchema = z
  .object({
    answer: z.enum(STORED_DECISION_ANSWERS, { message: 'Choose yes, not sure or no.' }),
    sealed: z.string().min(1).max(1024),
  })
  .strict();

/**
 * GET and PUT /api/decision. `bothYes` is true only when both answered yes this period;
 * otherwise false — which says nothing about whether, or how, the partner answered.
 * `myAnswer` and `mySealed` are the viewer's own.
 */
export const decisionResponseSchema = z.object({
  /** The period asked about, 'YYYY-MM' (asked again each month). */
  period: z.string(),
  myAnswer: z.enum(STORED_DECISION_ANSWERS).nullable(),
  mySealed: z.string().nullable(),
  bothYes: z.boolean(),
});
export type DecisionResponse = z.infer<typeof decisionResponseSchema>;

/** The decision point as the person's client shows it, after opening their sealed answer. */
export interface DecisionView {
  period: string;
  /** Their own exact answer; null when none, or when it cannot be opened (an answer from before it was sealed). */
  myAnswer: DecisionAnswer | null;
  bothYes: boolean;
}

/** Longest "I need some space" lasts before it ends by itself. */
export const SPACE_MAX_DAYS = 14;

/** POST /api/space: until when (UTC), at most two weeks ahead. */
export const spaceRequestSchema = z.object({ until: z.iso.datetime({ message: 'Choose until when, as a UTC time.' }) }).strict();

/** GET /api/space (and the answer to POST/DELETE): each partner's current space, if any. */
export const spaceResponseSchema = z.object({
  mine: z.object({ since: z.string(), until: z.string() }).nullable(),
  partner: z.object({ since: z.string(), until: z.string() }).nullable(),
});
export type SpaceResponse = z.infer<typeof spaceResponseSchema>;
