import { z } from 'zod';
import { isValidTimeZone, parseLocalDate, parseLocalTime } from './wall-clock.js';
import { firstOccurrenceWallPlain as firstOccurrenceWall } from './first-occurrence.js';
import { WEEKDAYS } from './weekdays.js';

/*
 * The stored shape of a schedule. Everything is local to the person (wall-clock time plus an
 * IANA zone) because "07:30 every weekday" must stay 07:30 across daylight-saving changes;
 * UTC instants are derived, never stored here. Objects are strict so a typo ("weekday")
 * fails loudly instead of silently meaning "no days".
 */


/** Earliest year a schedule may use: tz data before 1970 is patchy (local mean time, odd offsets). */
export const MIN_YEAR = 1970;
/** Longest accepted IANA zone name (the same cap as the account profile's time zone). */
export const TIME_ZONE_MAX = 64;
/** Longest reminder lead before an occurrence (core's reminderTime accepts no more): one week, in minutes. */
export const MAX_REMINDER_MINUTES = 7 * 24 * 60;

type Issue = { input?: unknown };
const requiredOr = (missing: string, otherwise: string) => (iss: Issue) =>
  iss.input === undefined ? missing : otherwise;

function dateProblem(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Use a date like 2026-12-01 (YYYY-MM-DD).';
  const d = parseLocalDate(value);
  if (!d) return `${value} is not a date on the calendar.`;
  if (d.year < MIN_YEAR) return `Choose a date in ${MIN_YEAR} or later.`;
  return null;
}

/** A calendar date 'YYYY-MM-DD' that exists (no 2026-02-30), from 1970 on. */
export const localDateSchema = z
  .string({ error: requiredOr('A date is required.', 'Use a date like 2026-12-01 (YYYY-MM-DD).') })
  .superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A 24-hour wall-clock time 'HH:mm'. */
export const localTimeSchema = z
  .string({ error: requiredOr('A time is required.', 'Use a 24-hour time like 07:30 (HH:mm).') })
  .refine((v) => parseLocalTime(v) !== null, { error: 'Use a 24-hour time like 07:30 (HH:mm).' });

/** An IANA time zone name the runtime's Intl knows, such as Europe/Warsaw. */
export const timeZoneSchema = z
  .string({ error: requiredOr('A time zone is required.', 'Choose a time zone such as Europe/Warsaw.') })
  .max(TIME_ZONE_MAX, { error: 'Choose a time zone such as Europe/Warsaw.' })
  .refine(isValidTimeZone, { error: (iss) => `${String(iss.input)} is not a time zone we know; choose one such as Europe/Warsaw.` });

/** A local date and time without offset, 'YYYY-MM-DDTHH:mm'. */
export const localDateTimeSchema = z
  .string({ error: requiredOr('A date and time is required.', 'Use a local date and time like 2026-12-01T07:30.') })
  .superRefine((value, ctx) => {
    const m = /^(.{10})T(.{5})$/.exec(value);
    if (!m || parseLocalTime(m[2] ?? '') === null) {
      ctx.addIssue({ code: 'custom', message: 'Use a local date and time like 2026-12-01T07:30, without seconds or a time zone offset.' });
      return;
    }
    const problem = dateProblem(m[1] ?? '');
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One or more distinct days of the week (any order; Monday-first order is applied when shown). */
export const weekdaysSchema = z
  .array(z.enum(WEEKDAYS, { error: 'Days of the week are MO, TU, WE, TH, FR, SA and SU.' }), {
    error: requiredOr('Choose at least one day of the week.', 'Choose the days of the week as a list, e.g. ["MO", "TH"].'),
  })
  .min(1, { error: 'Choose at least one day of the week.' })
  .refine((days) => new Set(days).size === days.length, { error: 'Choose each day of the week only once.' })
  // Read-only so schedules can be shared constants (`as const`) and are never mutated in place.
  .readonly();

const strictKeys = (what: string) => ({
  error: (iss: { code?: string; keys?: string[] }) =>
    iss.code === 'unrecognized_keys'
      ? `${(iss.keys ?? []).join(', ')} ${(iss.keys ?? []).length === 1 ? 'is' : 'are'} not part of ${what}.`
      : undefined,
});

const recurrenceFields = {
  time: localTimeSchema,
  timeZone: timeZoneSchema,
  startDate: localDateSchema,
  endDate: localDateSchema.optional(),
};

const onceShape = z.strictObject(
  { type: z.literal('once'), at: localDateTimeSchema, timeZone: timeZoneSchema },
  strictKeys('a one-off schedule'),
);
const dailyShape = z.strictObject({ type: z.literal('daily'), ...recurrenceFields }, strictKeys('a daily schedule'));
const weeklyShape = z.strictObject(
  { type: z.literal('weekly'), ...recurrenceFields, weekdays: weekdaysSchema },
  strictKeys('a weekly schedule'),
);
const everyNWeeksShape = z.strictObject(
  {
    type: z.literal('every_n_weeks'),
    ...recurrenceFields,
    weekdays: weekdaysSchema,
    interval: z
      .number({ error: requiredOr('Choose how many weeks apart (2 to 12).', 'Repeat every 2 to 12 weeks (a whole number).') })
      .int({ error: 'Repeat every 2 to 12 weeks (a whole number).' })
      .min(2, { error: 'Repeat every 2 to 12 weeks; for every week choose "weekly".' })
      .max(12, { error: 'Repeat every 2 to 12 weeks.' }),
  },
  strictKeys('an every-n-weeks schedule'),
);
const monthlyShape = z.strictObject(
  {
    type: z.literal('monthly'),
    ...recurrenceFields,
    dayOfMonth: z
      .number({ error: requiredOr('Choose a day of the month from 1 to 31.', 'Choose a day of the month from 1 to 31.') })
      .int({ error: 'Choose a day of the month from 1 to 31.' })
      .min(1, { error: 'Choose a day of the month from 1 to 31.' })
      .max(31, { error: 'Choose a day of the month from 1 to 31.' }),
  },
  strictKeys('a monthly schedule'),
);

/** A one-off: a single local date and time in a zone. */
export type OnceSchedule = z.infer<typeof onceShape>;
/** Every day at a time. */
export type DailySchedule = z.infer<typeof dailyShape>;
/** Every week on the chosen days. */
export type WeeklySchedule = z.infer<typeof weeklyShape>;
/** Every `interval` weeks on the chosen days; the week of the first occurrence is week one. */
export type EveryNWeeksSchedule = z.infer<typeof everyNWeeksShape>;
/** Every month on a day; months without that day use their last day. */
export type MonthlySchedule = z.infer<typeof monthlyShape>;
/** Any repeating schedule (has time, startDate and optional endDate). */
export type RecurringSchedule = DailySchedule | WeeklySchedule | EveryNWeeksSchedule | MonthlySchedule;
/** A commitment's or ritual's schedule: once, or repeating. */
export type Schedule = OnceSchedule | RecurringSchedule;
/** The kinds of schedule. */
export type ScheduleType = Schedule['type'];

// Cross-field rules, checked only once every field is valid on its own.
function checkRange(s: RecurringSchedule, ctx: z.RefinementCtx): void {
  if (s.endDate !== undefined && s.endDate < s.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: "The end date can't be before the start date." });
    return;
  }
  // A schedule that can never happen would be stored and shown as a promise with no days.
  if (firstOccurrenceWall(s) === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'This schedule has no occurrence between its start and end dates.',
    });
  }
}

/** A schedule as stored and sent: strict, validated, with field-level messages. */
export const scheduleSchema = z
  .discriminatedUnion('type', [onceShape, dailyShape, weeklyShape, everyNWeeksShape, monthlyShape], {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? 'Choose how often: once, daily, weekly, every_n_weeks or monthly.'
        : iss.code === 'invalid_type'
          ? 'A schedule is required: an object with a type, a time zone and its times.'
          : undefined,
  })
  .superRefine(
    (s, ctx) => {
      if (s.type !== 'once') checkRange(s, ctx);
    },
    // zod runs refinements after non-fatal field issues too; these need every field valid.
    { when: (payload) => payload.issues.length === 0 },
  );

/** Quiet hours: reminders due inside [start, end) local time wait until `end`; may cross midnight. */
export const quietHoursSchema = z
  .strictObject({ start: localTimeSchema, end: localTimeSchema, timeZone: timeZoneSchema }, strictKeys('quiet hours'))
  .refine((q) => q.start !== q.end, { path: ['end'], error: 'Quiet hours need different start and end times.' });

/** A person's quiet hours. */
export type QuietHours = z.infer<typeof quietHoursSchema>;
