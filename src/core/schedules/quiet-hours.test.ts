import { describe, expect, it } from 'vitest';
import { applyQuietHours, nextOccurrence, reminderTime, type QuietHours, type Schedule } from './index.js';

const at = (iso: string): Date => new Date(iso);
const quiet = (q: Partial<QuietHours> = {}): QuietHours => ({ start: '22:00', end: '07:00', timeZone: 'Europe/Warsaw', ...q });
const fire = (due: string, q?: Partial<QuietHours>): string => applyQuietHours(at(due), quiet(q)).toISOString();

describe('applyQuietHours', () => {
  it('leaves a reminder outside quiet hours unchanged', () => {
    expect(fire('2026-12-01T12:00:00Z')).toBe('2026-12-01T12:00:00.000Z'); // 13:00 CET
    expect(fire('2026-12-01T20:59:59Z')).toBe('2026-12-01T20:59:59.000Z'); // 21:59:59, just before
  });

  it('holds one due inside a window across midnight until it ends', () => {
    // 23:30 CET on 1 Dec → 07:00 CET on 2 Dec.
    expect(fire('2026-12-01T22:30:00Z')).toBe('2026-12-02T06:00:00.000Z');
    // 03:00 CET on 2 Dec (after midnight) → 07:00 the same day.
    expect(fire('2026-12-02T02:00:00Z')).toBe('2026-12-02T06:00:00.000Z');
  });

  it('treats the window as [start, end): start is inside, end is outside', () => {
    expect(fire('2026-12-01T21:00:00Z')).toBe('2026-12-02T06:00:00.000Z'); // 22:00 exactly
    expect(fire('2026-12-02T06:00:00Z')).toBe('2026-12-02T06:00:00.000Z'); // 07:00 exactly
    expect(fire('2026-12-02T05:59:00Z')).toBe('2026-12-02T06:00:00.000Z');
  });

  it('handles a window within one day', () => {
    const q = { start: '13:00', end: '15:30', timeZone: 'America/New_York' };
    expect(fire('2026-12-01T18:00:00Z', q)).toBe('2026-12-01T20:30:00.000Z'); // 13:00 EST → 15:30 EST
    expect(fire('2026-12-01T17:59:00Z', q)).toBe('2026-12-01T17:59:00.000Z');
    expect(fire('2026-12-01T20:30:00Z', q)).toBe('2026-12-01T20:30:00.000Z');
  });

  it('is judged on the local clock across DST: the end is 07:00 local on either side', () => {
    // Warsaw, night of 28→29 Mar 2026: entered 23:30 CET, ends 07:00 CEST (05:00Z), 6.5 h later.
    expect(fire('2026-03-28T22:30:00Z')).toBe('2026-03-29T05:00:00.000Z');
    // Warsaw, night of 24→25 Oct 2026: entered 23:30 CEST, ends 07:00 CET (06:00Z), 8.5 h later.
    expect(fire('2026-10-24T21:30:00Z')).toBe('2026-10-25T06:00:00.000Z');
    // New York, 8 Mar and 1 Nov 2026.
    expect(fire('2026-03-08T04:00:00Z', { timeZone: 'America/New_York' })).toBe('2026-03-08T11:00:00.000Z'); // 23:00 EST → 07:00 EDT
    expect(fire('2026-11-01T03:30:00Z', { timeZone: 'America/New_York' })).toBe('2026-11-01T12:00:00.000Z'); // 23:30 EDT → 07:00 EST
    // 08:00 local is outside quiet hours in both seasons, whatever its UTC.
    expect(fire('2026-03-29T06:00:00Z')).toBe('2026-03-29T06:00:00.000Z');
    expect(fire('2026-10-25T07:00:00Z')).toBe('2026-10-25T07:00:00.000Z');
  });

  it('an end inside the spring-forward gap is reached when the clocks jump', () => {
    // Warsaw 29 Mar 2026: 02:00 CET jumps to 03:00 CEST at 01:00Z; 02:30 never shows.
    const q = { start: '01:00', end: '02:30' };
    expect(fire('2026-03-29T00:30:00Z', q)).toBe('2026-03-29T01:00:00.000Z'); // 01:30 CET → the jump
  });

  it('in the repeated hour, waits for the end that has not passed yet', () => {
    const q = { start: '00:00', end: '01:30', timeZone: 'America/New_York' };
    // First 01:00 (EDT, 05:00Z) → first 01:30 (05:30Z); second 01:00 (EST, 06:00Z) → second 01:30 (06:30Z).
    expect(fire('2026-11-01T05:00:00Z', q)).toBe('2026-11-01T05:30:00.000Z');
    expect(fire('2026-11-01T06:00:00Z', q)).toBe('2026-11-01T06:30:00.000Z');
    // 01:40 EDT is outside; 01:40 EST, an hour later, is again outside.
    expect(fire('2026-11-01T05:40:00Z', q)).toBe('2026-11-01T05:40:00.000Z');
  });

  it('equal start and end means no quiet hours; bad input throws', () => {
    expect(fire('2026-12-01T22:30:00Z', { start: '07:00', end: '07:00' })).toBe('2026-12-01T22:30:00.000Z');
    expect(() => applyQuietHours(at('x'), quiet())).toThrow('dueUtc is not a valid date.');
    expect(() => applyQuietHours(at('2026-12-01T00:00:00Z'), quiet({ end: '7am' }))).toThrow(RangeError);
    expect(() => applyQuietHours(at('2026-12-01T00:00:00Z'), quiet({ timeZone: 'Nowhere' }))).toThrow('Unknown time zone: Nowhere');
  });
});

describe('reminderTime', () => {
  it('subtracts elapsed minutes, also across a DST change', () => {
    expect(reminderTime(at('2026-12-01T06:30:00Z'), 30).toISOString()).toBe('2026-12-01T06:00:00.000Z');
    expect(reminderTime(at('2026-12-01T06:30:00Z'), 0).toISOString()).toBe('2026-12-01T06:30:00.000Z');
    // 03:30 CEST on 29 Mar (01:30Z) minus 2 h is 00:30Z, i.e. 01:30 CET: two real hours.
    expect(reminderTime(at('2026-03-29T01:30:00Z'), 120).toISOString()).toBe('2026-03-28T23:30:00.000Z');
  });

  it('rejects negative, fractional or over-a-week leads', () => {
    for (const bad of [-1, 1.5, 7 * 24 * 60 + 1, Number.NaN]) {
      expect(() => reminderTime(at('2026-12-01T06:30:00Z'), bad)).toThrow(RangeError);
    }
  });

  it('composes with quiet hours: a 07:30 commitment reminded 60 min before waits to 07:00', () => {
    const s: Schedule = { type: 'daily', time: '07:30', timeZone: 'Europe/Warsaw', startDate: '2026-03-01' };
    const occurrence = nextOccurrence(s, at('2026-03-28T12:00:00Z'))!; // 29 Mar, 07:30 CEST = 05:30Z
    expect(occurrence.utc.toISOString()).toBe('2026-03-29T05:30:00.000Z');
    const due = reminderTime(occurrence.utc, 60); // 06:30 CEST, inside 22:00–07:00
    expect(applyQuietHours(due, quiet()).toISOString()).toBe('2026-03-29T05:00:00.000Z');
  });
});
