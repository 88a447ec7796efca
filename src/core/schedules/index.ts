/*
 * The schedule engine: commitments, rituals, scheduled notes and reminders all describe
 * "when" with a Schedule (local wall-clock time + IANA zone) and get real UTC instants from
 * here. Pure: no I/O, runs in the browser and on the server. See docs/SCHEDULES.md.
 * The stored shape, wall-clock arithmetic and recurrence live in shared/schedules (items'
 * plaintext state, in shared, is checked with them); this index gathers them with the rest.
 */
export {
  scheduleSchema,
  quietHoursSchema,
  localDateSchema,
  localTimeSchema,
  type Schedule,
  type ScheduleType,
  type OnceSchedule,
  type QuietHours,
} from '../../shared/schedules/schema.js';
export { WEEKDAYS, type Weekday } from '../../shared/schedules/weekdays.js';
export { isValidTimeZone } from '../../shared/schedules/local-time.js';
export {
  toRRule,
  occurrences,
  occurrencesOnDates,
  nextOccurrence,
  firstOccurrence,
  lastOccurrence,
  hasOccurrences,
  weekdayOf,
  type Occurrence,
} from '../../shared/schedules/recurrence.js';
export { describeSchedule, listWeekdays, scheduleWords, type ScheduleWords } from './describe.js';
export { editFromDate, endScheduleBefore } from './edit.js';
export { applyQuietHours, reminderTime } from './quiet-hours.js';
export { weekKey, weekKeyOfDate, lastNWeeks, weekBounds } from './weeks.js';
