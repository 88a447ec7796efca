import { z } from 'zod';
import { clipped } from '../items/text.js';

/*
 * Practice 1, questions and answers: what a question, a disclosure and the asker's pace hold
 * inside their encrypted content. Answers are `response` items (src/shared/replies).
 */

/** The topics a question can be filed under (labels live with the page). */
export const QUESTION_TOPICS = ['timeline', 'relationship', 'secrecy', 'now', 'other'] as const;
/** One of QUESTION_TOPICS. */
export type TopicId = (typeof QUESTION_TOPICS)[number];

/** How long a questions session may be, in minutes. */
export const SESSION_MINUTES = [10, 20, 30, 45] as const;
export const DEFAULT_SESSION_MINUTES = 20;

export const QUESTION_MAX_CHARS = 2_000;
export const ANSWER_MAX_CHARS = 8_000;
export const PAUSE_WORD_MAX = 40;

/** A `question` item's content: the words, and a topic ("other" when it is not a known one). */
export const questionContentSchema = z.object({ topic: z.enum(QUESTION_TOPICS).catch('other'), text: clipped(QUESTION_MAX_CHARS) });
/** A question. */
export type QuestionContent = z.output<typeof questionContentSchema>;

/** A `disclosure` item's content, and an answer's: words. */
export const textContentSchema = z.object({ text: clipped(ANSWER_MAX_CHARS) });
/** A disclosure or an answer. */
export type TextContent = z.output<typeof textContentSchema>;

const minutes = z.union(SESSION_MINUTES.map((m) => z.literal(m)) as [z.ZodLiteral<10>, z.ZodLiteral<20>, z.ZodLiteral<30>, z.ZodLiteral<45>]);

/**
 * A `qa_pace` item's content: the session length, the pause word, and while in the future,
 * when questions rest (the end of the asker's day). Every part has a fallback, as it always had.
 */
export const paceContentSchema = z.object({
  sessionMinutes: minutes.default(DEFAULT_SESSION_MINUTES).catch(DEFAULT_SESSION_MINUTES),
  pauseWord: clipped(PAUSE_WORD_MAX).default('').catch(''),
  pausedUntil: z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)))
    .optional()
    .catch(undefined),
});
/** The asker's pacing. */
export type PaceContent = z.output<typeof paceContentSchema>;
