import { NOTE_MAX_DELAY_DAYS } from '../../../shared/commitments/state.js';
import { formatDate, formatTime, formatWeekday } from '../../lib/format.js';
import { firstOccurrence, isValidTimeZone, localDateSchema, localTimeSchema, type OnceSchedule } from '../../../core/schedules/index.js';

/*
 * When a scheduled note arrives, on the sender's own clock. The sender picks a local date and
 * time in their profile's zone; the schedule engine turns it into one UTC instant (so a time
 * inside a spring-forward gap moves forward the way every calendar app does), and the words
 * shown back are read off the same zone. Pure: `now` is always passed in.
 */

const DAY_MS = 86_400_000;

/** A wall-clock reading in some zone: 'YYYY-MM-DD' and 'HH:mm'. */
export interface LocalClock {
  date: string;
  time: string;
}

/** The zone to read clocks in: the profile's zone when the runtime knows it, otherwise UTC (never a guess from this device). */
export function safeZone(timeZone: string | undefined): string {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

/** What a clock in `timeZone` reads at `instant`. */
export function clockAt(instant: Date, timeZone: string): LocalClock {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: safeZone(timeZone),
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** The calendar date `days` after (or before) a 'YYYY-MM-DD' date. */
export function addLocalDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from one local date to another (1 = the next day). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** One ready-made time ("Tomorrow morning 07:30"). */
export interface QuickPick {
  id: 'this-evening' | 'tomorrow-morning' | 'tomorrow-evening';
  label: string;
  date: string;
  time: string;
}

export const MORNING = '07:30';
export const EVENING = '20:00';

/**
 * The quick picks for now, on the sender's clock: this evening at 20:00 while that is still
 * ahead (otherwise tomorrow evening), and tomorrow morning at 07:30 — "before work".
 */
export function quickPicks(now: Date, timeZone: string): QuickPick[] {
  const today = clockAt(now, timeZone).date;
  const tomorrow = addLocalDays(today, 1);
  const evening = deliveryTime(today, EVENING, timeZone, now);
  const first: QuickPick = evening.ok
    ? { id: 'this-evening', label: `This evening, ${formatTime(EVENING)}`, date: today, time: EVENING }
    : { id: 'tomorrow-evening', label: `Tomorrow evening, ${formatTime(EVENING)}`, date: tomorrow, time: EVENING };
  const morning: QuickPick = { id: 'tomorrow-morning', label: `Tomorrow morning, ${formatTime(MORNING)}`, date: tomorrow, time: MORNING };
  return first.id === 'this-evening' ? [first, morning] : [morning, first];
}

/** A checked delivery time: the UTC instant to store, or which field is wrong and why. */
export type DeliveryCheck =
  | {
      ok: true;
      /** UTC, whole seconds, e.g. 2026-12-01T06:30:00Z. */
      deliverAt: string;
      /** The local time it really is (differs from the chosen one inside a clock-change gap). */
      localTime: string;
      /** True when the chosen time did not exist that night and moved forward. */
      moved: boolean;
    }
  | { ok: false; field: 'date' | 'time'; message: string };

/**
 * Turns a local date and time on the sender's clock into the UTC `deliverAt` of a note.
 * Times that have passed, and times more than a year ahead, are refused with plain help.
 */
export function deliveryTime(date: string, time: string, timeZone: string, now: Date): DeliveryCheck {
  if (!date) return { ok: false, field: 'date', message: 'Please choose a day.' };
  const d = localDateSchema.safeParse(date);
  if (!d.success) return { ok: false, field: 'date', message: d.error.issues[0]?.message ?? 'Please choose a day.' };
  if (!time) return { ok: false, field: 'time', message: 'Please choose a time.' };
  if (!localTimeSchema.safeParse(time).success) return { ok: false, field: 'time', message: 'Use a 24-hour time like 07:30.' };
  const schedule: OnceSchedule = { type: 'once', at: `${date}T${time}`, timeZone: safeZone(timeZone) };
  const occurrence = firstOccurrence(schedule);
  if (!occurrence) return { ok: false, field: 'time', message: 'Please choose a time in the future.' };
  const at = occurrence.utc.getTime();
  if (at <= now.getTime()) {
    const today = clockAt(now, timeZone).date;
    return date < today
      ? { ok: false, field: 'date', message: 'That day has passed. Please choose a time in the future.' }
      : { ok: false, field: 'time', message: 'That time has passed. Please choose a time in the future.' };
  }
  if (at > now.getTime() + NOTE_MAX_DELAY_DAYS * DAY_MS) {
    return { ok: false, field: 'date', message: 'A note can wait up to a year. Please choose an earlier day.' };
  }
  return {
    ok: true,
    deliverAt: new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z'),
    localTime: occurrence.localTime,
    moved: occurrence.localTime !== time,
  };
}

/**
 * When an instant falls, in words, on the clock of `timeZone`: "today at 20:00", "tomorrow at
 * 07:30", "on Thursday at 07:30" (within the week ahead), "on 3 Dec 2026 at 07:30".
 */
export function describeWhen(instant: string | Date, now: Date, timeZone: string): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return '';
  const when = clockAt(at, timeZone);
  const days = daysBetween(clockAt(now, timeZone).date, when.date);
  const day =
    days === 0
      ? 'today'
      : days === 1
        ? 'tomorrow'
        : days === -1
          ? 'yesterday'
          : days > 1 && days < 7
            ? `on ${formatWeekday(when.date)}`
            : `on ${formatDate(when.date)}`;
  return `${day} at ${formatTime(when.time)}`;
}

/** The date and time inputs' starting values: tomorrow morning on the sender's clock. */
export function defaultPick(now: Date, timeZone: string): LocalClock {
  return { date: addLocalDays(clockAt(now, timeZone).date, 1), time: MORNING };
}

/** The earliest and latest days the date input offers (today … a year ahead). */
export function dateBounds(now: Date, timeZone: string): { min: string; max: string } {
  const today = clockAt(now, timeZone).date;
  return { min: today, max: addLocalDays(today, NOTE_MAX_DELAY_DAYS - 1) };
}
