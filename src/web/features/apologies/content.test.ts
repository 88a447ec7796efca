import { parseContent } from '../../../shared/kinds.js';
import { parseWith } from '../../../shared/items/parse.js';
import { heardContentSchema } from '../../../shared/apologies/content.js';
import { describe, expect, it } from 'vitest';
import { COMPONENT_IDS, FLAG_IDS } from '../../../core/apology/index.js';
import {
  byParent,
  flagName,
  MAX_VALUES,
  newestFirst,
  PART_ORDER,
  partName,
  quoteOf,
  sameLetter,
  segmentText,
  VALUES,
} from './content.js';

describe('segmentText', () => {
  it('returns the whole text unmarked when there are no spans', () => {
    expect(segmentText('I lied to you.', [])).toEqual([{ text: 'I lied to you.', tags: [] }]);
  });
  it('marks a flagged span and keeps the rest as plain text', () => {
    const text = "I'm sorry if I hurt you.";
    const start = text.indexOf('if');
    const segs = segmentText(text, [{ start, end: text.length - 1, tag: 'flag' }]);
    expect(segs).toEqual([
      { text: "I'm sorry ", tags: [] },
      { text: 'if I hurt you', tags: ['flag'] },
      { text: '.', tags: [] },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
  it('handles nested and overlapping spans, and joins back to the original', () => {
    const text = 'abcdefghij';
    const segs = segmentText(text, [
      { start: 0, end: 6, tag: 'part' },
      { start: 2, end: 4, tag: 'flag' },
      { start: 5, end: 8, tag: 'flag' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs).toEqual([
      { text: 'ab', tags: ['part'] },
      { text: 'cd', tags: ['part', 'flag'] },
      { text: 'e', tags: ['part'] },
      { text: 'f', tags: ['part', 'flag'] },
      { text: 'gh', tags: ['flag'] },
      { text: 'ij', tags: [] },
    ]);
  });
  it('clips spans outside the text and ignores empty ones', () => {
    const segs = segmentText('hello', [
      { start: -3, end: 2, tag: 'flag' },
      { start: 3, end: 3, tag: 'flag' },
      { start: 4, end: 99, tag: 'part' },
    ]);
    expect(segs).toEqual([
      { text: 'he', tags: ['flag'] },
      { text: 'll', tags: [] },
      { text: 'o', tags: ['part'] },
    ]);
  });
  it('merges adjacent spans with the same tag into one piece', () => {
    expect(segmentText('abcd', [{ start: 0, end: 2, tag: 'flag' }, { start: 2, end: 4, tag: 'flag' }])).toEqual([{ text: 'abcd', tags: ['flag'] }]);
  });
  it('never interprets markup: it is only text', () => {
    const text = '<img src=x onerror=alert(1)> sorry';
    const segs = segmentText(text, [{ start: 0, end: 28, tag: 'flag' }]);
    expect(segs[0]?.text).toBe('<img src=x onerror=alert(1)>');
  });
  it('returns nothing for empty text', () => {
    expect(segmentText('', [{ start: 0, end: 3, tag: 'flag' }])).toEqual([]);
  });
});

describe('friendly names', () => {
  it('names every component, in priority order, with the partner in the impact part', () => {
    expect([...PART_ORDER].sort()).toEqual([...COMPONENT_IDS].sort());
    expect(PART_ORDER.map((id) => partName(id, 'Sam'))).toEqual([
      'Taking responsibility',
      'Naming the hurt to Sam',
      'Regret',
      'Context, not excuse',
      'A concrete change',
      'An offer to make amends',
      'Asking for forgiveness (optional)',
    ]);
  });
  it('names every flag, kindly and without exclamation marks or grades', () => {
    for (const id of FLAG_IDS) {
      const n = flagName(id);
      expect(n.length).toBeGreaterThan(3);
      expect(n).not.toMatch(/[!%]|score|grade/i);
    }
  });
});

describe('content guards', () => {
  it('reads a letter only when all three parts are text', () => {
    expect(parseContent('impact_letter', { happened: 'a', hurt: 'b', need: 'c' })).toEqual({ happened: 'a', hurt: 'b', need: 'c' });
    expect(parseContent('impact_letter', { happened: 'a', hurt: 2, need: 'c' })).toBeNull();
    expect(parseContent('impact_letter', null)).toBeNull();
    expect(sameLetter({ happened: '', hurt: ' ', need: '' }, null)).toBe(true);
    expect(sameLetter({ happened: 'x', hurt: '', need: '' }, { happened: 'x', hurt: '', need: '' })).toBe(true);
  });
  it('reads an apology with an optional earlier one it follows', () => {
    expect(parseContent('apology', { text: 'I lied.', refersTo: 'abc' })).toEqual({ text: 'I lied.', refersTo: 'abc' });
    expect(parseContent('apology', { text: 'I lied.', refersTo: 5 })).toEqual({ text: 'I lied.' });
    expect(parseContent('apology', { words: 'x' })).toBeNull();
  });
  it('reads short answers, responses and values', () => {
    expect(parseContent('acknowledgment', { text: 'I hear you', note: '  ' })).toEqual({ text: 'I hear you' });
    expect(parseContent('acknowledgment', { text: '' })).toBeNull();
    expect(parseWith(heardContentSchema, { text: 'I heard that…' })).toEqual({ text: 'I heard that…' });
    expect(parseContent('values_reflection', { values: ['Honesty', 3, 'Kindness', 'Courage'], text: 'x' })).toEqual({ values: ['Honesty', 'Kindness'], text: 'x' });
    expect(VALUES.length).toBeGreaterThanOrEqual(10);
    expect(MAX_VALUES).toBe(2);
  });
});

describe('threads', () => {
  it('orders newest first and groups answers under what they answer', () => {
    const a = { createdAt: '2025-01-01T00:00:00Z', state: { parentId: 'p1' } };
    const b = { createdAt: '2025-03-01T00:00:00Z', state: { parentId: 'p1' } };
    const c = { createdAt: '2025-02-01T00:00:00Z', state: { parentId: 'p2' } };
    expect(newestFirst([a, b, c])).toEqual([b, c, a]);
    const g = byParent([b, a, c, { createdAt: 'x', state: {} }]);
    expect(g.get('p1')).toEqual([a, b]);
    expect(g.get('p2')).toEqual([c]);
    expect(g.size).toBe(2);
  });
  it('quotes a span, shortening long ones', () => {
    expect(quoteOf('  I am sorry, but you  ', 0, 23)).toBe('I am sorry, but you');
    expect(quoteOf('x'.repeat(300), 0, 300, 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
