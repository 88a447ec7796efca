/*
 * Wall-clock values without any zone: a "wall" value is the local date and time written as if
 * it were UTC milliseconds (the "floating" representation rrule also uses). Nothing here needs
 * luxon, so the schedule schema (in every item kind, on the browser's first load) can check
 * dates and times without it; local-time.ts adds the zones and re-exports all of this.
 */

const DAY_MS = 86_400_000;

/** A calendar date written YYYY-MM-DD, in some person's own time zone. */
export type LocalDate = string;
/** A wall-clock time written HH:mm (24-hour). */
export type LocalTime = string;

/** Local date and time fields (month 1–12). */
export interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses 'YYYY-MM-DD' into numbers, or null when it is malformed or not on the calendar. */
export function parseLocalDate(text: string): { year: number; month: number; day: number } | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Parses 'HH:mm' (00:00–23:59) into numbers, or null when malformed. */
export function parseLocalTime(text: string): { hour: number; minute: number } | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYY-MM-DD' and 'HH:mm' to wall milliseconds; throws on malformed input (callers validate first). */
export function wallMs(date: LocalDate, time: LocalTime): number {
  const d = parseLocalDate(date);
  const t = parseLocalTime(time);
  if (!d || !t) throw new RangeError(`Not a local date and time: ${date} ${time}`);
  return Date.UTC(d.year, d.month - 1, d.day, t.hour, t.minute);
}

/** Wall milliseconds to fields. */
export function wallFields(wall: number): WallFields {
  const d = new Date(wall);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Wall milliseconds to 'YYYY-MM-DD'. */
export function formatWallDate(wall: number): LocalDate {
  const f = wallFields(wall);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
}

/** Wall milliseconds to 'HH:mm'. */
export function formatWallTime(wall: number): LocalTime {
  const f = wallFields(wall);
  return `${pad(f.hour)}:${pad(f.minute)}`;
}

/** The local date a number of days after (or before, if negative) the given one. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return formatWallDate(wallMs(date, '00:00') + days * DAY_MS);
}

/** True when the runtime's Intl knows the zone (the same test the account profile uses). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
