import { z } from 'zod';
import { createItemRequestSchema } from './items.js';
import { b64url, idSchema } from './common.js';

const depthSchema = z.enum(['light', 'deeper', 'deep'], { message: 'Choose light, deeper or deep.' });
const deckSchema = z.string().regex(/^[a-z_]{2,40}$/, { message: 'Not a deck.' });
/** A calendar date in the person's own zone. */
export const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Please give a date as YYYY-MM-DD.' });

/**
 * The couple's prompt for one day, as one partner sees it. Before both have answered it says
 * nothing about whether the partner has (that is theirs to tell).
 */
export const promptDayViewSchema = z.object({
  id: idSchema,
  date: z.string(),
  promptId: z.string(),
  deck: z.string(),
  depth: depthSchema,
  /** Why this prompt came from another deck than the one chosen, or repeats; null normally. */
  notice: z.object({ code: z.string(), message: z.string() }).nullable(),
  answeredByMe: z.boolean(),
  myAnswerItemId: idSchema.nullable(),
  /** The prompt my answer was written for: the partner may have skipped to another since. */
  myAnswerPromptId: z.string().nullable(),
  /** True once both have answered; only then is the partner's answer readable. */
  revealed: z.boolean(),
  partnerAnswerItemId: idSchema.nullable(),
  /** The prompt the partner's answer was written for (after the reveal). */
  partnerAnswerPromptId: z.string().nullable(),
});
export type PromptDayView = z.infer<typeof promptDayViewSchema>;

/** GET /api/prompts/today?date= and the answer of every prompt write. */
export const promptTodayResponseSchema = z.object({
  day: promptDayViewSchema.nullable(),
  /** The depth both have chosen (the lower of the two); each one's own choice stays private. */
  allowedDepth: depthSchema,
  myDepth: depthSchema.nullable(),
  /** While either partner asked for some space, no new prompt is chosen: until when (UTC). */
  spaceUntil: z.string().nullable().optional(),
});
export type PromptTodayResponse = z.infer<typeof promptTodayResponseSchema>;

export const promptTodayQuerySchema = z.object({ date: localDateSchema }).strict();

/** POST /api/prompts/today/skip — "it'll keep": another prompt for the same day, before anyone answers. */
export const skipPromptRequestSchema = z.object({ date: localDateSchema }).strict();

/** POST /api/prompts/today/deck — pick a deck for today (null for any), before anyone answers. */
export const chooseDeckRequestSchema = z.object({ date: localDateSchema, deck: deckSchema.nullable() }).strict();

/** PUT /api/prompts/depth — how deep this person is ready to go. */
export const chooseDepthRequestSchema = z.object({ depth: depthSchema }).strict();

/**
 * POST /api/prompts/days/:id/answer — the answer as a private item (kind prompt_answer), plus
 * the item key sealed to the partner, which the server releases only when both have answered.
 */
export const answerPromptRequestSchema = z
  .object({ item: createItemRequestSchema, partnerWrappedKey: b64url(200).min(80) })
  .strict();

/** GET /api/prompts/history — the couple's recent days (newest first). */
export const promptHistoryResponseSchema = z.object({ days: z.array(promptDayViewSchema) });
