import { describe, expect, it } from 'vitest';
import { quietHoursSchema, scheduleSchema } from './index.js';

/** The issues zod reports, as [path, message] pairs, for exact assertions. */
function problems(input: unknown): [string, string][] {
  const result = scheduleSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => [i.path.join('.'), i.message]);
}

const daily = { type: 'daily', time: '21:00', timeZone: 'Europe/Warsaw', startDate: '2026-12-01' };

describe('scheduleSchema accepts', () => {
  it.each([
    { type: 'once', at: '2026-12-01T07:30', timeZone: 'Europe/Warsaw' },
    daily,
    { ...daily, endDate: '2027-01-31' },
    { ...daily, endDate: '2026-12-01' },
    { type: 'weekly', time: '19:00', timeZone: 'America/New_York', startDate: '2026-12-01', weekdays: ['FR'] },
    { type: 'every_n_weeks', time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-12-01', weekdays: ['TH', 'MO'], interval: 2 },
    { type: 'every_n_weeks', time: '07:30', timeZone: 'UTC', startDate: '2026-12-01', weekdays: ['SU'], interval: 12 },
    { type: 'monthly', time: '00:00', timeZone: 'Asia/Kolkata', startDate: '2026-12-01', dayOfMonth: 31 },
    { type: 'monthly', time: '23:59', timeZone: 'US/Eastern', startDate: '2026-12-01', dayOfMonth: 1 },
  ])('%o', (input) => {
    const result = scheduleSchema.safeParse(input);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(result.data).toEqual(input); // nothing is rewritten on the way in
  });
});

describe('scheduleSchema rejects, with a clear message on the field', () => {
  it('an unknown or missing type', () => {
    expect(problems({ ...daily, type: 'yearly' })).toEqual([['type', 'Choose how often: once, daily, weekly, every_n_weeks or monthly.']]);
    expect(problems({ time: '07:30' })).toEqual([['type', 'Choose how often: once, daily, weekly, every_n_weeks or monthly.']]);
    expect(problems(undefined)).toEqual([['', 'A schedule is required: an object with a type, a time zone and its times.']]);
  });

  it('malformed times, dates and zones', () => {
    expect(problems({ ...daily, time: '7:30' })).toEqual([['time', 'Use a 24-hour time like 07:30 (HH:mm).']]);
    expect(problems({ ...daily, time: '24:00' })).toEqual([['time', 'Use a 24-hour time like 07:30 (HH:mm).']]);
    expect(problems({ ...daily, time: '07:30:00' })).toEqual([['time', 'Use a 24-hour time like 07:30 (HH:mm).']]);
    expect(problems({ ...daily, startDate: '01/12/2026' })).toEqual([['startDate', 'Use a date like 2026-12-01 (YYYY-MM-DD).']]);
    expect(problems({ ...daily, startDate: '2026-02-30' })).toEqual([['startDate', '2026-02-30 is not a date on the calendar.']]);
    expect(problems({ ...daily, startDate: '1969-12-31' })).toEqual([['startDate', 'Choose a date in 1970 or later.']]);
    expect(problems({ ...daily, timeZone: 'Mars/Olympus_Mons' })).toEqual([
      ['timeZone', 'Mars/Olympus_Mons is not a time zone we know; choose one such as Europe/Warsaw.'],
    ]);
    expect(problems({ ...daily, timeZone: '+01:00' })).toEqual([['timeZone', '+01:00 is not a time zone we know; choose one such as Europe/Warsaw.']]);
    expect(problems({ ...daily, timeZone: 'A'.repeat(65) })[0]).toEqual(['timeZone', 'Choose a time zone such as Europe/Warsaw.']);
  });

  it('missing fields, each named', () => {
    expect(problems({ type: 'daily' })).toEqual([
      ['time', 'A time is required.'],
      ['timeZone', 'A time zone is required.'],
      ['startDate', 'A date is required.'],
    ]);
    expect(problems({ type: 'once', timeZone: 'UTC' })).toEqual([['at', 'A date and time is required.']]);
  });

  it('a one-off with seconds, an offset or an impossible date', () => {
    const once = { type: 'once', timeZone: 'Europe/Warsaw' };
    const format = 'Use a local date and time like 2026-12-01T07:30, without seconds or a time zone offset.';
    expect(problems({ ...once, at: '2026-12-01T07:30:00' })).toEqual([['at', format]]);
    expect(problems({ ...once, at: '2026-12-01T07:30Z' })).toEqual([['at', format]]);
    expect(problems({ ...once, at: '2026-12-01 07:30' })).toEqual([['at', format]]);
    expect(problems({ ...once, at: '2027-02-29T07:30' })).toEqual([['at', '2027-02-29 is not a date on the calendar.']]);
  });

  it('weekly without days, with no days, repeated days or unknown days', () => {
    const weekly = { ...daily, type: 'weekly' };
    expect(problems(weekly)).toEqual([['weekdays', 'Choose at least one day of the week.']]);
    expect(problems({ ...weekly, weekdays: [] })).toEqual([['weekdays', 'Choose at least one day of the week.']]);
    expect(problems({ ...weekly, weekdays: ['MO', 'MO'] })).toEqual([['weekdays', 'Choose each day of the week only once.']]);
    expect(problems({ ...weekly, weekdays: ['MON'] })).toEqual([['weekdays.0', 'Days of the week are MO, TU, WE, TH, FR, SA and SU.']]);
    expect(problems({ ...weekly, weekdays: 'MO' })).toEqual([['weekdays', 'Choose the days of the week as a list, e.g. ["MO", "TH"].']]);
  });

  it('every_n_weeks outside 2..12 weeks', () => {
    const base = { ...daily, type: 'every_n_weeks', weekdays: ['MO'] };
    expect(problems(base)).toEqual([['interval', 'Choose how many weeks apart (2 to 12).']]);
    expect(problems({ ...base, interval: 1 })).toEqual([['interval', 'Repeat every 2 to 12 weeks; for every week choose "weekly".']]);
    expect(problems({ ...base, interval: 13 })).toEqual([['interval', 'Repeat every 2 to 12 weeks.']]);
    expect(problems({ ...base, interval: 2.5 })).toEqual([['interval', 'Repeat every 2 to 12 weeks (a whole number).']]);
    expect(problems({ ...base, interval: '2' })).toEqual([['interval', 'Repeat every 2 to 12 weeks (a whole number).']]);
  });

  it('monthly without a valid day of the month', () => {
    const base = { ...daily, type: 'monthly' };
    expect(problems(base)).toEqual([['dayOfMonth', 'Choose a day of the month from 1 to 31.']]);
    for (const dayOfMonth of [0, 32, 1.5]) {
      expect(problems({ ...base, dayOfMonth })).toEqual([['dayOfMonth', 'Choose a day of the month from 1 to 31.']]);
    }
  });

  it('fields that belong to another kind of schedule, or typos', () => {
    expect(problems({ ...daily, weekdays: ['MO'] })).toEqual([['', 'weekdays is not part of a daily schedule.']]);
    expect(problems({ ...daily, type: 'weekly', weekday: ['MO'], weekdays: ['MO'] })).toEqual([['', 'weekday is not part of a weekly schedule.']]);
    expect(problems({ type: 'once', at: '2026-12-01T07:30', timeZone: 'UTC', endDate: '2026-12-02', interval: 2 })).toEqual([
      ['', 'endDate, interval are not part of a one-off schedule.'],
    ]);
  });

  it('an end before the start, and a range with no occurrence', () => {
    expect(problems({ ...daily, endDate: '2026-11-30' })).toEqual([['endDate', "The end date can't be before the start date."]]);
    // Tuesday 1 Dec to Wednesday 2 Dec 2026 holds no Monday.
    expect(problems({ ...daily, type: 'weekly', weekdays: ['MO'], endDate: '2026-12-02' })).toEqual([
      ['endDate', 'This schedule has no occurrence between its start and end dates.'],
    ]);
    expect(problems({ ...daily, type: 'weekly', weekdays: ['MO', 'WE'], endDate: '2026-12-02' })).toEqual([]);
  });
});

describe('quietHoursSchema', () => {
  it('accepts a window, including one across midnight', () => {
    expect(quietHoursSchema.parse({ start: '22:00', end: '07:00', timeZone: 'Europe/Warsaw' })).toEqual({
      start: '22:00',
      end: '07:00',
      timeZone: 'Europe/Warsaw',
    });
  });

  it('rejects equal start and end, bad times and stray fields', () => {
    const issues = (input: unknown) => quietHoursSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ start: '22:00', end: '22:00', timeZone: 'UTC' })).toEqual([['end', 'Quiet hours need different start and end times.']]);
    expect(issues({ start: '10pm', end: '07:00', timeZone: 'UTC' })).toEqual([['start', 'Use a 24-hour time like 07:30 (HH:mm).']]);
    expect(issues({ start: '22:00', end: '07:00', timeZone: 'UTC', days: [] })).toEqual([['', 'days is not part of quiet hours.']]);
  });
});
