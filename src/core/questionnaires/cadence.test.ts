import { describe, expect, it } from 'vitest';
import { isDue, nextDueAt } from './index.js';

const monthly = { cadence: 'monthly' } as const;
const weekly = { cadence: 'weekly' } as const;
const quarterly = { cadence: 'quarterly' } as const;
const at = (iso: string) => new Date(iso);

describe('isDue', () => {
  it('is due when never taken', () => {
    expect(isDue(monthly, null, at('2024-05-10T12:00:00Z'))).toBe(true);
  });

  it('monthly: due from the start of the same day next month (UTC)', () => {
    const last = at('2024-03-03T21:00:00Z');
    expect(isDue(monthly, last, at('2024-04-02T23:59:59.999Z'))).toBe(false);
    // The morning of the 3rd already counts, though the last one was taken in the evening.
    expect(isDue(monthly, last, at('2024-04-03T00:00:00Z'))).toBe(true);
    expect(isDue(monthly, last, at('2024-04-03T08:00:00Z'))).toBe(true);
  });

  it('monthly: the 31st of January is due again on the last day of February (leap year)', () => {
    const last = at('2024-01-31T20:00:00Z');
    expect(nextDueAt('monthly', last)).toEqual(at('2024-02-29T00:00:00Z'));
    expect(isDue(monthly, last, at('2024-02-28T23:59:59Z'))).toBe(false);
    expect(isDue(monthly, last, at('2024-02-29T00:00:00Z'))).toBe(true);
  });

  it('monthly: the 31st of January is due on the 28th of February in a common year', () => {
    expect(nextDueAt('monthly', at('2023-01-31T09:00:00Z'))).toEqual(at('2023-02-28T00:00:00Z'));
  });

  it('monthly: the 31st of March is due on the 30th of April', () => {
    expect(nextDueAt('monthly', at('2024-03-31T10:00:00Z'))).toEqual(at('2024-04-30T00:00:00Z'));
  });

  it('monthly: crosses the year boundary', () => {
    expect(nextDueAt('monthly', at('2024-12-15T10:00:00Z'))).toEqual(at('2025-01-15T00:00:00Z'));
    expect(isDue(monthly, at('2024-12-31T23:30:00Z'), at('2025-01-30T23:59:59Z'))).toBe(false);
    expect(isDue(monthly, at('2024-12-31T23:30:00Z'), at('2025-01-31T00:00:00Z'))).toBe(true);
  });

  it('monthly: taken the last minute of a month, due from the same date the next month', () => {
    expect(nextDueAt('monthly', at('2024-04-30T23:59:59Z'))).toEqual(at('2024-05-30T00:00:00Z'));
  });

  it('weekly: due from the start of the same weekday a week later', () => {
    const last = at('2024-02-26T18:00:00Z'); // a Monday
    expect(isDue(weekly, last, at('2024-03-03T23:59:59Z'))).toBe(false);
    expect(isDue(weekly, last, at('2024-03-04T00:00:00Z'))).toBe(true); // across the leap day
  });

  it('quarterly: three calendar months on, clamped to the month end', () => {
    expect(nextDueAt('quarterly', at('2023-11-30T12:00:00Z'))).toEqual(at('2024-02-29T00:00:00Z'));
    expect(nextDueAt('quarterly', at('2024-08-31T12:00:00Z'))).toEqual(at('2024-11-30T00:00:00Z'));
    expect(isDue(quarterly, at('2024-01-15T12:00:00Z'), at('2024-04-14T23:00:00Z'))).toBe(false);
    expect(isDue(quarterly, at('2024-01-15T12:00:00Z'), at('2024-04-15T00:00:00Z'))).toBe(true);
  });

  it('is not due when the last sitting is in the future (a skewed clock)', () => {
    expect(isDue(monthly, at('2024-06-01T00:00:00Z'), at('2024-05-01T00:00:00Z'))).toBe(false);
  });

  it('rejects invalid dates', () => {
    expect(() => isDue(monthly, new Date(Number.NaN), at('2024-05-01T00:00:00Z'))).toThrow(RangeError);
    expect(() => isDue(monthly, null, new Date('not a date'))).toThrow(/nowUtc must be a valid date/);
  });
});
