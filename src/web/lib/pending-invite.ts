/**
 * An invite token carried through sign-up or sign-in. It sits in sessionStorage (this tab
 * only) and is not a session token; it is removed once used.
 */
const KEY = 'mend.pendingInvite';
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export function isInviteToken(token: string): boolean {
  return TOKEN_RE.test(token);
}

/** The token from a `#<token>` fragment, or null. */
export function tokenFromHash(hash: string): string | null {
  const t = hash.replace(/^#/, '').trim();
  if (!t) return null;
  const token = t.startsWith('token=') ? t.slice('token='.length) : t;
  return token || null;
}

export function savePendingInvite(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    /* unavailable: the person can open the link again */
  }
}

export function pendingInvite(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function clearPendingInvite(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* nothing to do */
  }
}
