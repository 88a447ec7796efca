import { z } from 'zod';

/*
 * Small pieces the content schemas share. Opened content is read the way earlier versions
 * wrote it: over-long words are cut rather than refused, and an optional part that is blank
 * or malformed is left out, so older items stay readable.
 */

/** Words of any length, cut to `max` characters when read. */
export const clipped = (max: number) => z.string().transform((s) => s.slice(0, max));

/** Words that must not be blank, cut to `max` characters when read. */
export const clippedWords = (max: number) => z.string().refine((s) => s.trim() !== '', { message: 'Write a few words first.' }).transform((s) => s.slice(0, max));

/** Optional words: left out when absent, blank or not words at all; cut to `max` when read. */
export const optionalWords = (max: number) =>
  z
    .string()
    .optional()
    .catch(undefined)
    .transform((s) => (s !== undefined && s.trim() ? s.slice(0, max) : undefined))
    .optional();
