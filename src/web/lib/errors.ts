/**
 * Turns whatever a client call threw into words for people. Duck-typed on the shape of
 * ApiRequestError ({status, code, message, fields}) so it stays a pure helper.
 */
export interface ApiErrorLike {
  status: number;
  code: string;
  message: string;
  fields?: Record<string, string> | undefined;
}

export function asApiError(e: unknown): ApiErrorLike | null {
  if (!e || typeof e !== 'object') return null;
  const r = e as Record<string, unknown>;
  if (typeof r.code !== 'string' || typeof r.status !== 'number') return null;
  const fields = r.fields && typeof r.fields === 'object' ? (r.fields as Record<string, string>) : undefined;
  return { status: r.status, code: r.code, message: typeof r.message === 'string' ? r.message : '', fields };
}

export const TRY_AGAIN = "Didn't go through — your words are saved. Try again?";
export const OFFLINE = "Couldn't reach Mend. Check your connection — your words are saved. Try again?";

/** Kind words for the codes people meet; otherwise the server's message; otherwise a gentle retry line. */
const BY_CODE: Record<string, string> = {
  signin_failed: "That email and password don't match an account. Check them and try again.",
  reauth_failed: "That current password isn't right. Check it and try again.",
  recovery_failed: "That email and recovery key don't match. Check each word and try again.",
  invite_invalid: "This invite link doesn't work. Ask your partner to send a new one.",
  invite_expired: 'This invite link has expired. Links work for 72 hours — ask your partner for a new one.',
  invite_used: 'This invite link has already been used. Each link works once — ask your partner for a new one.',
  invite_revoked: 'This invite link was cancelled. Ask your partner for a new one if you both still want to.',
  own_invite: 'This is your own invite link — send it to your partner.',
  already_in_couple: "You're already in a couple space. To join a different one, leave your current couple first.",
  couple_full: 'This couple space already has two partners.',
  not_in_couple: "You're not in a couple space right now.",
  unauthorized: 'Your session has ended. Please sign in again.',
  csrf_rejected: "That didn't go through from this page. Reload and try again.",
  internal: TRY_AGAIN,
  network: OFFLINE,
  // Raised in this browser by the crypto code (CryptoError), never by the server.
  wrong_password: "That password isn't right. Check it and try again.",
  bad_recovery_key: "Those words don't make a valid recovery key. Check each word, and that they're in order.",
  locked: 'Mend is locked. Enter your password to unlock it.',
};

/** Codes where the server's own message is the best thing to show. */
const SERVER_WORDS = new Set(['rate_limited', 'too_many_invites', 'validation_failed', 'payload_too_large']);

export function errorMessage(e: unknown): string {
  const api = asApiError(e);
  if (!api) {
    const code = errorCode(e);
    if (code && BY_CODE[code]) return BY_CODE[code];
    if (code && (code === 'weak_kdf' || code === 'bad_kdf') && e instanceof Error) return e.message;
    if (e instanceof TypeError) return OFFLINE;
    return TRY_AGAIN;
  }
  if (SERVER_WORDS.has(api.code) && api.message) return api.message;
  return BY_CODE[api.code] ?? (api.message || TRY_AGAIN);
}

export function fieldErrors(e: unknown): Record<string, string> {
  return asApiError(e)?.fields ?? {};
}

/** The machine code of an API error or a crypto error, or null. */
export function errorCode(e: unknown): string | null {
  if (!e || typeof e !== 'object') return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}
