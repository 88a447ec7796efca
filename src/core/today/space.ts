import { formatDate, formatTime, formatWeekday } from '../../shared/format.js';
import { addDays, formatWallDate, formatWallTime, instantToWall, wallMs, wallToInstant } from '../../shared/schedules/local-time.js';

/*
 * "I need some space" until when: a few hours, until the next morning, or through the end of a
 * day on the asker's own calendar — at most two weeks from now (the server's limit,
 * SPACE_MAX_DAYS).
 */

/** How a quick choice ends: some hours from now, at a time tomorrow morning, or at the end of a day. */
export type SpacePick =
  | { id: string; label: string; hours: number }
  | { id: string; label: string; morning: string }
  | { id: string; label: string; days: number };

/** The quick choices, shortest first. */
export const SPACE_PICKS = [
  { id: 'h2', hours: 2, label: 'For 2 hours' },
  { id: 'h4', hours: 4, label: 'For 4 hours' },
  { id: 'morning', morning: '08:00', label: 'Until tomorrow morning' },
  { id: 'tomorrow', days: 1, label: 'Until tomorrow' },
  { id: 'three', days: 3, label: 'For 3 days' },
  { id: 'week', days: 7, label: 'For a week' },
] as const satisfies readonly SpacePick[];

/** Longest a short message with the space may be: a few words, not a letter. */
export const SPACE_MESSAGE_MAX = 280;

/** Days ahead the last choosable day may be, so its end stays within two weeks of now. */
export const SPACE_LAST_DAY = 13;

/** Today's date on the person's calendar. */
export function todayIn(now: Date, timeZone: string): string {
  return formatWallDate(instantToWall(now.getTime(), timeZone));
}

/** The first and last day that can be chosen ('YYYY-MM-DD'). */
export function spaceDateBounds(now: Date, timeZone: string): { min: string; max: string } {
  const today = todayIn(now, timeZone);
  return { min: addDays(today, 1), max: addDays(today, SPACE_LAST_DAY) };
}

/** The end of `date` (the start of the next day) on the person's clock, as an instant; null when out of bounds. */
export function spaceUntil(date: string, now: Date, timeZone: string): Date | null {
  const { min, max } = spaceDateBounds(now, timeZone);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < min || date > max) return null;
  return new Date(wallToInstant(wallMs(addDays(date, 1), '00:00'), timeZone) - 60_000);
}

/** Until when a quick choice lasts, asked for `now` on the person's clock. */
export function pickUntil(pick: SpacePick, now: Date, timeZone: string): Date {
  if ('hours' in pick) return new Date(now.getTime() + pick.hours * 3_600_000);
  if ('morning' in pick) return new Date(wallToInstant(wallMs(addDays(todayIn(now, timeZone), 1), pick.morning), timeZone));
  return spaceUntil(pickDate(pick.days, now, timeZone), now, timeZone) ?? new Date(now.getTime() + pick.days * 86_400_000);
}

/** The date a quick choice ends on. */
export function pickDate(days: number, now: Date, timeZone: string): string {
  return addDays(todayIn(now, timeZone), days);
}

/**
 * "tomorrow", "Friday" within the week ahead, otherwise the one date style ("Fri, 5 Dec 2026") —
 * on the reader's own calendar; a space that ends before the day does says when, in the one time
 * style: "14:30 today", "08:00 tomorrow morning" ("8:00 AM tomorrow morning" in en-US).
 */
export function describeUntil(until: string, now: Date, timeZone: string, locale?: string): string {
  const wall = instantToWall(Date.parse(until), timeZone);
  const day = formatWallDate(wall);
  const time = formatWallTime(wall);
  const today = todayIn(now, timeZone);
  // Day-long spaces end a minute before midnight; anything earlier is a time of day.
  const atTime = time < '23:59' ? formatTime(time, undefined, locale) : null;
  if (day === today) return atTime ? `${atTime} today` : 'the end of today';
  if (day === addDays(today, 1)) return atTime ? `${atTime} tomorrow${time < '12:00' ? ' morning' : ''}` : 'tomorrow';
  return day <= addDays(today, 6) ? formatWeekday(day, locale) : formatDate(day, undefined, locale);
}
