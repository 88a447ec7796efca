import { z } from 'zod';
import { activityStepSchema } from '../rituals/content.js';
import { clipped, clippedWords, optionalWords } from '../items/text.js';

/*
 * The two kinds that answer something else (state.parentId names it), used by several
 * practices: a short acknowledgment, and a longer response. Each practice may read a response
 * more narrowly (a "what I heard", an answer, a step on an activity).
 */

/** Longest acknowledgment phrase kept when read. */
export const ACK_TEXT_MAX = 200;
/** Longest note under an acknowledgment. */
export const ACK_NOTE_MAX = 280;
/** Longest written response kept when read (an answer, "what I heard"). */
export const RESPONSE_MAX = 8_000;

/** An `acknowledgment` item's content: a kind phrase, and an optional short note. */
export const ackContentSchema = z.object({ text: clippedWords(ACK_TEXT_MAX), note: optionalWords(ACK_NOTE_MAX) });
/** An `acknowledgment` item's content. */
export type AckContent = z.output<typeof ackContentSchema>;

/** A written response: words (an answer, "what I heard", a reply to a hard moment, a line on an activity). */
export const textResponseSchema = z.object({ text: clipped(RESPONSE_MAX) });

/** A `response` item's content: the partner's step on an activity, or words. */
export const responseContentSchema = z.union([activityStepSchema, textResponseSchema]);
