import { z } from 'zod';
import { keyBundleSchema, userViewSchema } from './auth.js';
import { coupleViewSchema } from './couples.js';
import { idSchema } from './common.js';

/** GET /api/me, and the answer to sign-in. */
export const meResponseSchema = z.object({
  user: userViewSchema,
  keys: keyBundleSchema,
  couple: coupleViewSchema.nullable(),
  /** The couple space the person was last in, when it ended and they are in none now (absent from older servers). */
  endedCouple: z.object({ id: idSchema, endedAt: z.string() }).nullable().optional(),
  session: z.object({ id: idSchema, idleExpiresAt: z.string(), absoluteExpiresAt: z.string() }),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/** One of the person's own signed-in devices. */
export const sessionViewSchema = z.object({
  id: idSchema,
  device: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

/** GET /api/sessions */
export const sessionListResponseSchema = z.object({ sessions: z.array(sessionViewSchema) });

/** POST /api/sessions/revoke-others */
export const revokeOthersResponseSchema = z.object({ ended: z.number().int().min(0) });
