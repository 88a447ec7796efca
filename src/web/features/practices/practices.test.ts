import { describe, expect, it } from 'vitest';
import { PRACTICES, practiceBySlug } from './practices.js';

describe('PRACTICES', () => {
  it('has ten numbered practices with unique slugs', () => {
    expect(PRACTICES).toHaveLength(10);
    expect(PRACTICES.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(PRACTICES.map((p) => p.slug)).size).toBe(10);
  });
  it('never uses exclamation marks', () => {
    for (const p of PRACTICES) expect(`${p.name} ${p.purpose} ${p.firstStep}`).not.toContain('!');
  });
  it('practices 1–6 and 8–10 are built; 7 (therapist) is still a placeholder', () => {
    expect(PRACTICES.filter((p) => p.ready).map((p) => p.slug)).toEqual(['understand', 'apologize', 'agreements', 'promises', 'closeness', 'rituals', 'notes', 'healing', 'forgiveness']);
  });
  it('finds by slug', () => {
    expect(practiceBySlug('promises')?.number).toBe(4);
    expect(practiceBySlug('nope')).toBeUndefined();
  });
});
