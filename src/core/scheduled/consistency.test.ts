import { describe, expect, it } from 'vitest';
import type { Schedule } from '../schedules/index.js';
import {
  consistencyByWeek,
  nextPlanOccurrence,
  occurrencesToMark,
  sumWeeks,
  totals,
  type MarkRecord,
} from './index.js';

const at = (iso: string): Date => new Date(iso);
const WARSAW = 'Europe/Warsaw';
const NY = 'America/New_York';

// Friday 19:00 in Warsaw, from Monday 2 Feb 2026.
const fridays: Schedule = { type: 'weekly', time: '19:00', timeZone: WARSAW, startDate: '2026-02-02', weekdays: ['FR'] };

describe('consistencyByWeek', () => {
  it('gives 12 ISO weeks, oldest first, counting kept, missed and not marked', () => {
    const marks: MarkRecord[] = [
      { occurrence: '2026-02-06', status: 'kept' },
      { occurrence: '2026-02-13', status: 'missed' },
      { occurrence: '2026-02-20', status: 'kept' },
    ];
    // Saturday 28 Feb 2026, noon in Warsaw: four Fridays are past (6, 13, 20, 27 Feb).
    const weeks = consistencyByWeek([fridays], marks, at('2026-02-28T11:00:00Z'), WARSAW);
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)?.weekKey).toBe('2026-W09');
    expect(weeks.at(-1)?.startDate).toBe('2026-02-23');
    const byKey = Object.fromEntries(weeks.map((w) => [w.weekKey, [w.kept, w.missed, w.notMarked, w.upcoming]]));
    expect(byKey['2026-W06']).toEqual([1, 0, 0, 0]);
    expect(byKey['2026-W07']).toEqual([0, 1, 0, 0]);
    expect(byKey['2026-W08']).toEqual([1, 0, 0, 0]);
    // Unmarked is not missed.
    expect(byKey['2026-W09']).toEqual([0, 0, 1, 0]);
    // Before the start: nothing at all.
    expect(byKey['2026-W05']).toEqual([0, 0, 0, 0]);
    expect(totals(weeks)).toEqual({ kept: 2, missed: 1, notMarked: 1, upcoming: 0 });
  });

  it('counts this week’s later occurrences as upcoming, not as not marked', () => {
    const w = consistencyByWeek([fridays], [], at('2026-02-27T17:59:00Z'), WARSAW, 1); // 18:59 Friday
    expect(w).toEqual([{ weekKey: '2026-W09', startDate: '2026-02-23', kept: 0, missed: 0, notMarked: 0, upcoming: 1 }]);
    const after = consistencyByWeek([fridays], [], at('2026-02-27T18:00:00Z'), WARSAW, 1); // 19:00 sharp: due
    expect(after[0]?.notMarked).toBe(1);
  });

  it('an occurrence marked kept early (later today) counts as kept', () => {
    const w = consistencyByWeek([fridays], [{ occurrence: '2026-02-27', status: 'kept' }], at('2026-02-27T10:00:00Z'), WARSAW, 1);
    expect(w[0]).toMatchObject({ kept: 1, upcoming: 0 });
  });

  it('the last mark for an occurrence wins (a re-mark)', () => {
    const marks: MarkRecord[] = [
      { occurrence: '2026-02-06', status: 'missed' },
      { occurrence: '2026-02-06', status: 'kept' },
    ];
    const w = consistencyByWeek([fridays], marks, at('2026-02-08T10:00:00Z'), WARSAW, 1);
    expect(w[0]).toMatchObject({ kept: 1, missed: 0 });
  });

  it('keeps the week of a Sunday-night occurrence across the spring-forward week in Warsaw', () => {
    // DST starts in Warsaw on Sunday 29 Mar 2026 (02:00 → 03:00); a daily 02:30 moves to 03:30.
    const daily: Schedule = { type: 'daily', time: '02:30', timeZone: WARSAW, startDate: '2026-03-23' };
    const w = consistencyByWeek([daily], [], at('2026-03-30T12:00:00Z'), WARSAW, 2);
    expect(w.map((x) => [x.weekKey, x.notMarked])).toEqual([
      ['2026-W13', 7],
      ['2026-W14', 1],
    ]);
  });

  it('counts a late-Sunday occurrence in its own week across New York’s fall-back', () => {
    // Clocks go back in New York on Sunday 1 Nov 2026; 23:30 that Sunday is still week 44.
    const sundays: Schedule = { type: 'weekly', time: '23:30', timeZone: NY, startDate: '2026-10-01', weekdays: ['SU'] };
    const marks: MarkRecord[] = [{ occurrence: '2026-11-01', status: 'kept' }];
    const w = consistencyByWeek([sundays], marks, at('2026-11-02T12:00:00Z'), NY, 3);
    expect(w.map((x) => [x.weekKey, x.kept, x.notMarked])).toEqual([
      ['2026-W43', 0, 1],
      ['2026-W44', 1, 0],
      ['2026-W45', 0, 0],
    ]);
    // 01:30 on the fall-back night happens once, not twice.
    const night: Schedule = { type: 'daily', time: '01:30', timeZone: NY, startDate: '2026-10-26' };
    const nights = consistencyByWeek([night], [], at('2026-11-02T12:00:00Z'), NY, 2);
    expect(nights.map((x) => x.notMarked)).toEqual([7, 1]);
  });

  it('reads history from every segment after an edit', () => {
    // Fridays until 15 Feb, then Mondays and Thursdays from 16 Feb.
    const before: Schedule = { ...fridays, endDate: '2026-02-15' };
    const after: Schedule = { ...fridays, startDate: '2026-02-16', weekdays: ['MO', 'TH'] };
    const marks: MarkRecord[] = [
      { occurrence: '2026-02-06', status: 'kept' },
      { occurrence: '2026-02-13', status: 'kept' },
      { occurrence: '2026-02-16', status: 'kept' },
      { occurrence: '2026-02-19', status: 'missed' },
    ];
    const w = consistencyByWeek([before, after], marks, at('2026-02-22T12:00:00Z'), WARSAW, 3);
    expect(w.map((x) => [x.weekKey, x.kept, x.missed, x.notMarked])).toEqual([
      ['2026-W06', 1, 0, 0],
      ['2026-W07', 1, 0, 0],
      ['2026-W08', 1, 1, 0],
    ]);
  });

  it('counts a monthly “last day” in the right week, February included', () => {
    const monthly: Schedule = { type: 'monthly', time: '09:00', timeZone: WARSAW, startDate: '2026-01-01', dayOfMonth: 31 };
    const w = consistencyByWeek([monthly], [{ occurrence: '2026-02-28', status: 'kept' }], at('2026-03-31T12:00:00Z'), WARSAW, 12);
    const found = w.filter((x) => x.kept + x.missed + x.notMarked > 0).map((x) => [x.weekKey, x.kept, x.notMarked]);
    expect(found).toEqual([
      ['2026-W05', 0, 1], // Sat 31 Jan
      ['2026-W09', 1, 0], // Sat 28 Feb, the last day
      ['2026-W14', 0, 1], // Tue 31 Mar, 09:00 already past
    ]);
  });

  it('gives an empty list for zero weeks', () => {
    expect(consistencyByWeek([fridays], [], at('2026-02-28T11:00:00Z'), WARSAW, 0)).toEqual([]);
  });
});

describe('sumWeeks', () => {
  it('adds commitments together week by week', () => {
    const now = at('2026-02-28T11:00:00Z');
    const daily: Schedule = { type: 'daily', time: '08:00', timeZone: WARSAW, startDate: '2026-02-23' };
    const a = consistencyByWeek([fridays], [{ occurrence: '2026-02-27', status: 'kept' }], now, WARSAW, 2);
    const b = consistencyByWeek([daily], [{ occurrence: '2026-02-23', status: 'missed' }], now, WARSAW, 2);
    const sum = sumWeeks([a, b], now, WARSAW, 2);
    expect(sum.map((x) => [x.weekKey, x.kept, x.missed, x.notMarked, x.upcoming])).toEqual([
      ['2026-W08', 0, 0, 1, 0],
      ['2026-W09', 1, 1, 5, 1], // Mon missed; Tue–Fri and Sat 08:00 not marked; Sun ahead
    ]);
    expect(sumWeeks([], now, WARSAW, 1)).toEqual([{ weekKey: '2026-W09', startDate: '2026-02-23', kept: 0, missed: 0, notMarked: 0, upcoming: 0 }]);
  });
});

describe('occurrencesToMark', () => {
  it('lists the last 14 days newest first, today’s later one included, with marks', () => {
    const list = occurrencesToMark([fridays], [{ occurrence: '2026-02-20', status: 'kept' }], at('2026-02-27T10:00:00Z'), WARSAW);
    expect(list.map((o) => [o.key, o.mark, o.upcoming])).toEqual([
      ['2026-02-27', null, true],
      ['2026-02-20', 'kept', false],
    ]);
    // 14 days back from 27 Feb is 14 Feb: the 13th is too old to mark here.
    expect(list.some((o) => o.key === '2026-02-13')).toBe(false);
  });

  it('includes a one-off from earlier today', () => {
    const once: Schedule = { type: 'once', at: '2026-02-27T08:00', timeZone: WARSAW };
    const list = occurrencesToMark([once], [], at('2026-02-27T10:00:00Z'), WARSAW);
    expect(list.map((o) => [o.key, o.localTime, o.upcoming])).toEqual([['2026-02-27', '08:00', false]]);
    expect(occurrencesToMark([once], [], at('2026-03-20T10:00:00Z'), WARSAW)).toEqual([]);
  });
});

describe('nextPlanOccurrence', () => {
  it('finds the next time still ahead, in any segment', () => {
    expect(nextPlanOccurrence([fridays], at('2026-02-27T18:30:00Z'), WARSAW)?.key).toBe('2026-03-06');
    const ended: Schedule = { ...fridays, endDate: '2026-02-20' };
    expect(nextPlanOccurrence([ended], at('2026-02-27T10:00:00Z'), WARSAW)).toBeNull();
  });
});
