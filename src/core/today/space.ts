import { addDays, formatWallDate, instantToWall, wallMs, wallToInstant } from '../schedules/local-time.js';

/*
 * "I need some space" until when: through the end of a day on the asker's own calendar, at most
 * two weeks from now (the server's limit, SPACE_MAX_DAYS).
 */

/** The quick choices, in days from today. */
export const SPACE_PICKS = [
  { id: 'tomorrow', days: 1, label: 'Until tomorrow' },
  { id: 'three', days: 3, label: 'For 3 days' },
  { id: 'week', days: 7, label: 'For a week' },
] as const;

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

/** The date a quick choice ends on. */
export function pickDate(days: number, now: Date, timeZone: string): string {
  return addDays(todayIn(now, timeZone), days);
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "tomorrow", "Friday" within the week ahead, otherwise "Friday 5 December" — on the reader's own calendar. */
export function describeUntil(until: string, now: Date, timeZone: string): string {
  const day = formatWallDate(instantToWall(Date.parse(until), timeZone));
  const today = todayIn(now, timeZone);
  if (day === today) return 'the end of today';
  if (day === addDays(today, 1)) return 'tomorrow';
  const d = new Date(`${day}T12:00:00Z`);
  return day <= addDays(today, 6) ? WEEKDAY.format(d) : DAY_MONTH.format(d);
}
