import { parseContent } from '../../../shared/kinds.js';
import { describe, expect, it } from 'vitest';
import { markedTogether, promptOf, REFLECTION_PROMPTS } from './model.js';

describe('forgiveness model', () => {
  it('prompts are gentle: no exclamation marks, no "should", nothing that hurries', () => {
    for (const p of REFLECTION_PROMPTS) {
      const words = `${p.question} ${p.why}`;
      expect(words).not.toContain('!');
      expect(words).not.toMatch(/\bshould\b|\bmove on\b|\bhave to\b|\bmust\b/i);
    }
    expect(new Set(REFLECTION_PROMPTS.map((p) => p.id)).size).toBe(REFLECTION_PROMPTS.length);
    expect(promptOf('means')?.question).toContain('letting go');
    expect(promptOf('nope')).toBeNull();
  });
  it('reads content defensively', () => {
    expect(parseContent('forgiveness_reflection', { prompt: 'carrying', text: 'a lot' })).toEqual({ prompt: 'carrying', text: 'a lot' });
    expect(parseContent('forgiveness_reflection', { prompt: 1, text: 'x' })).toBeNull();
    expect(parseContent('milestone', { type: 'chapter', title: 'The hard year' })).toEqual({ type: 'chapter', title: 'The hard year' });
    expect(parseContent('milestone', { type: 'party', title: 'x', note: ' ' })).toEqual({ type: 'milestone', title: 'x' });
    expect(parseContent('milestone', { title: '' })).toBeNull();
  });
  it('is marked together only when the other partner confirmed it', () => {
    const m = { id: 'm1', authorId: 'ana' };
    expect(markedTogether(m, [])).toBe(false);
    expect(markedTogether(m, [{ authorId: 'ana', state: { parentId: 'm1' } }])).toBe(false);
    expect(markedTogether(m, [{ authorId: 'ben', state: { parentId: 'm2' } }])).toBe(false);
    expect(markedTogether(m, [{ authorId: 'ben', state: { parentId: 'm1' } }])).toBe(true);
  });
});
