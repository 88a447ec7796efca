import { parseContent } from '../../../shared/kinds.js';
import { describe, expect, it } from 'vitest';
import { endOfLocalDay, formatTimer, isPaused } from './content.js';

describe('endOfLocalDay', () => {
  it('is the next midnight in the asker’s time zone', () => {
    const now = new Date('2025-03-10T15:30:00Z');
    expect(endOfLocalDay(now, 'UTC').toISOString()).toBe('2025-03-11T00:00:00.000Z');
    // 15:30 UTC is 16:30 in Berlin (UTC+1 in March before DST): midnight there is 23:00 UTC.
    expect(endOfLocalDay(now, 'Europe/Berlin').toISOString()).toBe('2025-03-10T23:00:00.000Z');
    // 11:30 in New York (EDT, UTC-4 after 9 March): midnight there is 04:00 UTC next day.
    expect(endOfLocalDay(now, 'America/New_York').toISOString()).toBe('2025-03-11T04:00:00.000Z');
  });

  it('handles a local day that has already rolled past UTC midnight', () => {
    // 23:30 UTC on the 10th is 10:30 on the 11th in Sydney (UTC+11): midnight is 13:00 UTC on the 11th.
    expect(endOfLocalDay(new Date('2025-03-10T23:30:00Z'), 'Australia/Sydney').toISOString()).toBe('2025-03-11T13:00:00.000Z');
  });

  it('handles a daylight-saving change on the day', () => {
    // Europe/Berlin moves to UTC+2 on 30 March 2025; midnight on the 31st is 22:00 UTC on the 30th.
    expect(endOfLocalDay(new Date('2025-03-30T08:00:00Z'), 'Europe/Berlin').toISOString()).toBe('2025-03-30T22:00:00.000Z');
  });

  it('falls back to this device’s day for an unknown zone, and is always in the future', () => {
    const now = new Date();
    const end = endOfLocalDay(now, 'Not/AZone');
    expect(end.getTime()).toBeGreaterThan(now.getTime());
    expect(end.getHours()).toBe(0);
    expect(end.getTime() - now.getTime()).toBeLessThanOrEqual(25 * 3600 * 1000);
  });
});

describe('formatTimer', () => {
  it('shows minutes and seconds, rounding up, never negative', () => {
    expect(formatTimer(20 * 60 * 1000)).toBe('20:00');
    expect(formatTimer(65_000)).toBe('1:05');
    expect(formatTimer(4_200)).toBe('0:05');
    expect(formatTimer(-3_000)).toBe('0:00');
    expect(formatTimer(3_723_000)).toBe('1:02:03');
  });
});

describe('pace and question shapes', () => {
  it('reads pace defensively and knows when questions rest', () => {
    expect(parseContent('qa_pace', { sessionMinutes: 7, pauseWord: 5 })).toEqual({ sessionMinutes: 20, pauseWord: '' });
    const pace = parseContent('qa_pace', { sessionMinutes: 30, pauseWord: 'lighthouse', pausedUntil: '2025-03-11T00:00:00.000Z' });
    expect(pace?.sessionMinutes).toBe(30);
    expect(isPaused(pace, new Date('2025-03-10T20:00:00Z'))).toBe(true);
    expect(isPaused(pace, new Date('2025-03-11T00:00:01Z'))).toBe(false);
    expect(isPaused(null)).toBe(false);
  });

  it('keeps unknown topics as “other”', () => {
    expect(parseContent('question', { topic: 'x', text: 'When did it start?' })).toEqual({ topic: 'other', text: 'When did it start?' });
    expect(parseContent('question', { topic: 'timeline' })).toBeNull();
  });
});
