import { formatDate, formatTime } from '../../shared/format.js';
import type { LocalDate } from '../../shared/schedules/local-time.js';
import { sortWeekdays } from '../../shared/schedules/recurrence.js';
import type { Schedule } from '../../shared/schedules/schema.js';
import { WEEKDAYS, type Weekday } from '../../shared/schedules/weekdays.js';

/*
 * Plain English, written here rather than with rrule's toText(), which knows nothing of our
 * month-end rule. Dates and times inside are in the one style (src/shared/format.ts) of the
 * caller's locale; the zone is left to the caller, who knows whose clock it is.
 */

const DAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** "Monday", "Monday and Thursday", "Monday, Wednesday and Friday". */
export function listWeekdays(days: readonly Weekday[]): string {
  const names = sortWeekdays(days).map((d) => DAY_NAMES[d]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** "1st", "2nd", "3rd", "11th", "22nd", "31st". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

function monthDay(day: number): string {
  if (day === 31) return 'on the last day';
  if (day >= 29) return `on the ${ordinal(day)} (or the last day of shorter months)`;
  return `on the ${ordinal(day)}`;
}

/** How a caller shows a local date ("2026-12-02") and a wall time ("19:45"); the web passes the person's locale. */
export interface ScheduleWords {
  date(date: LocalDate): string;
  time(time: string): string;
}

/** The one date and time style (src/shared/format.ts) in `locale`, or the runtime's own. */
export function scheduleWords(locale?: string): ScheduleWords {
  return { date: (d) => formatDate(d, undefined, locale), time: (t) => formatTime(t, undefined, locale) };
}

/**
 * The schedule in plain English: "Every Friday at 19:00", "Every 2 weeks on Monday and
 * Thursday at 07:30", "Daily at 21:00 until 31 Jan 2027", "Once on 1 Dec 2026 at 07:30".
 */
export function describeSchedule(s: Schedule, words: ScheduleWords = scheduleWords()): string {
  const day = (d: LocalDate) => words.date(d);
  const at = (t: string) => words.time(t);
  if (s.type === 'once') return `Once on ${day(s.at.slice(0, 10))} at ${at(s.at.slice(11))}`;
  let text: string;
  switch (s.type) {
    case 'daily':
      text = `Daily at ${at(s.time)}`;
      break;
    case 'weekly':
      text =
        new Set(s.weekdays).size === WEEKDAYS.length
          ? `Every day at ${at(s.time)}`
          : `Every ${listWeekdays(s.weekdays)} at ${at(s.time)}`;
      break;
    case 'every_n_weeks':
      text = `Every ${s.interval} weeks on ${listWeekdays(s.weekdays)} at ${at(s.time)}`;
      break;
    case 'monthly':
      text = `Monthly ${monthDay(s.dayOfMonth)} at ${at(s.time)}`;
      break;
  }
  return s.endDate === undefined ? text : `${text} until ${day(s.endDate)}`;
}
