import { describe, expect, it } from 'vitest';
import type { Schedule } from '../schedules/index.js';
import { nextReminder, occurrenceByKey } from './index.js';

const weekly: Schedule = { type: 'weekly', time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-03-02', weekdays: ['MO', 'FR'] };

describe('nextReminder', () => {
  it('is the lead before the next occurrence, in real minutes across the spring DST change', () => {
    // Friday 27 Mar 2026 07:30 CET = 06:30Z; Monday 30 Mar 07:30 CEST = 05:30Z.
    const first = nextReminder([weekly], 30, new Date('2026-03-27T06:00:00Z'));
    expect(first?.occurrence.key).toBe('2026-03-30');
    expect(first?.due.toISOString()).toBe('2026-03-30T05:00:00.000Z');
    const before = nextReminder([weekly], 30, new Date('2026-03-27T05:59:59Z'));
    expect(before?.occurrence.key).toBe('2026-03-27');
    expect(before?.due.toISOString()).toBe('2026-03-27T06:00:00.000Z');
  });

  it('keeps the wall time across the autumn change in New York', () => {
    const ny: Schedule = { type: 'daily', time: '21:00', timeZone: 'America/New_York', startDate: '2026-10-30' };
    const sat = nextReminder([ny], 60, new Date('2026-10-31T12:00:00Z'));
    expect(sat?.due.toISOString()).toBe('2026-11-01T00:00:00.000Z'); // 20:00 EDT
    const sun = nextReminder([ny], 60, new Date('2026-11-01T12:00:00Z'));
    expect(sun?.due.toISOString()).toBe('2026-11-02T01:00:00.000Z'); // 20:00 EST
  });

  it('takes the earliest across segments and ends when every segment has', () => {
    const before: Schedule = { ...weekly, endDate: '2026-03-15' };
    const after: Schedule = { type: 'daily', time: '09:00', timeZone: 'Europe/Warsaw', startDate: '2026-03-16', endDate: '2026-03-17' };
    expect(nextReminder([before, after], 0, new Date('2026-03-13T07:00:00Z'))?.occurrence.key).toBe('2026-03-16');
    expect(nextReminder([before, after], 0, new Date('2026-03-17T09:00:00Z'))).toBeNull();
  });

  it('finds an occurrence by its key, or null when an edit removed it', () => {
    expect(occurrenceByKey([weekly], '2026-03-06')?.utc.toISOString()).toBe('2026-03-06T06:30:00.000Z');
    expect(occurrenceByKey([weekly], '2026-03-05')).toBeNull();
  });
});
