import { DateTime } from 'luxon';
import { formatWallDate, instantToWall, parseLocalDate, wallMs, wallToInstant, zoneOf, type LocalDate } from '../../shared/schedules/local-time.js';

/*
 * Consistency views count by ISO week (Monday to Sunday, weeks belong to the year holding
 * their Thursday, so 2026-12-31 is in 2026-W53 and 2027-01-04 in 2027-W01), always in the
 * person's own zone: a Sunday-evening occurrence belongs to that Sunday's week wherever the
 * server is. Luxon's week fields are ISO unless asked for locale weeks.
 */

const WEEK_KEY_RE = /^(\d{4})-W(\d{2})$/;
const pad = (n: number): string => String(n).padStart(2, '0');

function keyOf(dt: DateTime): string {
  return `${dt.weekYear}-W${pad(dt.weekNumber)}`;
}

// Calendar arithmetic on a bare date: a UTC DateTime has no DST to trip over.
function dateTime(date: LocalDate): DateTime {
  const d = parseLocalDate(date);
  if (!d) throw new RangeError(`Not a date: ${date}`);
  return DateTime.fromObject(d, { zone: 'utc' });
}

/** The ISO week ('YYYY-Www') that contains a local date. */
export function weekKeyOfDate(localDate: LocalDate): string {
  return keyOf(dateTime(localDate));
}

/** The ISO week ('YYYY-Www') containing the instant, on the person's clock in `timeZone`. */
export function weekKey(utc: Date, timeZone: string): string {
  const t = utc.getTime();
  if (Number.isNaN(t)) throw new RangeError('utc is not a valid date.');
  zoneOf(timeZone);
  return weekKeyOfDate(formatWallDate(instantToWall(t, timeZone)));
}

/** The n ISO week keys ending with the current week in `timeZone`, oldest first. */
export function lastNWeeks(nowUtc: Date, timeZone: string, n: number): string[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number, 0 or more.');
  if (Number.isNaN(nowUtc.getTime())) throw new RangeError('nowUtc is not a valid date.');
  zoneOf(timeZone);
  const monday = dateTime(formatWallDate(instantToWall(nowUtc.getTime(), timeZone))).startOf('week');
  const keys: string[] = [];
  for (let i = n - 1; i >= 0; i--) keys.push(keyOf(monday.minus({ weeks: i })));
  return keys;
}

/** A week's local dates (Monday to Sunday) and its instants [startUtc, endUtc) in `timeZone`. */
export interface WeekBounds {
  startDate: LocalDate;
  endDate: LocalDate;
  startUtc: Date;
  endUtc: Date;
}

/** The local dates and UTC bounds of an ISO week key in `timeZone` (to query a week's occurrences). */
export function weekBounds(key: string, timeZone: string): WeekBounds {
  zoneOf(timeZone);
  const m = WEEK_KEY_RE.exec(key);
  const monday = m
    ? DateTime.fromObject({ weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 }, { zone: 'utc' })
    : null;
  // Luxon normalises week 53 of a 52-week year into the next year; a round trip catches it.
  if (!monday?.isValid || keyOf(monday) !== key) throw new RangeError(`Not an ISO week: ${key}`);
  const startDate = monday.toISODate() ?? '';
  const nextMonday = monday.plus({ weeks: 1 }).toISODate() ?? '';
  return {
    startDate,
    endDate: monday.plus({ days: 6 }).toISODate() ?? '',
    startUtc: new Date(wallToInstant(wallMs(startDate, '00:00'), timeZone)),
    endUtc: new Date(wallToInstant(wallMs(nextMonday, '00:00'), timeZone)),
  };
}
