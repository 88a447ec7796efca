/*
 * When Today offers the private safety check: once at the start, then every four weeks. A
 * dismissal ("Not now") counts like a check for the timing — Mend asks again four weeks later,
 * never sooner, and never nags. The person can always take it from the Safety page.
 */

/** Days between offers of the check. */
export const SAFETY_CHECK_EVERY_DAYS = 28;

const DAY_MS = 86_400_000;

/** What Mend knows about this person's past checks (their own private items). */
export interface SafetyCheckHistory {
  /** When they last finished the check (ISO), if ever. */
  lastTakenAt?: string | undefined;
  /** When they last said "Not now" to the offer (ISO), if ever. */
  lastDismissedAt?: string | undefined;
}

/** Whether Today should offer the check now: `first` before any check or dismissal, `again` when four weeks have passed. */
export function safetyCheckDue(now: Date, history: SafetyCheckHistory): 'first' | 'again' | null {
  const times = [history.lastTakenAt, history.lastDismissedAt].filter((t): t is string => typeof t === 'string').map((t) => Date.parse(t)).filter((t) => Number.isFinite(t));
  if (times.length === 0) return 'first';
  const last = Math.max(...times);
  return now.getTime() - last >= SAFETY_CHECK_EVERY_DAYS * DAY_MS ? 'again' : null;
}
