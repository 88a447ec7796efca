import { describe, expect, it } from 'vitest';
import { appreciationsThisWeek, asAppreciation } from './index.js';

const at = (iso: string): Date => new Date(iso);
const WARSAW = 'Europe/Warsaw';

describe('content', () => {
  it('reads appreciations, and nothing else', () => {
    expect(asAppreciation({ text: 'Thank you' })).toEqual({ text: 'Thank you' });
    expect(asAppreciation({ text: '' })).toBeNull();
    expect(asAppreciation(null)).toBeNull();
  });
});

describe('appreciationsThisWeek', () => {
  it('counts given and received in the person’s ISO week only', () => {
    const now = at('2026-03-01T20:00:00Z'); // Sunday 21:00 in Warsaw
    const list = [
      { mine: true, createdAt: '2026-02-23T08:00:00Z' }, // Monday
      { mine: true, createdAt: '2026-03-01T23:30:00Z' }, // already Monday 00:30 in Warsaw: next week
      { mine: false, createdAt: '2026-02-28T10:00:00Z' },
      { mine: false, createdAt: '2026-02-22T10:00:00Z' }, // last week
      { mine: false, createdAt: 'not a date' },
    ];
    expect(appreciationsThisWeek(list, now, WARSAW)).toEqual({ given: 1, received: 1 });
  });
});
