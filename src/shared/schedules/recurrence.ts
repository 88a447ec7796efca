import type { Frequency, Weekday as RRuleWeekday } from 'rrule';
import {
  formatWallDate,
  formatWallTime,
  instantToWall,
  wallToInstant,
  wallMs,
  zoneOf,
  type LocalDate,
  type LocalTime,
} from './local-time.js';
import { RRule, type RRuleInstance } from './rrule-lib.js';
import type { RecurringSchedule, Schedule } from './schema.js';
import { WEEKDAYS, type Weekday } from './weekdays.js';

/*
 * How occurrences are made: rrule expands the rule over "floating" dates (local wall-clock
 * values written as UTC, never a real instant: rrule's own tzid handling converts into the
 * *machine's* zone and compares UNTIL in floating time, jkbrzt/rrule#294, #300, #359), and
 * every wall value is then turned into a real instant in the person's zone by
 * wallToInstant. So 07:30 stays 07:30 on the person's clock and its UTC moves with DST.
 */

const DAY_MS = 86_400_000;
// Instants map to wall values within ±14 h (the widest UTC offsets) plus a gap's shift;
// two days of slack either side means no occurrence near the edges of a window is missed.
const WINDOW_SLACK_MS = 2 * DAY_MS;

/** One occurrence of a schedule. */
export interface Occurrence {
  /** The schedule's day for this occurrence, in its zone ('YYYY-MM-DD'). */
  localDate: LocalDate;
  /**
   * What the person's clock reads at `utc` ('HH:mm'): the schedule's time, except on a
   * spring-forward night when that time does not exist (then it is moved forward by the gap).
   */
  localTime: LocalTime;
  /** The real instant. */
  utc: Date;
  /**
   * Stable identity for marking kept/missed: the local date. A schedule has at most one
   * occurrence per local day, and an edit splits on a date boundary, so keys never collide.
   */
  key: string;
}

const RRULE_DAY: Record<Weekday, RRuleWeekday> = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
};

/** Days sorted Monday first, the order RRULE text and descriptions use. */
export function sortWeekdays(days: readonly Weekday[]): Weekday[] {
  return [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

/** The RRULE parts (besides DTSTART and UNTIL) that express a repeating schedule. */
interface RuleParts {
  freq: Frequency;
  interval: number;
  byweekday: Weekday[] | null;
  bymonthday: number[] | null;
  bysetpos: number[] | null;
}

function ruleParts(s: RecurringSchedule): RuleParts {
  switch (s.type) {
    case 'daily':
      return { freq: RRule.DAILY, interval: 1, byweekday: null, bymonthday: null, bysetpos: null };
    case 'weekly':
      return { freq: RRule.WEEKLY, interval: 1, byweekday: sortWeekdays(s.weekdays), bymonthday: null, bysetpos: null };
    case 'every_n_weeks':
      return { freq: RRule.WEEKLY, interval: s.interval, byweekday: sortWeekdays(s.weekdays), bymonthday: null, bysetpos: null };
    case 'monthly': {
      if (s.dayOfMonth <= 28) {
        return { freq: RRule.MONTHLY, interval: 1, byweekday: null, bymonthday: [s.dayOfMonth], bysetpos: null };
      }
      // Plain BYMONTHDAY=31 would skip every shorter month. "The last of 28..31 that exists"
      // (BYSETPOS=-1) is the RFC 5545 way to say "the 31st, or the month's last day".
      const days: number[] = [];
      for (let d = 28; d <= s.dayOfMonth; d++) days.push(d);
      return { freq: RRule.MONTHLY, interval: 1, byweekday: null, bymonthday: days, bysetpos: [-1] };
    }
  }
}

function floatingRule(parts: RuleParts, dtstartWall: number, untilWall: number | null): RRuleInstance {
  return new RRule({
    freq: parts.freq,
    interval: parts.interval,
    byweekday: parts.byweekday ? parts.byweekday.map((d) => RRULE_DAY[d]) : null,
    bymonthday: parts.bymonthday,
    bysetpos: parts.bysetpos,
    // ISO weeks: "every 2 weeks" counts Monday-to-Sunday weeks, as the week views do.
    wkst: RRule.MO,
    dtstart: new Date(dtstartWall),
    until: untilWall === null ? null : new Date(untilWall),
  });
}

function endWall(s: RecurringSchedule): number | null {
  // Every occurrence is at s.time, so the end date at that time is an inclusive bound.
  return s.endDate === undefined ? null : wallMs(s.endDate, s.time);
}

function onceWall(s: Extract<Schedule, { type: 'once' }>): number {
  return wallMs(s.at.slice(0, 10), s.at.slice(11));
}

/**
 * The first occurrence's wall value, or null when the schedule has none. For every_n_weeks
 * it is the first chosen weekday on or after startDate, and its (Monday-start) week is week
 * one of the cycle: "every 2 weeks on Monday, from Friday 4 Dec" begins Monday 7 Dec.
 */
export function firstOccurrenceWall(s: Schedule): number | null {
  if (s.type === 'once') return onceWall(s);
  const probe = floatingRule({ ...ruleParts(s), interval: 1 }, wallMs(s.startDate, s.time), endWall(s));
  const first = probe.after(new Date(wallMs(s.startDate, s.time)), true);
  return first ? first.getTime() : null;
}

/** The rule anchored on the first occurrence, so DTSTART is itself an occurrence (as RFC 5545 requires). */
function anchoredRule(s: RecurringSchedule): RRuleInstance | null {
  const first = firstOccurrenceWall(s);
  return first === null ? null : floatingRule(ruleParts(s), first, endWall(s));
}

function toOccurrence(wall: number, timeZone: string): Occurrence {
  const utc = wallToInstant(wall, timeZone);
  const localDate = formatWallDate(wall);
  return { localDate, localTime: formatWallTime(instantToWall(utc, timeZone)), utc: new Date(utc), key: localDate };
}

function checkInstant(d: Date, name: string): number {
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError(`${name} is not a valid date.`);
  return t;
}

/** Wall values of the schedule within [loWall, hiWall], in order. */
function wallsBetween(s: Schedule, loWall: number, hiWall: number): number[] {
  if (s.type === 'once') {
    const wall = onceWall(s);
    return wall >= loWall && wall <= hiWall ? [wall] : [];
  }
  const rule = anchoredRule(s);
  return rule ? rule.between(new Date(loWall), new Date(hiWall), true).map((d) => d.getTime()) : [];
}

/**
 * Occurrences whose instant is in [fromUtc, toUtc), in order, each at the schedule's wall
 * time in its zone (DST-correct; see wallToInstant for nonexistent and repeated times).
 */
export function occurrences(s: Schedule, fromUtc: Date, toUtc: Date): Occurrence[] {
  const from = checkInstant(fromUtc, 'fromUtc');
  const to = checkInstant(toUtc, 'toUtc');
  zoneOf(s.timeZone);
  if (to <= from) return [];
  const lo = instantToWall(from, s.timeZone) - WINDOW_SLACK_MS;
  const hi = instantToWall(to, s.timeZone) + WINDOW_SLACK_MS;
  return wallsBetween(s, lo, hi)
    .map((wall) => toOccurrence(wall, s.timeZone))
    .filter((o) => o.utc.getTime() >= from && o.utc.getTime() < to);
}

/** Occurrences whose local date is within [fromDate, toDate] (inclusive), for day- and week-based views. */
export function occurrencesOnDates(s: Schedule, fromDate: LocalDate, toDate: LocalDate): Occurrence[] {
  zoneOf(s.timeZone);
  if (toDate < fromDate) return [];
  return wallsBetween(s, wallMs(fromDate, '00:00'), wallMs(toDate, '23:59')).map((wall) => toOccurrence(wall, s.timeZone));
}

/** The first occurrence strictly after `afterUtc`, or null when the schedule has ended. */
export function nextOccurrence(s: Schedule, afterUtc: Date): Occurrence | null {
  const after = checkInstant(afterUtc, 'afterUtc');
  zoneOf(s.timeZone);
  if (s.type === 'once') {
    const o = toOccurrence(onceWall(s), s.timeZone);
    return o.utc.getTime() > after ? o : null;
  }
  const rule = anchoredRule(s);
  if (!rule) return null;
  // Start a little early in wall time and step forward: the first wall value past the
  // instant's wall reading is not always the first instant past it (offsets, gaps).
  let cursor = new Date(instantToWall(after, s.timeZone) - WINDOW_SLACK_MS);
  for (;;) {
    const next = rule.after(cursor, false);
    if (!next) return null;
    const o = toOccurrence(next.getTime(), s.timeZone);
    if (o.utc.getTime() > after) return o;
    cursor = next;
  }
}

/** The schedule's first occurrence, or null when it has none. */
export function firstOccurrence(s: Schedule): Occurrence | null {
  const wall = firstOccurrenceWall(s);
  return wall === null ? null : toOccurrence(wall, s.timeZone);
}

/** The schedule's last occurrence; null when it never ends (no endDate) or has none. */
export function lastOccurrence(s: Schedule): Occurrence | null {
  if (s.type === 'once') return firstOccurrence(s);
  const until = endWall(s);
  const rule = anchoredRule(s);
  if (until === null || !rule) return null;
  const last = rule.before(new Date(until), true);
  return last ? toOccurrence(last.getTime(), s.timeZone) : null;
}

/** True when the schedule has at least one occurrence. */
export function hasOccurrences(s: Schedule): boolean {
  return firstOccurrenceWall(s) !== null;
}

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The weekday of a local date, RFC 5545 style. */
export function weekdayOf(date: LocalDate): Weekday {
  return DAY_CODES[new Date(wallMs(date, '00:00')).getUTCDay()] ?? 'MO';
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Wall value or instant as RFC 5545 basic format, 'YYYYMMDDTHHMMSS' (no zone suffix). */
function basicFormat(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

/**
 * The schedule as RFC 5545 text: a `DTSTART;TZID=<zone>:<local>` line and an `RRULE:` line,
 * joined by "\n" (what rrulestr and ical.js read; an .ics writer folds and uses CRLF).
 * DTSTART is the first real occurrence. A one-off is `FREQ=DAILY;COUNT=1`.
 */
export function toRRule(s: Schedule): string {
  zoneOf(s.timeZone);
  const first = firstOccurrenceWall(s);
  if (first === null) throw new RangeError('This schedule has no occurrence, so it has no RRULE.');
  const dtstart = `DTSTART;TZID=${s.timeZone}:${basicFormat(first)}`;
  if (s.type === 'once') return `${dtstart}\nRRULE:FREQ=DAILY;COUNT=1`;

  const parts = ruleParts(s);
  const rule = [`FREQ=${parts.freq === RRule.DAILY ? 'DAILY' : parts.freq === RRule.WEEKLY ? 'WEEKLY' : 'MONTHLY'}`];
  if (parts.interval !== 1) rule.push(`INTERVAL=${parts.interval}`);
  if (parts.byweekday) rule.push(`BYDAY=${parts.byweekday.join(',')}`);
  if (parts.bymonthday) rule.push(`BYMONTHDAY=${parts.bymonthday.join(',')}`);
  if (parts.bysetpos) rule.push(`BYSETPOS=${parts.bysetpos.join(',')}`);
  if (parts.freq === RRule.WEEKLY) rule.push('WKST=MO');
  const last = lastOccurrence(s);
  if (last) {
    // RFC 5545 wants UNTIL in UTC when DTSTART has a TZID, and any bound between the last
    // occurrence and the next one is exact. rrule.js, though, compares UNTIL with its floating
    // wall values. The later of "the last occurrence's instant" and "its wall value read as
    // UTC" satisfies both readings: offsets (≤ 14 h) are far smaller than the ≥ 23 h between
    // occurrences, so neither reader gains or loses an occurrence.
    const lastWall = wallMs(last.localDate, s.time);
    rule.push(`UNTIL=${basicFormat(Math.max(last.utc.getTime(), lastWall))}Z`);
  }
  return `${dtstart}\nRRULE:${rule.join(';')}`;
}
