import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  contentWords,
  findNearDuplicates,
  isNearDuplicate,
  jaccard,
  normalizeText,
  sameWords,
  shingles,
  similarity,
  stem,
  tokenize,
} from './similarity.js';

describe('normalizeText and tokenize', () => {
  it('lower-cases, drops apostrophes and punctuation, and collapses spaces', () => {
    expect(normalizeText("  What's   the BEST part—of your day?! ")).toBe('whats the best part of your day');
    expect(normalizeText('It’s a café')).toBe('its a cafe');
  });

  it('turns the {partner} placeholder into an ordinary word', () => {
    expect(tokenize('When did {partner} laugh?')).toEqual(['when', 'did', 'partner', 'laugh']);
  });

  it('gives no tokens for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ?! ')).toEqual([]);
  });
});

describe('stem', () => {
  it.each([
    ['notice', 'notic'],
    ['noticed', 'notic'],
    ['noticing', 'notic'],
    ['laughs', 'laugh'],
    ['stories', 'story'],
    ['planned', 'plan'],
    ['wishes', 'wish'],
    ['kindly', 'kind'],
    ['glass', 'glass'],
    ['bus', 'bus'],
    ['tree', 'tree'],
  ])('%s → %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});

describe('shingles', () => {
  it('makes every run of three words', () => {
    expect([...shingles('What made you smile today?')]).toEqual(['what made you', 'made you smile', 'you smile today']);
  });

  it('treats a text shorter than k words as a single shingle', () => {
    expect([...shingles('Hello there')]).toEqual(['hello there']);
    expect(shingles('').size).toBe(0);
  });
});

describe('jaccard', () => {
  it('is shared over union', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBeCloseTo(2 / 4);
    expect(jaccard(new Set(['a']), new Set(['b']))).toBe(0);
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(1);
  });

  it('counts two empty sets as identical', () => {
    expect(jaccard(new Set(), new Set())).toBe(1);
  });
});

describe('contentWords', () => {
  it('keeps meaningful words, stemmed, and drops function words and boilerplate', () => {
    expect([...contentWords("What's something {partner} cooked that you loved?")].sort()).toEqual(['cook', 'lov']);
  });
});

// Pairs that say the same thing in slightly different words: these must be caught.
const PARAPHRASES: [string, string][] = [
  ['What small thing makes you feel looked after?', 'Which little things make you feel looked after?'],
  ["What's the first thing you noticed about {partner}?", 'What did you first notice about {partner}?'],
  ['What made you laugh today?', 'What made you laugh today, even a little?'],
  ['Where would you like to travel together next year?', 'Where would you like to travel next year, together?'],
  ['What helps you relax after a long day at work?', 'What helps you relax after a long working day?'],
  ['If you could live anywhere in the world, where would it be?', 'If you could live anywhere in the world, where would you choose?'],
];

// Different questions on related themes: these must not be flagged.
const DISTINCT: [string, string][] = [
  ['What helps you feel safe enough to say how you really feel?', 'What would make it easier to ask for closeness when you want it?'],
  ['What was your first job, and what do you remember about it?', "What's the first thing you remember noticing about {partner}?"],
  ['How do you like to be comforted when you are tired or unwell?', 'How do you like to be held or comforted when you are low?'],
  ['What did {partner} do this week that made your day a little easier?', 'What would make tomorrow morning a little easier for you?'],
  ["What's a dish from your family that you'd like to learn to make?", "What's a dish you'd like to learn to cook properly?"],
  ['When do you feel most alone, even with people around?', 'When do you feel most relaxed around {partner}?'],
];

describe('isNearDuplicate (default thresholds)', () => {
  it.each(PARAPHRASES)('flags "%s" ~ "%s"', (a, b) => {
    expect(isNearDuplicate(a, b)).toBe(true);
  });

  it.each(DISTINCT)('does not flag "%s" ~ "%s"', (a, b) => {
    expect(isNearDuplicate(a, b)).toBe(false);
  });

  it('leaves a clear margin: paraphrases score well above, distinct pairs well below', () => {
    const top = (a: string, b: string) => {
      const s = similarity(a, b);
      return Math.max(s.shingle / DEFAULT_THRESHOLDS.shingle, s.content / DEFAULT_THRESHOLDS.content);
    };
    for (const [a, b] of PARAPHRASES) expect(top(a, b)).toBeGreaterThanOrEqual(1);
    for (const [a, b] of DISTINCT) expect(top(a, b)).toBeLessThan(0.9);
  });

  it('is symmetric', () => {
    for (const [a, b] of [...PARAPHRASES, ...DISTINCT]) expect(similarity(a, b)).toEqual(similarity(b, a));
  });
});

describe('findNearDuplicates', () => {
  it('reports each too-similar pair once, by id, with its scores', () => {
    const found = findNearDuplicates([
      { id: 'x-001', text: 'What made you laugh today?' },
      { id: 'x-002', text: 'Where would you like to go next summer?' },
      { id: 'x-003', text: 'What made you laugh today, even a little?' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ a: 'x-001', b: 'x-003' });
    expect(found[0]!.scores.shingle).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.shingle);
  });

  it('honours custom thresholds', () => {
    const items = DISTINCT[2]!.map((text, i) => ({ id: `y-00${i}`, text }));
    expect(findNearDuplicates(items)).toEqual([]);
    expect(findNearDuplicates(items, { shingle: 0.1, content: 0.1 })).toHaveLength(1);
  });
});

describe('sameWords', () => {
  it('ignores case, punctuation and spacing only', () => {
    expect(sameWords('What made you smile?', '  what made you SMILE ')).toBe(true);
    expect(sameWords('What made you smile?', 'What made you laugh?')).toBe(false);
  });
});
