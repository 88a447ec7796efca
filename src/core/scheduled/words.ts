import type { z } from 'zod';

/*
 * A way to read opened content by its schema (the schemas themselves live in src/shared).
 */

/** Reads opened content with `schema`: what it says, or null when it doesn't read as one. */
export function contentReader<T>(schema: z.ZodType<T>): (content: unknown) => T | null {
  return (content) => {
    const r = schema.safeParse(content);
    return r.success ? r.data : null;
  };
}
