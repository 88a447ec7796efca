import { daysInMonth, parseLocalDate, wallMs } from './wall-clock.js';
import type { Schedule } from './schema.js';
import { WEEKDAYS } from './weekdays.js';

/*
 * The first occurrence of a schedule by plain calendar arithmetic, without rrule or luxon.
 * The schedule schema needs it ("a schedule that can never happen is refused"), and the
 * schema is part of every item kind the browser's first page loads: rrule and luxon would
 * add ≈ 35 KB gzipped to it. recurrence.ts expands schedules with rrule; a test holds both
 * answers equal over many schedules (first-occurrence.test.ts).
 */

const DAY_MS = 86_400_000;

/** Monday-first index (0–6) of the day of the week of a wall value. */
function isoDayIndex(wall: number): number {
  return (new Date(wall).getUTCDay() + 6) % 7;
}

/**
 * The first occurrence's wall value, or null when the schedule has none: the same answer as
 * recurrence.ts' firstOccurrenceWall (for every_n_weeks, the first chosen weekday on or
 * after startDate, which starts week one of the cycle).
 */
export function firstOccurrenceWallPlain(s: Schedule): number | null {
  if (s.type === 'once') return wallMs(s.at.slice(0, 10), s.at.slice(11));
  const start = wallMs(s.startDate, s.time);
  const end = s.endDate === undefined ? null : wallMs(s.endDate, s.time);
  let first: number;
  switch (s.type) {
    case 'daily':
      first = start;
      break;
    case 'weekly':
    case 'every_n_weeks': {
      const days = new Set(s.weekdays.map((d) => WEEKDAYS.indexOf(d)));
      const today = isoDayIndex(start);
      let ahead = 0;
      while (ahead < 7 && !days.has((today + ahead) % 7)) ahead++;
      first = start + ahead * DAY_MS;
      break;
    }
    case 'monthly': {
      const d = parseLocalDate(s.startDate);
      if (!d) return null;
      // "The 31st" falls on the last day of shorter months.
      const dayIn = (year: number, month: number) => Math.min(s.dayOfMonth, daysInMonth(year, month));
      let { year, month } = d;
      if (dayIn(year, month) < d.day) {
        month += 1;
        if (month > 12) {
          month = 1;
          year += 1;
        }
      }
      first = start + (Date.UTC(year, month - 1, dayIn(year, month)) - Date.UTC(d.year, d.month - 1, d.day));
      break;
    }
  }
  return end !== null && first > end ? null : first;
}
