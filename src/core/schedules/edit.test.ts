import { describe, expect, it } from 'vitest';
import { editFromDate, endScheduleBefore, occurrencesOnDates, type Schedule } from './index.js';

const weekly: Schedule = { type: 'weekly', time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-11-02', weekdays: ['MO', 'TH'] };

describe('editFromDate', () => {
  it('ends the old schedule the day before and starts the new one on the day', () => {
    const next: Schedule = { type: 'daily', time: '21:00', timeZone: 'Europe/Warsaw', startDate: '2026-11-01' };
    const { before, after } = editFromDate(weekly, next, '2026-11-19');
    expect(before).toEqual({ ...weekly, endDate: '2026-11-18' });
    expect(after).toEqual({ ...next, startDate: '2026-11-19' });

    // History stays: the old occurrences (and their keys) are unchanged; no key is shared.
    const old = occurrencesOnDates(weekly, '2026-11-01', '2026-11-18');
    expect(occurrencesOnDates(before!, '2026-11-01', '2026-12-31')).toEqual(old);
    expect(old.map((o) => o.key)).toEqual(['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12', '2026-11-16']);
    const fresh = occurrencesOnDates(after, '2026-11-01', '2026-11-22');
    expect(fresh.map((o) => o.key)).toEqual(['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
  });

  it('keeps an earlier end date of the old schedule, and a later start of the new one', () => {
    const ending: Schedule = { ...weekly, endDate: '2026-11-10' };
    const next: Schedule = { ...weekly, startDate: '2026-12-07', weekdays: ['FR'] };
    const { before, after } = editFromDate(ending, next, '2026-11-19');
    expect(before).toEqual(ending);
    expect(after).toEqual(next);
  });

  it('drops the old schedule when none of it happened before the change', () => {
    expect(editFromDate(weekly, weekly, '2026-11-02').before).toBeNull(); // effective on the start date
    expect(editFromDate(weekly, weekly, '2026-10-01').before).toBeNull();
    // Starts Tuesday 3 Nov; an edit on Wednesday 4 Nov leaves no Monday or Thursday behind.
    const tue: Schedule = { ...weekly, startDate: '2026-11-03' };
    expect(editFromDate(tue, weekly, '2026-11-04').before).toBeNull();
  });

  it('handles one-offs on either side', () => {
    const once: Schedule = { type: 'once', at: '2026-11-10T07:30', timeZone: 'Europe/Warsaw' };
    expect(editFromDate(once, weekly, '2026-11-11').before).toEqual(once); // already happened: history
    expect(editFromDate(once, weekly, '2026-11-10').before).toBeNull();
    const moved: Schedule = { ...once, at: '2026-11-12T08:00' };
    expect(editFromDate(once, moved, '2026-11-10')).toEqual({ before: null, after: moved });
    expect(() => editFromDate(once, moved, '2026-11-13')).toThrow('The new time is before the day the change takes effect.');
  });

  it('refuses a new schedule that would never happen, or a bad date', () => {
    expect(() => editFromDate(weekly, { ...weekly, endDate: '2026-11-18' }, '2026-11-19')).toThrow(
      'The new schedule ends before the day the change takes effect.',
    );
    // From Tuesday 17 Nov to Wednesday 18 Nov there is no Monday or Thursday.
    expect(() => editFromDate(weekly, { ...weekly, endDate: '2026-11-18' }, '2026-11-17')).toThrow(
      'The new schedule has no occurrence on or after the day the change takes effect.',
    );
    expect(() => editFromDate(weekly, weekly, '19/11/2026')).toThrow(RangeError);
  });
});

describe('endScheduleBefore', () => {
  it('ends a schedule (for "end" and "pause")', () => {
    expect(endScheduleBefore(weekly, '2026-12-01')).toEqual({ ...weekly, endDate: '2026-11-30' });
    expect(endScheduleBefore(weekly, '2026-11-02')).toBeNull();
  });
});
