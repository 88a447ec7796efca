import type { z } from 'zod';

/**
 * Something read by a schema narrower than its kind's (a draft body, or a response read as
 * "what I heard"), or null when it does not read. Item content is read by its kind's schema
 * already (parseContent in src/shared/kinds.ts).
 */
export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> | null {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
