import { z } from 'zod';
import { clipped } from '../items/text.js';

/* Practice 8, notes: what a note holds inside its encrypted content (when it arrives is plaintext state). */

/** Longest note, in characters. */
export const NOTE_MAX_CHARS = 2_000;

/** A `note` item's content: the words. */
export const noteContentSchema = z.object({ text: clipped(NOTE_MAX_CHARS) });
