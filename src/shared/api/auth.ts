import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { b64Bytes, b64url, emailSchema, idSchema, plainText, timeZoneSchema } from './common.js';

/** Argon2id parameters, stored per account and returned by key-params. */
export const kdfParamsSchema = z
  .object({
    alg: z.literal('argon2id'),
    version: z.literal(1),
    memoryKiB: z.int().min(8).max(1_048_576),
    iterations: z.int().min(1).max(16),
    parallelism: z.int().min(1).max(4),
  })
  .strict();
export type KdfParams = z.infer<typeof kdfParamsSchema>;

const wrapped = b64url(LIMITS.wrappedKeyMax).min(1, { message: 'Required.' });
const key32 = b64Bytes(32);

/** What the client sends so the server can store a person's keys (never a private key in the clear). */
export const accountKeysSchema = z
  .object({
    /** masterKey wrapped by the password-derived kek. */
    masterKeyWrapped: wrapped,
    /** masterKey wrapped a second time by the recovery key. */
    recoveryWrapped: wrapped,
    /** A key derived from the recovery key; the server stores only its Argon2id hash. */
    recoveryAuth: key32,
    encPublicKey: key32,
    signPublicKey: key32,
    encPrivateWrapped: wrapped,
    signPrivateWrapped: wrapped,
  })
  .strict();
export type AccountKeys = z.infer<typeof accountKeysSchema>;

/** The keys a signed-in person gets back to unlock their account in the client. */
export const keyBundleSchema = z.object({
  masterKeyWrapped: z.string(),
  encPublicKey: z.string(),
  signPublicKey: z.string(),
  encPrivateWrapped: z.string(),
  signPrivateWrapped: z.string(),
});
export type KeyBundle = z.infer<typeof keyBundleSchema>;

/** POST /api/auth/key-params */
export const keyParamsRequestSchema = z.object({ email: emailSchema }).strict();
export const keyParamsResponseSchema = z.object({ salt: z.string(), kdf: kdfParamsSchema });
export type KeyParamsResponse = z.infer<typeof keyParamsResponseSchema>;

const displayNameSchema = plainText(z.string({ message: 'Please enter a name.' })).pipe(
  z
    .string()
    .trim()
    .min(1, { message: 'Please enter the name your partner knows you by.' })
    .max(LIMITS.displayNameMax, { message: `Please keep it under ${LIMITS.displayNameMax} characters.` }),
);

/** POST /api/auth/signup */
export const signupRequestSchema = z
  .object({
    email: emailSchema,
    displayName: displayNameSchema,
    timeZone: timeZoneSchema,
    authKey: key32,
    salt: b64Bytes(16),
    kdf: kdfParamsSchema,
    keys: accountKeysSchema,
  })
  .strict();
export type SignupRequest = z.infer<typeof signupRequestSchema>;

/**
 * Sign-up answers the same for a new and a taken email, so nobody learns whether an
 * account exists; the client then signs in (docs/API.md explains the choice).
 */
export const signupResponseSchema = z.object({ status: z.literal('accepted') });

/** POST /api/auth/signin */
export const signinRequestSchema = z.object({ email: emailSchema, authKey: key32 }).strict();

/** The person as they see themselves. */
export const userViewSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  timeZone: z.string(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userViewSchema>;

/** POST /api/auth/password: change password; requires the current authKey (re-auth). */
export const changePasswordRequestSchema = z
  .object({
    currentAuthKey: key32,
    authKey: key32,
    salt: b64Bytes(16),
    kdf: kdfParamsSchema,
    masterKeyWrapped: wrapped,
  })
  .strict();

/** POST /api/me/delete: delete one's own account for good; requires the current authKey (re-auth). */
export const deleteAccountRequestSchema = z.object({ currentAuthKey: key32 }).strict();

/**
 * POST /api/auth/recovery-key: replace the recovery key (re-authenticated). The client makes
 * the new key and sends only what sign-up sends for it; the old key stops working at once.
 */
export const newRecoveryKeyRequestSchema = z.object({ currentAuthKey: key32, recoveryWrapped: wrapped, recoveryAuth: key32 }).strict();

/** POST /api/auth/recovery/verify: prove the recovery key to get the blob it unwraps. */
export const recoveryVerifyRequestSchema = z.object({ email: emailSchema, recoveryAuth: key32 }).strict();
export const recoveryVerifyResponseSchema = z.object({
  recoveryToken: z.string(),
  recoveryWrapped: z.string(),
  expiresAt: z.string(),
});

/** POST /api/auth/recovery/complete: set a new password with the unwrapped master key. */
export const recoveryCompleteRequestSchema = z
  .object({
    recoveryToken: b64Bytes(32),
    authKey: key32,
    salt: b64Bytes(16),
    kdf: kdfParamsSchema,
    masterKeyWrapped: wrapped,
  })
  .strict();

/** PATCH /api/me: profile fields a person may change. */
export const updateProfileRequestSchema = z
  .object({ displayName: displayNameSchema.optional(), timeZone: timeZoneSchema.optional() })
  .strict();

/** POST /api/auth/password */
export const okResponseSchema = z.object({ ok: z.literal(true) });

/** POST /api/auth/password answers how many other devices were signed out (all of them, SESS-06). */
export const changePasswordResponseSchema = z.object({ ok: z.literal(true), endedSessions: z.int().min(0) });
