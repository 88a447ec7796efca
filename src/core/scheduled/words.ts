import { z } from 'zod';

/*
 * The pieces a promise's and a ritual's content are made of: a few required words (the
 * promise, or the ritual's name) and an optional note, and a way to read opened content.
 */

/** A few required words, trimmed: `empty` when there are none, `tooLong` past `max` characters. */
export function wordsField(max: number, empty: string, tooLong: string) {
  return z.string({ error: empty }).trim().min(1, { error: empty }).max(max, { error: tooLong });
}

/** An optional note of at most `max` characters, trimmed. */
export function noteField(max: number) {
  return z.string().trim().max(max, { error: `Keep the note to ${max} characters.` }).optional();
}

/** Reads opened content with `schema`: what it says, or null when it doesn't read as one. */
export function contentReader<T>(schema: z.ZodType<T>): (content: unknown) => T | null {
  return (content) => {
    const r = schema.safeParse(content);
    return r.success ? r.data : null;
  };
}
