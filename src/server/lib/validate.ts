import type { z } from 'zod';
import { AppError } from './errors.js';

/** Parses a request part with a shared schema, or throws a 400 with one message per field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] = 'This field is not accepted here.';
      continue;
    }
    const path = issue.path.join('.') || '_';
    fields[path] ??= issue.code === 'invalid_type' && issue.input === undefined ? 'This field is required.' : issue.message;
  }
  throw new AppError(400, 'validation_failed', 'Some details need another look.', fields);
}
