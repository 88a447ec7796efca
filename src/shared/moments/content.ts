import { z } from 'zod';
import { clipped, optionalWords } from '../items/text.js';

/* Triggers and hard moments: what each holds inside its encrypted content. */

export const WHAT_MAX = 300;
export const NOTE_MAX = 2_000;
export const MESSAGE_MAX = 600;

/** A `trigger` item's content: a private note of what, when (an ISO time) and maybe more. */
export const triggerContentSchema = z.object({
  what: clipped(WHAT_MAX),
  when: z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'Use a time.' }),
  note: optionalWords(NOTE_MAX),
});

/** A `hard_moment` item's content, and the partner's reply to it: a short message. */
export const messageContentSchema = z.object({ text: clipped(MESSAGE_MAX) });
