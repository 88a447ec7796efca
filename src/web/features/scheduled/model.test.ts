import { describe, expect, it } from 'vitest';
import { formatDate, formatTime } from '../../lib/format.js';
import { occurrenceLabel, planOf } from './model.js';

describe('planOf', () => {
  it('reads a valid plan and nothing else', () => {
    const plan = { segments: [{ type: 'once', at: '2026-03-01T08:00', timeZone: 'Europe/Warsaw' }], status: 'active', remindMinutesBefore: 30 };
    expect(planOf({ state: plan })).toEqual(plan);
    expect(planOf({ state: { ...plan, status: 'later' } })).toBeNull();
  });
});

describe('occurrenceLabel', () => {
  it('says today, yesterday, or the day and date', () => {
    expect(occurrenceLabel({ key: '2026-02-27', localTime: '19:00' }, '2026-02-27')).toBe(`Today at ${formatTime('19:00')}`);
    expect(occurrenceLabel({ key: '2026-02-26', localTime: '07:30' }, '2026-02-27')).toBe(`Yesterday at ${formatTime('07:30')}`);
    expect(occurrenceLabel({ key: '2026-02-20', localTime: '19:00' }, '2026-02-27')).toBe(`${formatDate('2026-02-20')} at ${formatTime('19:00')}`);
  });
});
