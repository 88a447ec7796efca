import { describe, expect, it } from 'vitest';
import { firstOccurrenceWallPlain } from './first-occurrence.js';
import { formatWallDate } from './local-time.js';
import { firstOccurrenceWall } from './recurrence.js';
import type { RecurringSchedule, Schedule } from './schema.js';
import { WEEKDAYS, type Weekday } from './weekdays.js';

/** A small seeded generator, so a failure names a schedule that can be run again. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function schedules(count: number, seed: number): RecurringSchedule[] {
  const rand = prng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: RecurringSchedule[] = [];
  for (let i = 0; i < count; i++) {
    // Every day of a few years, leap years and month ends included.
    const startWall = Date.UTC(1970 + Math.floor(rand() * 140), 0, 1) + Math.floor(rand() * 366) * 86_400_000;
    const startDate = formatWallDate(startWall);
    // Most ends are close to the start, where "no occurrence" happens.
    const span = rand() < 0.7 ? Math.floor(rand() * 35) : Math.floor(rand() * 400);
    const endDate = rand() < 0.2 ? undefined : formatWallDate(startWall + span * 86_400_000);
    const time = `${String(Math.floor(rand() * 24)).padStart(2, '0')}:${pick(['00', '15', '30', '59'])}`;
    const base = { time, timeZone: 'Europe/Warsaw', startDate, ...(endDate ? { endDate } : {}) };
    const weekdays = WEEKDAYS.filter(() => rand() < 0.3);
    const days: Weekday[] = weekdays.length > 0 ? weekdays : [pick(WEEKDAYS)];
    switch (pick(['daily', 'weekly', 'every_n_weeks', 'monthly'] as const)) {
      case 'daily':
        out.push({ type: 'daily', ...base });
        break;
      case 'weekly':
        out.push({ type: 'weekly', ...base, weekdays: days });
        break;
      case 'every_n_weeks':
        out.push({ type: 'every_n_weeks', ...base, weekdays: days, interval: 2 + Math.floor(rand() * 11) });
        break;
      case 'monthly':
        out.push({ type: 'monthly', ...base, dayOfMonth: rand() < 0.5 ? 28 + Math.floor(rand() * 4) : 1 + Math.floor(rand() * 31) });
        break;
    }
  }
  return out;
}

describe('first occurrence without rrule', () => {
  it('gives the same first occurrence as the rrule expansion, or none when it has none', () => {
    let none = 0;
    for (const s of schedules(4000, 20261207)) {
      const expected = firstOccurrenceWall(s);
      if (expected === null) none++;
      expect({ s, first: firstOccurrenceWallPlain(s) }).toEqual({ s, first: expected });
    }
    // The generated schedules reach both answers, so the comparison covers "none" too.
    expect(none).toBeGreaterThan(100);
  });

  it('agrees on the edges: month ends, leap days, an end date on the only day', () => {
    const cases: Schedule[] = [
      { type: 'monthly', time: '09:00', timeZone: 'UTC', startDate: '2026-01-31', endDate: '2026-02-27', dayOfMonth: 31 },
      { type: 'monthly', time: '09:00', timeZone: 'UTC', startDate: '2028-02-29', endDate: '2028-03-01', dayOfMonth: 30 },
      { type: 'monthly', time: '09:00', timeZone: 'UTC', startDate: '2026-12-31', dayOfMonth: 30 },
      { type: 'weekly', time: '23:59', timeZone: 'UTC', startDate: '2026-12-07', endDate: '2026-12-07', weekdays: ['MO'] },
      { type: 'weekly', time: '00:00', timeZone: 'UTC', startDate: '2026-12-08', endDate: '2026-12-13', weekdays: ['MO'] },
      { type: 'every_n_weeks', time: '07:30', timeZone: 'UTC', startDate: '2026-12-04', weekdays: ['MO'], interval: 2 },
      { type: 'once', at: '2026-12-01T07:30', timeZone: 'UTC' },
    ];
    for (const s of cases) expect({ s, first: firstOccurrenceWallPlain(s) }).toEqual({ s, first: firstOccurrenceWall(s) });
  });
});
