import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, scheduleText } from './format.js';

describe('one style for dates and one for times, in the person’s locale', () => {
  it('shows a date the same way whether it is a local date or an instant', () => {
    expect(formatDate('2026-12-02', undefined, 'en-GB')).toBe('Wed, 2 Dec 2026');
    expect(formatDate('2026-12-02T18:45:00Z', 'Europe/Warsaw', 'en-GB')).toBe('Wed, 2 Dec 2026');
    expect(formatDate('2026-12-02', undefined, 'en-US')).toBe('Wed, Dec 2, 2026');
  });

  it('keeps a local date on its own day in every zone', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) expect(formatDate('2027-01-01', zone, 'en-GB')).toBe('Fri, 1 Jan 2027');
  });

  it('shows an instant on the clock of the person’s zone', () => {
    // 23:30 in UTC is already the next day in Warsaw.
    expect(formatDate('2026-12-02T23:30:00Z', 'Europe/Warsaw', 'en-GB')).toBe('Thu, 3 Dec 2026');
    expect(formatTime('2026-12-02T23:30:00Z', 'Europe/Warsaw', 'en-GB')).toBe('00:30');
  });

  it('shows a time in the locale’s clock, from an instant or a wall time', () => {
    expect(formatTime('19:45', undefined, 'en-GB')).toBe('19:45');
    expect(formatTime('19:45', undefined, 'en-US')).toBe('7:45 PM');
    expect(formatTime('07:05', undefined, 'en-GB')).toBe('07:05');
    expect(formatTime('2026-12-02T18:45:00Z', 'Europe/Warsaw', 'en-US')).toBe('7:45 PM');
  });

  it('joins the two styles for a date and time', () => {
    const gb = formatDateTime('2026-12-02T18:45:00Z', 'Europe/Warsaw', 'en-GB');
    expect(gb).toContain(formatDate('2026-12-02', undefined, 'en-GB'));
    expect(gb).toContain('19:45');
    const us = formatDateTime('2026-12-02T18:45:00Z', 'Europe/Warsaw', 'en-US');
    expect(us).toContain('Dec 2, 2026');
    expect(us).toContain('7:45 PM');
    // A wall-clock time without a zone is shown as written.
    expect(formatDateTime('2026-12-05T19:00', 'Pacific/Pago_Pago', 'en-GB')).toContain('19:00');
    expect(formatDateTime('2026-12-05T19:00', 'Pacific/Pago_Pago', 'en-GB')).toContain('Sat, 5 Dec 2026');
  });

  it('gives nothing for what is not a date, and survives an unknown zone', () => {
    expect(formatDate('not a date')).toBe('');
    expect(formatTime('')).toBe('');
    expect(formatDateTime(new Date(Number.NaN))).toBe('');
    expect(formatDate('2026-12-02T18:45:00Z', 'Not/AZone', 'en-GB')).toMatch(/2026/);
  });

  it('writes a schedule with the same date and time styles', () => {
    const weekly = { type: 'weekly' as const, time: '20:00', timeZone: 'Europe/Warsaw', startDate: '2026-12-01', endDate: '2027-01-31', weekdays: ['FR' as const] };
    expect(scheduleText(weekly)).toBe(`Every Friday at ${formatTime('20:00')} until ${formatDate('2027-01-31')}`);
  });
});
