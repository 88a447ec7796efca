import type { z } from 'zod';
import { appreciationContentSchema, type AppreciationContent } from '../../shared/appreciations/content.js';
import { commitmentContentSchema, markContentSchema, NOTE_MAX, WHAT_MAX, type CommitmentContent, type MarkContent } from '../../shared/commitments/content.js';

/*
 * The content shapes of a commitment, a mark and an appreciation live in src/shared (one
 * schema per kind, src/shared/kinds.ts); these read content that is already typed.
 */

export { appreciationContentSchema, commitmentContentSchema, markContentSchema, NOTE_MAX, WHAT_MAX, type AppreciationContent, type CommitmentContent, type MarkContent };

function parsed<T>(schema: z.ZodType<T>, content: unknown): T | null {
  const r = schema.safeParse(content);
  return r.success ? r.data : null;
}

/** Opened content as a promise, or null when it isn't one. */
export const asCommitment = (content: unknown): CommitmentContent | null => parsed(commitmentContentSchema, content);
/** Opened content as a mark, or null. */
export const asMark = (content: unknown): MarkContent | null => parsed(markContentSchema, content);
/** Opened content as an appreciation, or null. */
export const asAppreciation = (content: unknown): AppreciationContent | null => parsed(appreciationContentSchema, content);
