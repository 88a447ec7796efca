import type { z } from 'zod';
import { DEFAULT_REMINDER_MINUTES, localToday, REMINDER_OPTIONS } from '../../../core/scheduled/index.js';
import {
  firstOccurrence,
  localDateSchema,
  localTimeSchema,
  scheduleSchema,
  weekdayOf,
  WEEKDAYS,
  type Schedule,
  type ScheduleType,
  type Weekday,
} from '../../../core/schedules/index.js';

/*
 * The form of a scheduled practice (a promise, a ritual) as plain values (what the drafts
 * keep) and its checks: each message is the zod message of the field it belongs to, so the
 * form can show it under that field. `what` holds the promise, or the ritual's name.
 */

/** Everything the form holds; kept as a draft while it is written. */
export interface ScheduleFormValues {
  what: string;
  note: string;
  type: ScheduleType;
  /** The one-off's date, or the day a repeating promise starts. */
  date: string;
  time: string;
  weekdays: Weekday[];
  interval: number;
  dayOfMonth: number;
  /** '' for no end. */
  endDate: string;
  /** Minutes before, or 'none'. */
  remind: string;
  /** A personal intention, not shared with the partner. */
  keepPrivate: boolean;
}

/** The fields a message can belong to. */
type ScheduleField = 'what' | 'note' | 'type' | 'date' | 'time' | 'weekdays' | 'interval' | 'dayOfMonth' | 'endDate' | 'remind' | 'form';
export type ScheduleErrors = Partial<Record<ScheduleField, string>>;

/** The schedule choices, in the order the form offers them. */
export const FREQUENCIES: readonly { type: ScheduleType; label: string }[] = [
  { type: 'once', label: 'Once' },
  { type: 'daily', label: 'Every day' },
  { type: 'weekly', label: 'Every week' },
  { type: 'every_n_weeks', label: 'Every few weeks' },
  { type: 'monthly', label: 'Every month' },
];

/** Day names for the day checkboxes, Monday first. */
export const DAY_LABELS: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** A fresh form: weekly on today's weekday at 19:00, from today, with the default reminder. */
export function emptyForm(now: Date, timeZone: string): ScheduleFormValues {
  const today = localToday(now, timeZone);
  return {
    what: '',
    note: '',
    type: 'weekly',
    date: today,
    time: '19:00',
    weekdays: [weekdayOf(today)],
    interval: 2,
    dayOfMonth: Number(today.slice(8, 10)),
    endDate: '',
    remind: String(DEFAULT_REMINDER_MINUTES),
    keepPrivate: false,
  };
}

/** The form filled from a stored schedule (to edit or resume it), keeping the words given. */
export function formFromSchedule(base: ScheduleFormValues, s: Schedule, remindMinutesBefore: number | null): ScheduleFormValues {
  const remind = remindMinutesBefore === null ? 'none' : String(remindMinutesBefore);
  if (s.type === 'once') return { ...base, type: 'once', date: s.at.slice(0, 10), time: s.at.slice(11), endDate: '', remind };
  return {
    ...base,
    type: s.type,
    date: s.startDate,
    time: s.time,
    endDate: s.endDate ?? '',
    weekdays: s.type === 'weekly' || s.type === 'every_n_weeks' ? [...s.weekdays] : base.weekdays,
    interval: s.type === 'every_n_weeks' ? s.interval : base.interval,
    dayOfMonth: s.type === 'monthly' ? s.dayOfMonth : base.dayOfMonth,
    remind,
  };
}

/** A draft read back from storage, checked field by field (anything odd falls back to `base`). */
export function asFormValues(body: unknown, base: ScheduleFormValues): ScheduleFormValues | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const str = (k: keyof ScheduleFormValues, fallback: string): string => (typeof b[k] === 'string' ? (b[k] as string) : fallback);
  const num = (k: keyof ScheduleFormValues, fallback: number): number => (typeof b[k] === 'number' && Number.isInteger(b[k]) ? (b[k] as number) : fallback);
  const type = FREQUENCIES.find((f) => f.type === b.type)?.type ?? base.type;
  const days = Array.isArray(b.weekdays) ? WEEKDAYS.filter((d) => (b.weekdays as unknown[]).includes(d)) : base.weekdays;
  return {
    what: str('what', ''),
    note: str('note', ''),
    type,
    date: str('date', base.date),
    time: str('time', base.time),
    weekdays: days,
    interval: num('interval', base.interval),
    dayOfMonth: num('dayOfMonth', base.dayOfMonth),
    endDate: str('endDate', ''),
    remind: str('remind', base.remind),
    keepPrivate: b.keepPrivate === true,
  };
}

/** The reminder choice as stored minutes (null for none). */
export function remindMinutes(value: string): number | null {
  const option = REMINDER_OPTIONS.find((o) => (o.minutes === null ? 'none' : String(o.minutes)) === value);
  return option ? option.minutes : DEFAULT_REMINDER_MINUTES;
}

/** The schedule the form describes, in `timeZone` (no checks: see checkScheduledForm). */
export function scheduleFromForm(v: ScheduleFormValues, timeZone: string): Schedule {
  if (v.type === 'once') return { type: 'once', at: `${v.date}T${v.time}`, timeZone };
  const base = { time: v.time, timeZone, startDate: v.date, ...(v.endDate ? { endDate: v.endDate } : {}) };
  switch (v.type) {
    case 'daily':
      return { type: 'daily', ...base };
    case 'weekly':
      return { type: 'weekly', ...base, weekdays: v.weekdays };
    case 'every_n_weeks':
      return { type: 'every_n_weeks', ...base, weekdays: v.weekdays, interval: v.interval };
    case 'monthly':
      return { type: 'monthly', ...base, dayOfMonth: v.dayOfMonth };
  }
}

const SCHEDULE_FIELD: Record<string, ScheduleField> = {
  at: 'time',
  startDate: 'date',
  endDate: 'endDate',
  time: 'time',
  weekdays: 'weekdays',
  interval: 'interval',
  dayOfMonth: 'dayOfMonth',
  type: 'type',
};

/** How a practice reads the form's words: its content schema, and the content made of `what` and `note`. */
export interface ScheduledWords<C> {
  schema: z.ZodType<C>;
  content(what: string, note: string | undefined): unknown;
}

/** A checked form: the content and schedule to store, or a message per field. */
export type CheckedForm<C> =
  | { ok: true; content: C; schedule: Schedule; remindMinutesBefore: number | null; keepPrivate: boolean }
  | { ok: false; errors: ScheduleErrors };

/**
 * Checks the form the way the stored shapes will (the practice's content schema and the
 * schedule schema), plus what only makes sense at the moment of writing: no start before
 * today, no one-off in the past. A message about the words goes under `what` or `note`.
 */
export function checkScheduledForm<C>(v: ScheduleFormValues, timeZone: string, now: Date, words: ScheduledWords<C>): CheckedForm<C> {
  const errors: ScheduleErrors = {};
  const first = (field: ScheduleField, message: string | undefined) => {
    if (message && !errors[field]) errors[field] = message;
  };
  const content = words.schema.safeParse(words.content(v.what, v.note.trim() ? v.note : undefined));
  if (!content.success) for (const i of content.error.issues) first(i.path[0] === 'note' ? 'note' : 'what', i.message);

  const date = localDateSchema.safeParse(v.date);
  if (!date.success) first('date', date.error.issues[0]?.message);
  const time = localTimeSchema.safeParse(v.time);
  if (!time.success) first('time', time.error.issues[0]?.message);
  const today = localToday(now, timeZone);
  if (date.success && v.date < today) first('date', v.type === 'once' ? 'Please choose a time in the future.' : 'Choose today or a later date to start.');

  let schedule: Schedule | null = null;
  if (date.success && time.success) {
    const parsed = scheduleSchema.safeParse(scheduleFromForm(v, timeZone));
    if (parsed.success) schedule = parsed.data;
    else for (const i of parsed.error.issues) first(SCHEDULE_FIELD[String(i.path[0])] ?? 'form', i.message);
  }
  if (schedule?.type === 'once' && !errors.date && !errors.time) {
    // A one-off is about a moment still ahead (the engine reads it on the person's clock).
    const due = firstOccurrence(schedule);
    if (due && due.utc.getTime() <= now.getTime()) first(v.date === today ? 'time' : 'date', 'Please choose a time in the future.');
  }
  if (!content.success || !schedule || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, content: content.data, schedule, remindMinutesBefore: remindMinutes(v.remind), keepPrivate: v.keepPrivate };
}
