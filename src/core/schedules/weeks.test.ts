import { describe, expect, it } from 'vitest';
import { lastNWeeks, occurrencesOnDates, weekBounds, weekKey, weekKeyOfDate, type Schedule } from './index.js';

const at = (iso: string): Date => new Date(iso);

describe('weekKey', () => {
  it('uses ISO weeks around year boundaries (weeks 52, 53 and 1)', () => {
    expect(weekKeyOfDate('2026-12-27')).toBe('2026-W52'); // Sunday
    expect(weekKeyOfDate('2026-12-28')).toBe('2026-W53'); // 2026 has 53 ISO weeks (starts on a Thursday)
    expect(weekKeyOfDate('2027-01-01')).toBe('2026-W53'); // a Friday in January, still 2026's week 53
    expect(weekKeyOfDate('2027-01-03')).toBe('2026-W53');
    expect(weekKeyOfDate('2027-01-04')).toBe('2027-W01');
    expect(weekKeyOfDate('2024-12-30')).toBe('2025-W01'); // a December Monday in next year's week 1
    expect(weekKeyOfDate('2021-01-03')).toBe('2020-W53');
    expect(weekKeyOfDate('2026-01-01')).toBe('2026-W01');
    expect(weekKeyOfDate('2027-12-31')).toBe('2027-W52');
  });

  it('is taken on the person’s own clock', () => {
    const sundayNightUtc = at('2027-01-03T23:30:00Z');
    expect(weekKey(sundayNightUtc, 'UTC')).toBe('2026-W53');
    expect(weekKey(sundayNightUtc, 'Europe/Warsaw')).toBe('2027-W01'); // already Monday 00:30
    expect(weekKey(sundayNightUtc, 'America/New_York')).toBe('2026-W53'); // Sunday 18:30
    expect(weekKey(at('2027-01-04T04:59:00Z'), 'America/New_York')).toBe('2026-W53'); // Sunday 23:59 EST
    expect(weekKey(at('2027-01-04T05:00:00Z'), 'America/New_York')).toBe('2027-W01');
  });

  it('rejects invalid input', () => {
    expect(() => weekKey(at('nope'), 'UTC')).toThrow(RangeError);
    expect(() => weekKey(at('2027-01-01T00:00:00Z'), 'Nowhere/Land')).toThrow('Unknown time zone: Nowhere/Land');
  });
});

describe('lastNWeeks', () => {
  it('gives n keys ending with the current week, oldest first, through week 53', () => {
    expect(lastNWeeks(at('2027-01-12T10:00:00Z'), 'Europe/Warsaw', 12)).toEqual([
      '2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49',
      '2026-W50', '2026-W51', '2026-W52', '2026-W53', '2027-W01', '2027-W02',
    ]);
  });

  it('depends on the zone at the week’s edge', () => {
    const mondayEarlyInWarsaw = at('2027-01-03T23:30:00Z');
    expect(lastNWeeks(mondayEarlyInWarsaw, 'Europe/Warsaw', 2)).toEqual(['2026-W53', '2027-W01']);
    expect(lastNWeeks(mondayEarlyInWarsaw, 'America/New_York', 2)).toEqual(['2026-W52', '2026-W53']);
  });

  it('n = 1 is this week, n = 0 is none; a bad n throws', () => {
    expect(lastNWeeks(at('2026-06-10T12:00:00Z'), 'UTC', 1)).toEqual(['2026-W24']);
    expect(lastNWeeks(at('2026-06-10T12:00:00Z'), 'UTC', 0)).toEqual([]);
    expect(() => lastNWeeks(at('2026-06-10T12:00:00Z'), 'UTC', -1)).toThrow(RangeError);
    expect(() => lastNWeeks(at('2026-06-10T12:00:00Z'), 'UTC', 2.5)).toThrow(RangeError);
  });
});

describe('weekBounds', () => {
  it('runs Monday 00:00 to the next Monday 00:00 on the local clock', () => {
    expect(weekBounds('2026-W53', 'Europe/Warsaw')).toEqual({
      startDate: '2026-12-28',
      endDate: '2027-01-03',
      startUtc: at('2026-12-27T23:00:00Z'),
      endUtc: at('2027-01-03T23:00:00Z'),
    });
  });

  it('a DST week is an hour shorter or longer', () => {
    const spring = weekBounds('2026-W13', 'Europe/Warsaw'); // 23–29 Mar 2026
    expect(spring.endUtc.getTime() - spring.startUtc.getTime()).toBe(167 * 3_600_000);
    const autumn = weekBounds('2026-W44', 'America/New_York'); // 26 Oct – 1 Nov 2026
    expect(autumn.endUtc.getTime() - autumn.startUtc.getTime()).toBe(169 * 3_600_000);
  });

  it('round-trips every week of 2026 and 2027 and rejects weeks that do not exist', () => {
    for (let d = Date.UTC(2026, 0, 1); d < Date.UTC(2028, 0, 1); d += 7 * 86_400_000) {
      const key = weekKeyOfDate(new Date(d).toISOString().slice(0, 10));
      const bounds = weekBounds(key, 'Asia/Kolkata');
      expect(weekKeyOfDate(bounds.startDate)).toBe(key);
      expect(weekKeyOfDate(bounds.endDate)).toBe(key);
      expect(weekKey(bounds.startUtc, 'Asia/Kolkata')).toBe(key);
      expect(weekKey(new Date(bounds.endUtc.getTime() - 1), 'Asia/Kolkata')).toBe(key);
    }
    expect(() => weekBounds('2027-W53', 'UTC')).toThrow('Not an ISO week: 2027-W53');
    expect(() => weekBounds('2027-W00', 'UTC')).toThrow(RangeError);
    expect(() => weekBounds('2027-1', 'UTC')).toThrow(RangeError);
  });

  it('buckets a schedule’s occurrences by week for a consistency view', () => {
    const s: Schedule = { type: 'weekly', time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-12-01', weekdays: ['MO', 'TH', 'SU'] };
    const weeks = lastNWeeks(at('2027-01-05T12:00:00Z'), s.timeZone, 3);
    const counts = weeks.map((k) => {
      const b = weekBounds(k, s.timeZone);
      return occurrencesOnDates(s, b.startDate, b.endDate).length;
    });
    expect(weeks).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    expect(counts).toEqual([3, 3, 3]);
  });
});
