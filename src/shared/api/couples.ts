import { z } from 'zod';
import { b64Bytes, idSchema } from './common.js';

/** The partner as the other member sees them: public keys for sharing and safety codes. */
export const partnerViewSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  encPublicKey: z.string(),
  signPublicKey: z.string(),
  joinedAt: z.string(),
});
export type PartnerView = z.infer<typeof partnerViewSchema>;

/** An open invite as its creator sees it (the token is shown only once, at creation). */
export const inviteViewSchema = z.object({ id: idSchema, createdAt: z.string(), expiresAt: z.string() });

/** The couple space of the viewer. */
export const coupleViewSchema = z.object({
  id: idSchema,
  createdAt: z.string(),
  /** When both were first in it (the second one joined): the same for both partners; null while alone. */
  pairedAt: z.string().nullable().optional(),
  partner: partnerViewSchema.nullable(),
  invites: z.array(inviteViewSchema),
});
export type CoupleView = z.infer<typeof coupleViewSchema>;

/** POST /api/couples/invites */
export const createInviteResponseSchema = z.object({
  id: idSchema,
  url: z.string(),
  token: z.string(),
  expiresAt: z.string(),
});
export type CreateInviteResponse = z.infer<typeof createInviteResponseSchema>;

/** Invite tokens are 32 random bytes, base64url. */
export const inviteTokenSchema = b64Bytes(32);

/** POST /api/couples/join and /api/couples/invites/preview */
export const joinRequestSchema = z.object({ token: inviteTokenSchema }).strict();

/** What the person opening an invite link learns: who invited them. */
export const invitePreviewResponseSchema = z.object({ inviterName: z.string(), expiresAt: z.string() });

/** POST /api/couples and POST /api/couples/join */
export const coupleResponseSchema = z.object({ couple: coupleViewSchema });

/** GET /api/couples/current */
export const currentCoupleResponseSchema = z.object({ couple: coupleViewSchema.nullable() });
