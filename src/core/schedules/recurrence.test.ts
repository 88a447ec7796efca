import { describe, expect, it } from 'vitest';
import {
  firstOccurrence,
  hasOccurrences,
  lastOccurrence,
  nextOccurrence,
  occurrences,
  occurrencesOnDates,
  weekdayOf,
  type Occurrence,
  type Schedule,
} from './index.js';

const at = (iso: string): Date => new Date(iso);
const instants = (list: Occurrence[]): string[] => list.map((o) => o.utc.toISOString());
const dates = (list: Occurrence[]): string[] => list.map((o) => o.localDate);
const DAY = 86_400_000;

// Local midnight of 1 Jan, as UTC, for the zones used in the full-year counts.
const WARSAW_2026 = [at('2025-12-31T23:00:00Z'), at('2026-12-31T23:00:00Z')] as const;
const NEW_YORK_2026 = [at('2026-01-01T05:00:00Z'), at('2027-01-01T05:00:00Z')] as const;

describe('daylight-saving changes keep the wall-clock time', () => {
  it('Europe/Warsaw, spring forward (29 Mar 2026): 07:30 stays 07:30, UTC moves an hour earlier', () => {
    const s: Schedule = { type: 'daily', time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-03-27' };
    const list = occurrences(s, at('2026-03-27T00:00:00Z'), at('2026-04-01T00:00:00Z'));
    expect(instants(list)).toEqual([
      '2026-03-27T06:30:00.000Z', // CET, UTC+1
      '2026-03-28T06:30:00.000Z',
      '2026-03-29T05:30:00.000Z', // CEST, UTC+2, from the night of the change
      '2026-03-30T05:30:00.000Z',
      '2026-03-31T05:30:00.000Z',
    ]);
    expect(list.map((o) => o.localTime)).toEqual(['07:30', '07:30', '07:30', '07:30', '07:30']);
    expect(dates(list)).toEqual(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
    expect(list.map((o) => o.key)).toEqual(dates(list));
  });

  it('Europe/Warsaw, fall back (25 Oct 2026): UTC moves an hour later', () => {
    const s: Schedule = { type: 'daily', time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-01-01' };
    expect(instants(occurrences(s, at('2026-10-23T00:00:00Z'), at('2026-10-28T00:00:00Z')))).toEqual([
      '2026-10-23T05:30:00.000Z',
      '2026-10-24T05:30:00.000Z',
      '2026-10-25T06:30:00.000Z',
      '2026-10-26T06:30:00.000Z',
      '2026-10-27T06:30:00.000Z',
    ]);
  });

  it('America/New_York, spring forward (8 Mar 2026) and fall back (1 Nov 2026)', () => {
    const s: Schedule = { type: 'daily', time: '07:30', timeZone: 'America/New_York', startDate: '2026-01-01' };
    expect(instants(occurrences(s, at('2026-03-06T00:00:00Z'), at('2026-03-11T00:00:00Z')))).toEqual([
      '2026-03-06T12:30:00.000Z', // EST, UTC-5
      '2026-03-07T12:30:00.000Z',
      '2026-03-08T11:30:00.000Z', // EDT, UTC-4
      '2026-03-09T11:30:00.000Z',
      '2026-03-10T11:30:00.000Z',
    ]);
    expect(instants(occurrences(s, at('2026-10-30T00:00:00Z'), at('2026-11-04T00:00:00Z')))).toEqual([
      '2026-10-30T11:30:00.000Z',
      '2026-10-31T11:30:00.000Z',
      '2026-11-01T12:30:00.000Z',
      '2026-11-02T12:30:00.000Z',
      '2026-11-03T12:30:00.000Z',
    ]);
  });

  it('weekly Friday 19:00 in New York moves in UTC at both changes', () => {
    const s: Schedule = { type: 'weekly', time: '19:00', timeZone: 'America/New_York', startDate: '2026-02-27', weekdays: ['FR'] };
    expect(instants(occurrences(s, at('2026-02-27T00:00:00Z'), at('2026-03-21T00:00:00Z')))).toEqual([
      '2026-02-28T00:00:00.000Z', // Fri 27 Feb 19:00 EST is Saturday in UTC
      '2026-03-07T00:00:00.000Z',
      '2026-03-13T23:00:00.000Z', // EDT
      '2026-03-20T23:00:00.000Z',
    ]);
    expect(instants(occurrences(s, at('2026-10-23T00:00:00Z'), at('2026-11-07T12:00:00Z')))).toEqual([
      '2026-10-23T23:00:00.000Z',
      '2026-10-30T23:00:00.000Z',
      '2026-11-07T00:00:00.000Z', // Fri 6 Nov 19:00 EST again
    ]);
  });

  it('the southern hemisphere changes the other way (Australia/Sydney, April and October)', () => {
    const s: Schedule = { type: 'daily', time: '08:00', timeZone: 'Australia/Sydney', startDate: '2026-01-01' };
    // DST (UTC+11) ends 5 Apr 2026 03:00 → 02:00; starts 4 Oct 2026 02:00 → 03:00.
    expect(instants(occurrences(s, at('2026-04-03T12:00:00Z'), at('2026-04-06T12:00:00Z')))).toEqual([
      '2026-04-03T21:00:00.000Z', // 4 Apr 08:00 AEDT
      '2026-04-04T22:00:00.000Z', // 5 Apr 08:00 AEST
      '2026-04-05T22:00:00.000Z',
    ]);
    expect(instants(occurrences(s, at('2026-10-02T12:00:00Z'), at('2026-10-05T12:00:00Z')))).toEqual([
      '2026-10-02T22:00:00.000Z',
      '2026-10-03T21:00:00.000Z', // 4 Oct 08:00 AEDT
      '2026-10-04T21:00:00.000Z',
    ]);
  });

  it('does not depend on the machine’s own time zone (rrule’s classic pitfall)', () => {
    const s: Schedule = { type: 'weekly', time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-01-01', weekdays: ['MO', 'TH'] };
    const expected = instants(occurrences(s, ...WARSAW_2026));
    const original = process.env.TZ;
    try {
      for (const tz of ['Asia/Kolkata', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(new Date(2026, 0, 1).getTimezoneOffset(), `TZ=${tz} took effect`).not.toBe(0);
        expect(instants(occurrences(s, ...WARSAW_2026))).toEqual(expected);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe('times that do not exist or happen twice', () => {
  it('a time inside the spring-forward gap moves forward by the gap (RFC 5545): Warsaw 02:30 → 03:30 CEST', () => {
    const s: Schedule = { type: 'daily', time: '02:30', timeZone: 'Europe/Warsaw', startDate: '2026-03-28', endDate: '2026-03-30' };
    const list = occurrences(s, at('2026-03-27T00:00:00Z'), at('2026-04-01T00:00:00Z'));
    expect(list).toEqual([
      { localDate: '2026-03-28', localTime: '02:30', utc: at('2026-03-28T01:30:00Z'), key: '2026-03-28' },
      { localDate: '2026-03-29', localTime: '03:30', utc: at('2026-03-29T01:30:00Z'), key: '2026-03-29' },
      { localDate: '2026-03-30', localTime: '02:30', utc: at('2026-03-30T00:30:00Z'), key: '2026-03-30' },
    ]);
  });

  it('New York 02:30 on 8 Mar 2026 → 03:30 EDT', () => {
    const s: Schedule = { type: 'once', at: '2026-03-08T02:30', timeZone: 'America/New_York' };
    expect(firstOccurrence(s)).toEqual({ localDate: '2026-03-08', localTime: '03:30', utc: at('2026-03-08T07:30:00Z'), key: '2026-03-08' });
  });

  it('a half-hour DST gap (Australia/Lord_Howe, 4 Oct 2026, 02:00 → 02:30): 02:15 → 02:45', () => {
    const s: Schedule = { type: 'once', at: '2026-10-04T02:15', timeZone: 'Australia/Lord_Howe' };
    expect(firstOccurrence(s)).toEqual({ localDate: '2026-10-04', localTime: '02:45', utc: at('2026-10-03T15:45:00Z'), key: '2026-10-04' });
  });

  it('an ambiguous fall-back time takes its first instance, once: Warsaw 02:30 on 25 Oct 2026 is 02:30 CEST', () => {
    const s: Schedule = { type: 'daily', time: '02:30', timeZone: 'Europe/Warsaw', startDate: '2026-10-24', endDate: '2026-10-26' };
    const list = occurrences(s, at('2026-10-23T00:00:00Z'), at('2026-10-27T00:00:00Z'));
    expect(instants(list)).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z', // first 02:30 (UTC+2); the second would be 01:30Z
      '2026-10-26T01:30:00.000Z',
    ]);
    expect(list.map((o) => o.localTime)).toEqual(['02:30', '02:30', '02:30']);
  });

  it('New York 01:30 on 1 Nov 2026 is 01:30 EDT, not EST', () => {
    const s: Schedule = { type: 'once', at: '2026-11-01T01:30', timeZone: 'America/New_York' };
    expect(firstOccurrence(s)?.utc).toEqual(at('2026-11-01T05:30:00Z'));
    // And a window holding only the second 01:30 (06:30Z) finds nothing.
    expect(occurrences(s, at('2026-11-01T06:00:00Z'), at('2026-11-01T07:00:00Z'))).toEqual([]);
  });
});

describe('a full year of occurrences', () => {
  it('daily: 365 in 2026 and 366 in leap 2028', () => {
    const s: Schedule = { type: 'daily', time: '21:00', timeZone: 'Europe/Warsaw', startDate: '2020-01-01' };
    const y2026 = occurrences(s, ...WARSAW_2026);
    expect(y2026).toHaveLength(365);
    expect(y2026[0]?.localDate).toBe('2026-01-01');
    expect(y2026.at(-1)?.localDate).toBe('2026-12-31');
    expect(new Set(y2026.map((o) => o.key)).size).toBe(365);
    expect(y2026.every((o) => o.localTime === '21:00')).toBe(true);
    expect(occurrences(s, at('2027-12-31T23:00:00Z'), at('2028-12-31T23:00:00Z'))).toHaveLength(366);
    expect(occurrencesOnDates(s, '2028-02-28', '2028-03-01').map((o) => o.localDate)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
  });

  it('weekly on two days: 104 on Tuesdays and Fridays; 105 on Mondays and Thursdays (2026 starts on a Thursday)', () => {
    const tf: Schedule = { type: 'weekly', time: '07:30', timeZone: 'America/New_York', startDate: '2025-06-01', weekdays: ['FR', 'TU'] };
    const list = occurrences(tf, ...NEW_YORK_2026);
    expect(list).toHaveLength(104);
    expect(list.every((o) => ['TU', 'FR'].includes(weekdayOf(o.localDate)))).toBe(true);
    expect(dates(list.slice(0, 3))).toEqual(['2026-01-02', '2026-01-06', '2026-01-09']);
    const mt: Schedule = { ...tf, weekdays: ['MO', 'TH'] };
    expect(occurrences(mt, ...NEW_YORK_2026)).toHaveLength(105);
  });

  it('monthly on the 31st: 12, on each month’s last day', () => {
    const s: Schedule = { type: 'monthly', time: '09:00', timeZone: 'Europe/Warsaw', startDate: '2026-01-01', dayOfMonth: 31 };
    expect(dates(occurrences(s, ...WARSAW_2026))).toEqual([
      '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30',
      '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-31',
    ]);
  });

  it('monthly on the 30th and 29th use February’s last day, including 29 Feb in a leap year', () => {
    const on30: Schedule = { type: 'monthly', time: '09:00', timeZone: 'UTC', startDate: '2027-12-01', dayOfMonth: 30 };
    expect(dates(occurrencesOnDates(on30, '2028-01-01', '2028-04-30'))).toEqual(['2028-01-30', '2028-02-29', '2028-03-30', '2028-04-30']);
    const on29: Schedule = { ...on30, startDate: '2027-01-01', dayOfMonth: 29 };
    expect(dates(occurrencesOnDates(on29, '2027-01-01', '2027-03-31'))).toEqual(['2027-01-29', '2027-02-28', '2027-03-29']);
    expect(dates(occurrencesOnDates(on29, '2028-02-01', '2028-02-29'))).toEqual(['2028-02-29']);
    const on15: Schedule = { ...on30, startDate: '2026-01-01', dayOfMonth: 15 };
    expect(dates(occurrencesOnDates(on15, '2026-01-01', '2026-12-31'))).toHaveLength(12);
  });

  it('monthly starting after this month’s day begins next month', () => {
    const s: Schedule = { type: 'monthly', time: '09:00', timeZone: 'UTC', startDate: '2026-01-20', dayOfMonth: 15 };
    expect(firstOccurrence(s)?.localDate).toBe('2026-02-15');
  });

  it('every 2 weeks on Monday: 26 in 2026, 14 days apart, and the cycle runs on through ISO week 53', () => {
    const s: Schedule = { type: 'every_n_weeks', interval: 2, time: '18:00', timeZone: 'America/New_York', startDate: '2026-01-05', weekdays: ['MO'] };
    const list = occurrences(s, ...NEW_YORK_2026);
    expect(list).toHaveLength(26);
    expect(list[0]?.localDate).toBe('2026-01-05');
    expect(list.at(-1)?.localDate).toBe('2026-12-21');
    for (let i = 1; i < list.length; i++) {
      const gap = Date.parse(list[i]!.localDate) - Date.parse(list[i - 1]!.localDate);
      expect(gap).toBe(14 * DAY);
    }
    expect(nextOccurrence(s, list.at(-1)!.utc)?.localDate).toBe('2027-01-04');
  });

  it('every 2 weeks on two days: the week of the first chosen day on or after the start is week one', () => {
    // Starts Friday 4 Dec 2026: no Monday or Thursday left that week, so week one is 7–13 Dec.
    const s: Schedule = { type: 'every_n_weeks', interval: 2, time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-12-04', weekdays: ['TH', 'MO'] };
    expect(dates(occurrencesOnDates(s, '2026-12-01', '2027-01-20'))).toEqual([
      '2026-12-07', '2026-12-10', '2026-12-21', '2026-12-24', '2027-01-04', '2027-01-07', '2027-01-18',
    ]);
    // Starting on a Tuesday, that week's Thursday is the first occurrence and its Monday is skipped.
    const tue: Schedule = { ...s, startDate: '2026-12-08' };
    expect(dates(occurrencesOnDates(tue, '2026-12-01', '2026-12-31'))).toEqual(['2026-12-10', '2026-12-21', '2026-12-24']);
  });

  it('every 3 weeks keeps a 21-day rhythm over a year', () => {
    const s: Schedule = { type: 'every_n_weeks', interval: 3, time: '10:00', timeZone: 'Europe/Warsaw', startDate: '2026-01-03', weekdays: ['SA'] };
    const list = occurrences(s, ...WARSAW_2026);
    expect(list).toHaveLength(18); // 3 Jan + 21k up to 26 Dec
    expect(list.at(-1)?.localDate).toBe('2026-12-26');
  });

  it('consecutive windows add up to the whole: no occurrence lost or doubled at window edges', () => {
    const s: Schedule = { type: 'weekly', time: '23:45', timeZone: 'Pacific/Kiritimati', startDate: '2026-01-01', weekdays: ['MO', 'WE', 'SU'] };
    const from = at('2026-01-01T00:00:00Z').getTime();
    const to = at('2027-01-01T00:00:00Z').getTime();
    const whole = instants(occurrences(s, new Date(from), new Date(to)));
    const pieces: string[] = [];
    let cursor = from;
    let step = 1;
    while (cursor < to) {
      const end = Math.min(to, cursor + ((step * 7_919_000) % (9 * DAY)) + 3_600_000);
      pieces.push(...instants(occurrences(s, new Date(cursor), new Date(end))));
      cursor = end;
      step++;
    }
    expect(pieces).toEqual(whole);
    expect(whole.length).toBeGreaterThan(150);
  });
});

describe('windows, end dates and one-offs', () => {
  const daily: Schedule = { type: 'daily', time: '21:00', timeZone: 'Europe/Warsaw', startDate: '2026-01-01', endDate: '2026-01-10' };

  it('the window is [from, to): an occurrence exactly at `from` is in, exactly at `to` is out', () => {
    const first = at('2026-01-01T20:00:00Z');
    const second = at('2026-01-02T20:00:00Z');
    expect(instants(occurrences(daily, first, second))).toEqual(['2026-01-01T20:00:00.000Z']);
    expect(occurrences(daily, second, second)).toEqual([]);
    expect(occurrences(daily, second, first)).toEqual([]);
  });

  it('respects the end date (inclusive) and the start date', () => {
    const list = occurrences(daily, at('2025-06-01T00:00:00Z'), at('2027-01-01T00:00:00Z'));
    expect(list).toHaveLength(10);
    expect(list[0]?.localDate).toBe('2026-01-01');
    expect(list.at(-1)?.localDate).toBe('2026-01-10');
    expect(lastOccurrence(daily)?.utc).toEqual(at('2026-01-10T20:00:00Z'));
    expect(nextOccurrence(daily, at('2026-01-10T20:00:00Z'))).toBeNull();
  });

  it('an end date on a day with no occurrence ends at the one before', () => {
    const w: Schedule = { type: 'weekly', time: '07:30', timeZone: 'UTC', startDate: '2026-03-02', endDate: '2026-03-15', weekdays: ['MO', 'TH'] };
    expect(dates(occurrencesOnDates(w, '2026-01-01', '2026-12-31'))).toEqual(['2026-03-02', '2026-03-05', '2026-03-09', '2026-03-12']);
    expect(lastOccurrence(w)?.localDate).toBe('2026-03-12');
  });

  it('an open-ended schedule has no last occurrence', () => {
    expect(lastOccurrence({ ...daily, endDate: undefined })).toBeNull();
  });

  it('a weekly schedule that cannot happen has no occurrences', () => {
    const w: Schedule = { type: 'weekly', time: '07:30', timeZone: 'UTC', startDate: '2026-12-01', endDate: '2026-12-02', weekdays: ['MO'] };
    expect(hasOccurrences(w)).toBe(false);
    expect(firstOccurrence(w)).toBeNull();
    expect(nextOccurrence(w, at('2020-01-01T00:00:00Z'))).toBeNull();
    expect(occurrences(w, at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'))).toEqual([]);
  });

  it('once: one occurrence inside the window, none outside', () => {
    const once: Schedule = { type: 'once', at: '2026-12-01T07:30', timeZone: 'Europe/Warsaw' };
    const expected = { localDate: '2026-12-01', localTime: '07:30', utc: at('2026-12-01T06:30:00Z'), key: '2026-12-01' };
    expect(occurrences(once, at('2026-12-01T00:00:00Z'), at('2026-12-02T00:00:00Z'))).toEqual([expected]);
    expect(occurrences(once, at('2026-12-01T06:30:00.001Z'), at('2026-12-02T00:00:00Z'))).toEqual([]);
    expect(occurrences(once, at('2026-11-01T00:00:00Z'), at('2026-12-01T06:30:00Z'))).toEqual([]);
    expect(nextOccurrence(once, at('2026-12-01T06:29:59Z'))).toEqual(expected);
    expect(nextOccurrence(once, at('2026-12-01T06:30:00Z'))).toBeNull();
    expect(lastOccurrence(once)).toEqual(expected);
  });

  it('rejects invalid instants and unknown zones', () => {
    expect(() => occurrences(daily, new Date(Number.NaN), at('2026-01-01T00:00:00Z'))).toThrow(RangeError);
    expect(() => nextOccurrence(daily, new Date('nope'))).toThrow('afterUtc is not a valid date.');
    expect(() => occurrences({ ...daily, timeZone: 'Mars/Olympus' }, at('2026-01-01T00:00:00Z'), at('2026-02-01T00:00:00Z'))).toThrow(
      'Unknown time zone: Mars/Olympus',
    );
  });
});

describe('nextOccurrence', () => {
  const s: Schedule = { type: 'weekly', time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-03-01', weekdays: ['MO'] };

  it('is strictly after the given instant', () => {
    const monday = at('2026-03-23T06:30:00Z');
    expect(nextOccurrence(s, at('2026-03-23T06:29:59.999Z'))?.utc).toEqual(monday);
    expect(nextOccurrence(s, monday)?.utc).toEqual(at('2026-03-30T05:30:00Z')); // after the change, CEST
  });

  it('before the start gives the first occurrence', () => {
    expect(nextOccurrence(s, at('2020-01-01T00:00:00Z'))).toEqual({
      localDate: '2026-03-02',
      localTime: '07:30',
      utc: at('2026-03-02T06:30:00Z'),
      key: '2026-03-02',
    });
  });

  it('agrees with occurrences() for every instant of a DST week, at minute steps around each occurrence', () => {
    const d: Schedule = { type: 'daily', time: '02:30', timeZone: 'America/New_York', startDate: '2026-10-28' };
    const list = occurrences(d, at('2026-10-28T00:00:00Z'), at('2026-11-06T00:00:00Z'));
    for (let i = 0; i + 1 < list.length; i++) {
      const o = list[i]!;
      for (const delta of [-60_000, 0, 60_000]) {
        const probe = new Date(o.utc.getTime() + delta);
        expect(nextOccurrence(d, probe)?.utc).toEqual(delta < 0 ? o.utc : list[i + 1]!.utc);
      }
    }
  });
});
