import { occurrencesToMark } from '../scheduled/index.js';
import type { Schedule } from '../schedules/index.js';

/*
 * Facts for Today's next steps that take a little working out: a promise of one's own that was
 * due today and isn't marked yet, and a partner's answer to one's own apology that came after
 * it. Pure: the page passes in what it opened.
 */

/** One of the person's own promises, as far as "due today" cares. */
export interface PromiseToday {
  status: 'active' | 'paused' | 'ended';
  segments: readonly Schedule[];
  /** The occurrences (local dates) already marked, kept or missed. */
  marked: readonly string[];
}

/** True when an active promise had an occurrence today, its time has come, and it isn't marked yet. */
export function promiseDueToday(promises: readonly PromiseToday[], now: Date, timeZone: string): boolean {
  return promises.some(
    (p) =>
      p.status === 'active' &&
      // Only today's occurrences (a window of one day); a mark of either kind counts as marked.
      occurrencesToMark(p.segments, p.marked.map((occurrence) => ({ occurrence, status: 'kept' as const })), now, timeZone, 1).some((o) => o.mark === null && !o.upcoming),
  );
}

/**
 * True when the partner answered one of my apologies after my latest apology: there is
 * something for the one who apologized to read. It asks nothing of the partner.
 */
export function apologyAnswerWaiting(myApologies: readonly { id: string; createdAt: string }[], partnerAnswers: readonly { parentId: string | null; createdAt: string }[]): boolean {
  const ids = new Set(myApologies.map((a) => a.id));
  const latestMine = myApologies.reduce((t, a) => (a.createdAt > t ? a.createdAt : t), '');
  return partnerAnswers.some((r) => r.parentId !== null && ids.has(r.parentId) && r.createdAt > latestMine);
}

/**
 * True when the partner asked me something I have not yet answered and shared: an answer is
 * one of my own `response` items that points at the question and that the partner can read.
 */
export function questionWaiting(
  partnerQuestions: readonly { id: string }[],
  myAnswers: readonly { parentId: string | null; sharedWith?: readonly string[] | undefined }[],
  partnerId: string,
): boolean {
  const answered = new Set(myAnswers.filter((a) => a.parentId !== null && (a.sharedWith ?? []).includes(partnerId)).map((a) => a.parentId));
  return partnerQuestions.some((q) => !answered.has(q.id));
}
