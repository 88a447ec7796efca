import { IANAZone } from 'luxon';

/*
 * Wall-clock arithmetic for one IANA zone. Everything here works on plain numbers:
 * a "wall" value is the local date and time written as if it were UTC milliseconds
 * (the "floating" representation rrule also uses), and an instant is real UTC milliseconds.
 * Offsets come from luxon's IANAZone (Intl underneath), so the browser and the server agree.
 */

const MINUTE_MS = 60_000;
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

/** The zone object for an IANA name; throws a RangeError naming the zone when Intl does not know it. */
export function zoneOf(timeZone: string): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return zone;
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

/** The zone's offset from UTC, in milliseconds, at an instant. */
function offsetMs(zone: IANAZone, instant: number): number {
  return zone.offset(instant) * MINUTE_MS;
}

/** What a clock in the zone reads at a UTC instant, as wall milliseconds. */
export function instantToWall(instant: number, timeZone: string): number {
  return instant + offsetMs(zoneOf(timeZone), instant);
}

/**
 * Every UTC instant at which the zone's clock reads the wall time, earliest first:
 * one normally, two in the repeated hour of a fall-back night, none in a spring-forward gap.
 */
export function wallToInstants(wall: number, timeZone: string): number[] {
  const zone = zoneOf(timeZone);
  // Offsets a day either side cover any single transition; tzdb has no two within 48 hours.
  const offsets = new Set([offsetMs(zone, wall - DAY_MS), offsetMs(zone, wall), offsetMs(zone, wall + DAY_MS)]);
  const instants = new Set<number>();
  for (const off of offsets) {
    const instant = wall - off;
    if (offsetMs(zone, instant) === off) instants.add(instant);
  }
  return [...instants].sort((a, b) => a - b);
}

/**
 * The UTC instant of a wall time, resolved as RFC 5545 §3.3.5 resolves DTSTART;TZID
 * (so our occurrences match any calendar that reads our RRULE): an ambiguous time takes its
 * first instance (the earlier, daylight-time one); a time inside a spring-forward gap is read
 * with the offset in force before the gap, which moves it forward by the gap's length
 * (02:30 on a one-hour gap becomes 03:30).
 */
export function wallToInstant(wall: number, timeZone: string): number {
  const instants = wallToInstants(wall, timeZone);
  const first = instants[0];
  if (first !== undefined) return first;
  const zone = zoneOf(timeZone);
  return wall - offsetMs(zone, wall - DAY_MS);
}

/**
 * The first UTC instant at or after `notBefore` when the zone's clock reads the wall time or
 * later. Unlike {@link wallToInstant} this is for boundaries ("quiet until 07:00"): in a
 * spring-forward gap the boundary has passed the moment the clocks jump, and in a repeated
 * hour the instance that has not passed yet is the one that counts.
 */
export function firstInstantAtOrAfterWall(wall: number, timeZone: string, notBefore: number): number {
  const zone = zoneOf(timeZone);
  const later = wallToInstants(wall, timeZone).find((t) => t >= notBefore);
  if (later !== undefined) return later;
  const before = offsetMs(zone, wall - DAY_MS);
  const after = offsetMs(zone, wall + DAY_MS);
  if (before === after) return Math.max(wall - before, notBefore);
  // In a gap: the jump happens between these two instants; find it to the minute.
  let lo = wall - after; // still on the old offset
  let hi = wall - before; // already on the new offset
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MINUTE_MS)) * MINUTE_MS;
    if (offsetMs(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return Math.max(hi, notBefore);
}
