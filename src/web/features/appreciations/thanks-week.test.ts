import { describe, expect, it } from 'vitest';
import { thanksWeekLine } from './thanks-week.js';

describe('this week’s thank-yous in one sentence', () => {
  it('reads as a whole sentence for every count (issue 12: never "thanked Sam not yet")', () => {
    expect(thanksWeekLine('Sam', 0, 0)).toBe('No thank-yous between you yet this week.');
    expect(thanksWeekLine('Sam', 0, 2)).toBe('Sam has thanked you twice this week.');
    expect(thanksWeekLine('Sam', 1, 0)).toBe("This week you've thanked Sam once.");
    expect(thanksWeekLine('Sam', 3, 1)).toBe("This week you've thanked Sam 3 times, and Sam has thanked you once.");
    for (const [g, r] of [[0, 0], [0, 1], [1, 0], [2, 2]] as const) expect(thanksWeekLine('Sam', g, r)).not.toMatch(/not yet/);
  });
});
