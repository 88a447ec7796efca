import { addDays, parseLocalDate, type LocalDate } from '../../shared/schedules/local-time.js';
import { hasOccurrences } from '../../shared/schedules/recurrence.js';
import type { Schedule } from '../../shared/schedules/schema.js';

/*
 * Edits never rewrite the past: kept/missed marks hang off occurrence keys (local dates), so
 * a schedule is changed by ending the old one the day before the change and starting the new
 * one on that day. Both pieces are stored; history is read from the old piece.
 */

/** The old and new pieces of an edited schedule. */
export interface ScheduleSplit {
  /** The old schedule, ending the day before the edit; null when none of it happened before then. */
  before: Schedule | null;
  /** The new schedule, starting on the edit's day (or later, if it was set to start later). */
  after: Schedule;
}

function checkDate(date: LocalDate, name: string): void {
  if (!parseLocalDate(date)) throw new RangeError(`${name} must be a date like 2026-12-01.`);
}

/**
 * The schedule cut so that its last possible day is the day before `localDate` (used for
 * "end" and for the old half of an edit); null when it has no occurrence before that day.
 * An earlier endDate is kept.
 */
export function endScheduleBefore(s: Schedule, localDate: LocalDate): Schedule | null {
  checkDate(localDate, 'The end date');
  if (s.type === 'once') return s.at.slice(0, 10) < localDate ? s : null;
  if (localDate <= s.startDate) return null;
  const dayBefore = addDays(localDate, -1);
  const endDate = s.endDate !== undefined && s.endDate < dayBefore ? s.endDate : dayBefore;
  const ended = { ...s, endDate };
  return hasOccurrences(ended) ? ended : null;
}

/**
 * Splits an edit that takes effect on `effectiveLocalDate` (a date in the old schedule's
 * zone, chosen by the caller: today if today's occurrence is still ahead, else tomorrow)
 * into the old schedule ending the day before and the new one starting that day.
 * Throws a RangeError when the new schedule would have no occurrence from that day on.
 */
export function editFromDate(s: Schedule, next: Schedule, effectiveLocalDate: LocalDate): ScheduleSplit {
  checkDate(effectiveLocalDate, 'The date the change takes effect');
  const before = endScheduleBefore(s, effectiveLocalDate);
  let after: Schedule;
  if (next.type === 'once') {
    if (next.at.slice(0, 10) < effectiveLocalDate) {
      throw new RangeError('The new time is before the day the change takes effect.');
    }
    after = next;
  } else {
    if (next.endDate !== undefined && next.endDate < effectiveLocalDate) {
      throw new RangeError('The new schedule ends before the day the change takes effect.');
    }
    after = { ...next, startDate: next.startDate > effectiveLocalDate ? next.startDate : effectiveLocalDate };
  }
  if (!hasOccurrences(after)) {
    throw new RangeError('The new schedule has no occurrence on or after the day the change takes effect.');
  }
  return { before, after };
}
