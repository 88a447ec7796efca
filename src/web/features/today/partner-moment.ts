/*
 * A partner's hard moment on Today: the newest one they sent in the last few days that this
 * person has not replied to yet. Older ones stay on the hard-moments page, where they always are.
 */

/** How long a hard moment with no reply stays on Today. */
export const MOMENT_ON_TODAY_DAYS = 3;

/** The partner's newest unanswered hard moment from the last few days, or null. */
export function momentWaiting<T extends { id: string; authorId: string; createdAt: string; verified: boolean }>(
  moments: readonly T[],
  myReplies: readonly { parentId: string | null }[],
  partnerId: string,
  now: Date,
): T | null {
  const replied = new Set(myReplies.map((r) => r.parentId));
  const since = now.getTime() - MOMENT_ON_TODAY_DAYS * 86_400_000;
  const waiting = moments
    .filter((m) => m.authorId === partnerId && m.verified && !replied.has(m.id) && Date.parse(m.createdAt) >= since)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return waiting[0] ?? null;
}
