/** Small, pure helpers for showing times kindly. */
import { formatDateTime } from './format.js';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "just now", "5 minutes ago", "in 3 days". */
export function relativeTime(when: Date | string, now: Date = new Date(), locale = 'en'): string {
  const then = typeof when === 'string' ? new Date(when) : when;
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  if (Number.isNaN(seconds)) return '';
  if (Math.abs(seconds) < 60) return 'just now';
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

/** A moment's date and time in the person's locale and zone (the one style of lib/format.ts). */
export function localDateTime(when: Date | string, timeZone?: string, locale?: string): string {
  return formatDateTime(when, timeZone, locale);
}

/** The hour (0–23) of a moment in a time zone; falls back to the device's zone. */
export function hourIn(now: Date, timeZone?: string): number {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).formatToParts(now);
    const h = Number(parts.find((p) => p.type === 'hour')?.value);
    return Number.isFinite(h) ? h : now.getHours();
  } catch {
    return now.getHours();
  }
}

/** "Good morning" / "Good afternoon" / "Good evening"; late at night, a plain "Hello". */
export function greetingFor(hour: number): string {
  if (hour >= 5 && hour < 12) return 'Good morning';
  if (hour >= 12 && hour < 18) return 'Good afternoon';
  if (hour >= 18 && hour < 23) return 'Good evening';
  return 'Hello';
}

/** Time zones the browser knows, always including the given ones. */
export function timeZoneList(extra: readonly string[] = []): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const set = new Set(zones);
  for (const z of extra) if (z) set.add(z);
  if (set.size === 0) set.add('UTC');
  return [...set].sort((a, b) => a.localeCompare(b));
}

/** The device's time zone, or UTC when the browser doesn't say. */
export function detectTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
