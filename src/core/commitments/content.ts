import { contentReader } from '../scheduled/index.js';
import { commitmentContentSchema, markContentSchema, NOTE_MAX, WHAT_MAX, type CommitmentContent, type MarkContent } from '../../shared/commitments/content.js';

/*
 * The content shapes of a commitment and a mark live in src/shared (one schema per kind,
 * src/shared/kinds.ts); these read content that is already typed.
 */

export { commitmentContentSchema, markContentSchema, NOTE_MAX, WHAT_MAX, type CommitmentContent, type MarkContent };

/** Opened content as a promise, or null when it isn't one. */
export const asCommitment = contentReader(commitmentContentSchema);
/** Opened content as a mark, or null. */
export const asMark = contentReader(markContentSchema);
