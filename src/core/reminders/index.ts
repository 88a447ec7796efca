import { nextOccurrence, occurrencesOnDates, reminderTime, type Occurrence, type Schedule } from '../schedules/index.js';

/*
 * When a commitment's reminders fall. A commitment's schedule is a list of segments (edits
 * apply to future occurrences only), so "the next occurrence" is the earliest across them.
 * Pure: the server's reminder job and its tests use the same answers.
 */

/** One reminder: for which occurrence (its local date key) and when it is due (UTC). */
export interface ReminderSlot {
  occurrence: Occurrence;
  due: Date;
}

/** The first occurrence whose reminder falls strictly after `after`, across all segments; null when none is left. */
export function nextReminder(segments: readonly Schedule[], minutesBefore: number, after: Date): ReminderSlot | null {
  // reminder > after  ⇔  occurrence > after + lead
  const threshold = new Date(after.getTime() + minutesBefore * 60_000);
  let best: Occurrence | null = null;
  for (const s of segments) {
    const o = nextOccurrence(s, threshold);
    if (o && (!best || o.utc.getTime() < best.utc.getTime())) best = o;
  }
  return best ? { occurrence: best, due: reminderTime(best.utc, minutesBefore) } : null;
}

/** The occurrence with this key (local date) in any segment, or null if the schedule no longer has it. */
export function occurrenceByKey(segments: readonly Schedule[], key: string): Occurrence | null {
  for (const s of segments) {
    const [o] = occurrencesOnDates(s, key, key);
    if (o) return o;
  }
  return null;
}
