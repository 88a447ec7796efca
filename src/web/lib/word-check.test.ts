import { describe, expect, it } from 'vitest';
import { parseRecoveryWords, pickTwoPositions, recoveryWordsText, wordMatches } from './word-check.js';

describe('pickTwoPositions', () => {
  it('gives two different positions in range, ascending', () => {
    for (let i = 0; i < 500; i++) {
      const [a, b] = pickTwoPositions(24);
      expect(a).toBeGreaterThanOrEqual(1);
      expect(b).toBeLessThanOrEqual(24);
      expect(a).toBeLessThan(b);
    }
  });

  it('never repeats a position even at the edges', () => {
    expect(pickTwoPositions(24, () => 0)).toEqual([1, 2]);
    expect(pickTwoPositions(24, () => 0.9999)).toEqual([23, 24]);
    expect(pickTwoPositions(2, () => 0.5)).toEqual([1, 2]);
  });

  it('refuses fewer than two words', () => {
    expect(() => pickTwoPositions(1)).toThrow();
  });
});

describe('wordMatches', () => {
  it('ignores case and spaces', () => {
    expect(wordMatches('  Apple ', 'apple')).toBe(true);
    expect(wordMatches('apples', 'apple')).toBe(false);
    expect(wordMatches('', 'apple')).toBe(false);
  });
});

describe('parseRecoveryWords', () => {
  it('reads plain words with any spacing', () => {
    expect(parseRecoveryWords(' Apple  banana\ncherry,date ')).toEqual(['apple', 'banana', 'cherry', 'date']);
  });

  it('drops the numbers from the downloaded file', () => {
    const text = recoveryWordsText(['apple', 'banana', 'cherry']);
    const body = text.split('\n').filter((l) => /^\d+\./.test(l)).join('\n');
    expect(parseRecoveryWords(body)).toEqual(['apple', 'banana', 'cherry']);
    expect(parseRecoveryWords('1.apple 2) banana 3: cherry')).toEqual(['apple', 'banana', 'cherry']);
  });
});
