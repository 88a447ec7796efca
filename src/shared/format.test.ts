import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, formatWeekday } from './format.js';

describe('the one date and time style, shared by the web app, core and the export', () => {
  it('names a weekday in the locale, for a day within the week ahead', () => {
    expect(formatWeekday('2026-12-04', 'en-GB')).toBe('Friday');
    expect(formatWeekday('2026-12-04', 'de-DE')).toBe('Freitag');
    // A local date is its own day in every zone: never the day before or after.
    expect(formatWeekday('2027-01-01', 'en-GB')).toBe('Friday');
    expect(formatWeekday('not a day', 'en-GB')).toBe('');
  });

  it('follows the locale for the order of day and month, and the clock', () => {
    expect(formatDate('2026-12-04', undefined, 'en-GB')).toBe('Fri, 4 Dec 2026');
    expect(formatDate('2026-12-04', undefined, 'en-US')).toBe('Fri, Dec 4, 2026');
    expect(formatTime('08:05', undefined, 'en-GB')).toBe('08:05');
    expect(formatTime('08:05', undefined, 'en-US')).toBe('8:05 AM');
  });

  it('still shows something for an unknown zone, and nothing for no date at all', () => {
    expect(formatDateTime('2026-12-04T08:05:00Z', 'Nowhere/Else', 'en-GB')).toMatch(/4 Dec 2026/);
    expect(formatDate('', undefined, 'en-GB')).toBe('');
  });
});
