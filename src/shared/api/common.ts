import { z } from 'zod';
import { LIMITS } from '../limits.js';

/** base64url without padding, as every binary value travels in the API. */
export const b64url = (maxLen = 4096) =>
  z
    .string()
    .max(maxLen, { message: 'Too long.' })
    .regex(/^[A-Za-z0-9_-]*$/, { message: 'Must be base64url text.' });

/** Exactly n bytes, base64url encoded (no padding). */
export const b64Bytes = (n: number) =>
  z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((n * 4) / 3)}}$`), {
    message: `Must be ${n} bytes, base64url encoded.`,
  });

/** Ids are random UUIDs made in application code. */
export const idSchema = z.uuid({ message: 'Must be an id.' });

/**
 * Characters no plain-text field may hold: controls (C0, DEL, C1; a NUL cannot even be stored
 * in PostgreSQL), line and paragraph separators, the direction overrides and isolates that
 * make a name read backwards (U+202A–U+202E, U+2066–U+2069), and lone surrogates.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_TEXT = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;

/** True when a string holds none of the characters plain text may not hold. */
export const isPlainText = (s: string): boolean => !UNSAFE_TEXT.test(s);

/** The message beside a field that holds such a character. */
export const PLAIN_TEXT_MESSAGE = "This has a hidden character Mend can't keep (a control or text-direction character). Please type it again.";

/**
 * Adds the plain-text rule to a string schema: every plaintext field of a request uses it.
 * Spaces and line breaks around the text are trimmed first (a pasted email often ends in a
 * newline); what remains may hold none of the characters above.
 */
export const plainText = <S extends z.ZodType<string>>(schema: S) =>
  schema.transform((s) => s.trim()).refine(isPlainText, { message: PLAIN_TEXT_MESSAGE, abort: true });

/** Email as typed; normalised (trimmed, lower-cased) before use. */
export const emailSchema = plainText(z.string({ message: 'Please enter your email.' })).pipe(
  z
    .string()
    .trim()
    .toLowerCase()
    .max(LIMITS.emailMax, { message: 'That email is too long.' })
    .pipe(z.email({ message: 'Please enter a valid email address.' })),
);

/** An IANA time zone the runtime knows, such as Europe/Warsaw. */
export const timeZoneSchema = plainText(
  z
    .string()
    .min(1, { message: 'Please choose your time zone.' })
    .max(LIMITS.timeZoneMax),
).refine(isValidTimeZone, { message: 'Please choose a time zone from the list.' });

/** True when Intl knows the zone. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

/** The shape of every error the API returns. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
  requestId: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Machine-readable error codes; the message beside each is for people. */
export const ERROR_CODES = [
  'invalid_json',
  'validation_failed',
  'payload_too_large',
  'unsupported_media_type',
  'unauthorized',
  'forbidden',
  'not_found',
  'csrf_rejected',
  'rate_limited',
  'signin_failed',
  'reauth_failed',
  'recovery_failed',
  'invite_invalid',
  'invite_expired',
  'invite_used',
  'invite_revoked',
  'own_invite',
  'already_in_couple',
  'couple_full',
  'not_in_couple',
  'too_many_invites',
  'bad_envelope',
  'bad_signature',
  'version_conflict',
  'already_delivered',
  'not_partner',
  'already_answered',
  'quiet_hold',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
