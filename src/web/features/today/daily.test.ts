import { describe, expect, it } from 'vitest';
import { pickForDay } from './daily.js';

describe('pickForDay', () => {
  const items = ['a', 'b', 'c'];
  it('is stable within a day and moves on the next', () => {
    const morning = pickForDay(items, new Date('2025-06-01T08:00:00Z'), 'UTC');
    const evening = pickForDay(items, new Date('2025-06-01T22:00:00Z'), 'UTC');
    const tomorrow = pickForDay(items, new Date('2025-06-02T08:00:00Z'), 'UTC');
    expect(morning).toBe(evening);
    expect(tomorrow).not.toBe(morning);
  });
  it('follows the local date', () => {
    // 23:30 UTC on 1 June is already 2 June in Tokyo.
    const t = new Date('2025-06-01T23:30:00Z');
    expect(pickForDay(items, t, 'Asia/Tokyo')).toBe(pickForDay(items, new Date('2025-06-02T12:00:00Z'), 'UTC'));
  });
  it('handles empty lists and bad zones', () => {
    expect(pickForDay([], new Date())).toBeUndefined();
    expect(items).toContain(pickForDay(items, new Date(), 'Not/AZone'));
  });
});
