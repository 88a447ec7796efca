import { describe, expect, it } from 'vitest';
import { describeSchedule, listWeekdays, scheduleWords, type Schedule } from './index.js';
import { ordinal } from './describe.js';

const base = { time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-12-01' } as const;

describe('describeSchedule', () => {
  it.each<[Schedule, string]>([
    [{ ...base, type: 'weekly', time: '19:00', weekdays: ['FR'] }, 'Every Friday at 19:00'],
    [{ ...base, type: 'every_n_weeks', interval: 2, weekdays: ['TH', 'MO'] }, 'Every 2 weeks on Monday and Thursday at 07:30'],
    [{ ...base, type: 'daily', time: '21:00', endDate: '2027-01-31' }, 'Daily at 21:00 until Sun, 31 Jan 2027'],
    [{ ...base, type: 'daily' }, 'Daily at 07:30'],
    [{ ...base, type: 'weekly', weekdays: ['FR', 'MO', 'WE'] }, 'Every Monday, Wednesday and Friday at 07:30'],
    [{ ...base, type: 'weekly', weekdays: ['SU', 'SA'], endDate: '2027-08-05' }, 'Every Saturday and Sunday at 07:30 until Thu, 5 Aug 2027'],
    [{ ...base, type: 'weekly', weekdays: ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] }, 'Every day at 07:30'],
    [{ ...base, type: 'every_n_weeks', interval: 3, weekdays: ['SU'], endDate: '2027-06-30' }, 'Every 3 weeks on Sunday at 07:30 until Wed, 30 Jun 2027'],
    [{ ...base, type: 'monthly', dayOfMonth: 1 }, 'Monthly on the 1st at 07:30'],
    [{ ...base, type: 'monthly', dayOfMonth: 22 }, 'Monthly on the 22nd at 07:30'],
    [{ ...base, type: 'monthly', dayOfMonth: 30 }, 'Monthly on the 30th (or the last day of shorter months) at 07:30'],
    [{ ...base, type: 'monthly', dayOfMonth: 31 }, 'Monthly on the last day at 07:30'],
    [{ type: 'once', at: '2026-12-01T07:30', timeZone: 'Europe/Warsaw' }, 'Once on Tue, 1 Dec 2026 at 07:30'],
  ])('%o → %s', (schedule, text) => {
    expect(describeSchedule(schedule, scheduleWords('en-GB'))).toBe(text);
  });
});

describe('helpers', () => {
  it('ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 29, 31].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '29th', '31st',
    ]);
  });

  it('day lists', () => {
    expect(listWeekdays(['TU'])).toBe('Tuesday');
    expect(listWeekdays([])).toBe('');
  });

  it('dates and times in the locale asked for: the one style of the whole app', () => {
    const once: Schedule = { type: 'once', at: '2026-12-01T19:30', timeZone: 'Europe/Warsaw' };
    expect(describeSchedule(once, scheduleWords('en-US'))).toBe('Once on Tue, Dec 1, 2026 at 7:30 PM');
  });
});
