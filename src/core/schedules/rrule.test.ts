import { describe, expect, it } from 'vitest';
import { lastOccurrence, nextOccurrence, occurrencesOnDates, toRRule, type Schedule } from './index.js';
import { RRule, rrulestr } from '../../shared/schedules/rrule-lib.js';

describe('toRRule', () => {
  it('writes DTSTART with the zone and the first real occurrence, and the RRULE parts', () => {
    expect(toRRule({ type: 'daily', time: '21:00', timeZone: 'Europe/Warsaw', startDate: '2026-12-01' })).toBe(
      'DTSTART;TZID=Europe/Warsaw:20261201T210000\nRRULE:FREQ=DAILY',
    );
    // Starts on a Tuesday: DTSTART is the first Friday, as RFC 5545 counts DTSTART as an occurrence.
    expect(toRRule({ type: 'weekly', time: '19:00', timeZone: 'America/New_York', startDate: '2026-12-01', weekdays: ['FR'] })).toBe(
      'DTSTART;TZID=America/New_York:20261204T190000\nRRULE:FREQ=WEEKLY;BYDAY=FR;WKST=MO',
    );
    expect(
      toRRule({ type: 'every_n_weeks', interval: 2, time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-12-04', weekdays: ['TH', 'MO'] }),
    ).toBe('DTSTART;TZID=Europe/Warsaw:20261207T073000\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=MO');
    expect(toRRule({ type: 'monthly', time: '09:00', timeZone: 'UTC', startDate: '2026-01-01', dayOfMonth: 15 })).toBe(
      'DTSTART;TZID=UTC:20260115T090000\nRRULE:FREQ=MONTHLY;BYMONTHDAY=15',
    );
    expect(toRRule({ type: 'monthly', time: '09:00', timeZone: 'UTC', startDate: '2026-02-01', dayOfMonth: 31 })).toBe(
      'DTSTART;TZID=UTC:20260228T090000\nRRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1',
    );
    expect(toRRule({ type: 'once', at: '2026-12-01T07:30', timeZone: 'Europe/Warsaw' })).toBe(
      'DTSTART;TZID=Europe/Warsaw:20261201T073000\nRRULE:FREQ=DAILY;COUNT=1',
    );
  });

  it('writes UNTIL in UTC, no earlier than the last occurrence on either reading of it', () => {
    // Warsaw is ahead of UTC: the wall value read as UTC (21:00Z) is the later bound.
    expect(toRRule({ type: 'daily', time: '21:00', timeZone: 'Europe/Warsaw', startDate: '2026-12-01', endDate: '2027-01-31' })).toBe(
      'DTSTART;TZID=Europe/Warsaw:20261201T210000\nRRULE:FREQ=DAILY;UNTIL=20270131T210000Z',
    );
    // New York is behind: the real instant of the last occurrence (02:00Z next day) is later.
    expect(toRRule({ type: 'daily', time: '21:00', timeZone: 'America/New_York', startDate: '2026-12-01', endDate: '2027-01-31' })).toBe(
      'DTSTART;TZID=America/New_York:20261201T210000\nRRULE:FREQ=DAILY;UNTIL=20270201T020000Z',
    );
  });

  it('refuses a schedule with no occurrence', () => {
    expect(() => toRRule({ type: 'weekly', time: '07:30', timeZone: 'UTC', startDate: '2026-12-01', endDate: '2026-12-02', weekdays: ['MO'] })).toThrow(
      RangeError,
    );
  });
});

describe('round trip through rrule’s own parser (rrulestr)', () => {
  const cases: [string, Schedule][] = [
    ['daily in Warsaw, ending', { type: 'daily', time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-01-01', endDate: '2026-12-31' }],
    ['weekly in New York, ending', { type: 'weekly', time: '21:15', timeZone: 'America/New_York', startDate: '2026-02-10', endDate: '2027-02-09', weekdays: ['SU', 'WE'] }],
    ['every 3 weeks, far east (UTC+14)', { type: 'every_n_weeks', interval: 3, time: '23:30', timeZone: 'Pacific/Kiritimati', startDate: '2026-01-01', endDate: '2026-12-31', weekdays: ['FR', 'TU', 'SA'] }],
    ['monthly on the 31st, far west (UTC-11)', { type: 'monthly', time: '00:15', timeZone: 'Pacific/Pago_Pago', startDate: '2026-01-01', endDate: '2027-03-30', dayOfMonth: 31 }],
    ['monthly on the 30th, open-ended', { type: 'monthly', time: '12:00', timeZone: 'Europe/Warsaw', startDate: '2027-11-15', dayOfMonth: 30 }],
    ['every 2 weeks, open-ended, starting mid-week', { type: 'every_n_weeks', interval: 2, time: '02:30', timeZone: 'Europe/Warsaw', startDate: '2026-03-04', weekdays: ['MO', 'SU'] }],
  ];

  it.each(cases)('%s: parses back to the same rule and the same wall-clock occurrences', (_name, s) => {
    const text = toRRule(s);
    const parsed = rrulestr(text);
    expect(parsed).toBeInstanceOf(RRule);
    expect(parsed.origOptions.tzid).toBe(s.timeZone);
    expect(parsed.toString()).toContain(`TZID=${s.timeZone}`);

    // rrule expands in floating (wall-clock) time; drop its tzid so it does not re-zone into the
    // machine's zone, and compare wall values with ours over two years.
    const floating = new RRule({ ...parsed.origOptions, tzid: null });
    const theirs = floating
      .between(new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2028, 11, 31)), true)
      .map((d) => d.toISOString().slice(0, 16));
    const ours = occurrencesOnDates(s, '2025-01-01', '2028-12-30').map((o) => `${o.localDate}T${'time' in s ? s.time : ''}`);
    expect(theirs.length).toBeGreaterThan(10);
    expect(theirs).toEqual(ours);
  });

  it('UNTIL, read as RFC 5545 says (UTC instant), keeps the last occurrence and excludes the next', () => {
    for (const [, s] of cases) {
      if (s.type === 'once' || s.endDate === undefined) continue;
      const until = rrulestr(toRRule(s)).origOptions.until!;
      const last = lastOccurrence(s)!;
      const wouldBeNext = nextOccurrence({ ...s, endDate: undefined }, last.utc)!;
      expect(until.getTime()).toBeGreaterThanOrEqual(last.utc.getTime());
      expect(until.getTime()).toBeLessThan(wouldBeNext.utc.getTime());
    }
  });

  it('a one-off parses to exactly one occurrence', () => {
    const parsed = rrulestr(toRRule({ type: 'once', at: '2026-12-01T07:30', timeZone: 'Europe/Warsaw' }));
    const floating = new RRule({ ...parsed.origOptions, tzid: null });
    expect(floating.all()).toEqual([new Date('2026-12-01T07:30:00Z')]);
  });
});
