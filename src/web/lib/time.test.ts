import { describe, expect, it } from 'vitest';
import { greetingFor, hourIn, localDateTime, relativeTime, timeZoneList } from './time.js';

const now = new Date('2025-06-01T12:00:00Z');

describe('relativeTime', () => {
  it('says just now for under a minute', () => {
    expect(relativeTime(new Date('2025-06-01T11:59:30Z'), now)).toBe('just now');
  });
  it('counts minutes, hours and days in the past', () => {
    expect(relativeTime('2025-06-01T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2025-06-01T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('2025-05-31T12:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2025-05-28T12:00:00Z', now)).toBe('4 days ago');
  });
  it('handles the future', () => {
    expect(relativeTime('2025-06-04T12:00:00Z', now)).toBe('in 3 days');
  });
  it('is empty for nonsense', () => {
    expect(relativeTime('not a date', now)).toBe('');
  });
});

describe('greetingFor', () => {
  it('follows the time of day', () => {
    expect(greetingFor(7)).toBe('Good morning');
    expect(greetingFor(13)).toBe('Good afternoon');
    expect(greetingFor(20)).toBe('Good evening');
    expect(greetingFor(2)).toBe('Hello');
  });
});

describe('hourIn', () => {
  it('reads the hour in a time zone', () => {
    expect(hourIn(now, 'UTC')).toBe(12);
    expect(hourIn(now, 'Asia/Tokyo')).toBe(21);
  });
  it('falls back for an unknown zone', () => {
    expect(hourIn(now, 'Not/AZone')).toBe(now.getHours());
  });
});

describe('localDateTime', () => {
  it('formats in the given zone', () => {
    expect(localDateTime(now, 'UTC', 'en-GB')).toContain('12:00');
  });
  it('survives a bad zone', () => {
    expect(localDateTime(now, 'Nope/Nope', 'en-GB')).not.toBe('');
  });
});

describe('timeZoneList', () => {
  it('includes extras and is sorted', () => {
    const list = timeZoneList(['Etc/Custom']);
    expect(list).toContain('Etc/Custom');
    expect([...list].sort((a, b) => a.localeCompare(b))).toEqual(list);
  });
});
