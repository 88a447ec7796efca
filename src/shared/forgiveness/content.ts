import { z } from 'zod';
import { clipped, clippedWords, optionalWords } from '../items/text.js';

/* Practice 10: what a reflection on letting go and a milestone hold inside their encrypted content. */

export const REFLECTION_MAX = 8_000;
export const MILESTONE_TITLE_MAX = 160;
export const MILESTONE_NOTE_MAX = 1_000;

/** A `forgiveness_reflection` item's content: which prompt, and the words. */
export const forgivenessContentSchema = z.object({ prompt: z.string(), text: clipped(REFLECTION_MAX) });
/** A reflection on letting go. */
export type ForgivenessContent = z.output<typeof forgivenessContentSchema>;

/** A milestone, or a chapter closed together. */
export const MILESTONE_TYPES = ['milestone', 'chapter'] as const;
/** One of MILESTONE_TYPES. */
export type MilestoneType = (typeof MILESTONE_TYPES)[number];

/** A `milestone` item's content: a milestone unless it says chapter, a title, and maybe a note. */
export const milestoneContentSchema = z.object({
  type: z.enum(MILESTONE_TYPES).default('milestone').catch('milestone'),
  title: clippedWords(MILESTONE_TITLE_MAX),
  note: optionalWords(MILESTONE_NOTE_MAX),
});
/** A milestone. */
export type MilestoneContent = z.output<typeof milestoneContentSchema>;
