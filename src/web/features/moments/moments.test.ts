import { describe, expect, it } from 'vitest';
import { asMessage, asTrigger, fromLocalInput, toLocalInput } from './moments.js';

describe('datetime-local values', () => {
  it('round-trips a moment on this device’s clock, to the minute', () => {
    const d = new Date(2025, 2, 9, 7, 5, 42);
    expect(toLocalInput(d)).toBe('2025-03-09T07:05');
    expect(fromLocalInput('2025-03-09T07:05')?.getTime()).toBe(new Date(2025, 2, 9, 7, 5).getTime());
  });
  it('refuses what is not a date and time', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeNull();
  });
});

describe('content shapes', () => {
  it('reads a trigger defensively', () => {
    expect(asTrigger({ what: 'A song in the shop', when: '2025-03-09T07:05:00.000Z', note: '  ' })).toEqual({
      what: 'A song in the shop',
      when: '2025-03-09T07:05:00.000Z',
    });
    expect(asTrigger({ what: 'x', when: 'nope' })).toBeNull();
    expect(asMessage({ text: 5 })).toBeNull();
  });
});
