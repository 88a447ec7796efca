/*
 * The schedule engine: commitments, rituals, scheduled notes and reminders all describe
 * "when" with a Schedule (local wall-clock time + IANA zone) and get real UTC instants from
 * here. Pure: no I/O, runs in the browser and on the server. See docs/SCHEDULES.md.
 */
export {
  scheduleSchema,
  quietHoursSchema,
  localDateSchema,
  localTimeSchema,
  localDateTimeSchema,
  timeZoneSchema,
  weekdaysSchema,
  MIN_YEAR,
  TIME_ZONE_MAX,
  type Schedule,
  type ScheduleType,
  type OnceSchedule,
  type RecurringSchedule,
  type DailySchedule,
  type WeeklySchedule,
  type EveryNWeeksSchedule,
  type MonthlySchedule,
  type QuietHours,
} from './schema.js';
export { WEEKDAYS, type Weekday } from './weekdays.js';
export { isValidTimeZone, type LocalDate, type LocalTime } from './local-time.js';
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
} from './recurrence.js';
export { describeSchedule, listWeekdays, scheduleWords, type ScheduleWords } from './describe.js';
export { editFromDate, endScheduleBefore, type ScheduleSplit } from './edit.js';
export { applyQuietHours, reminderTime, MAX_REMINDER_MINUTES } from './quiet-hours.js';
export { weekKey, weekKeyOfDate, lastNWeeks, weekBounds, type WeekBounds } from './weeks.js';
