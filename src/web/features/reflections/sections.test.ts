import { parseContent } from '../../../shared/kinds.js';
import { describe, expect, it } from 'vitest';
import { REFLECTION_SECTIONS } from '../../../shared/kinds.js';
import { ACK_PHRASES, acksByParent, asDraft, bySection, CATEGORIES, contentOf, differs, SECTIONS, sectionOf } from './sections.js';

describe('reflection sections', () => {
  it('covers every section of the kind, in order, each with a why-line', () => {
    expect(SECTIONS.map((s) => s.section)).toEqual([...REFLECTION_SECTIONS]);
    for (const s of SECTIONS) expect(s.why.length).toBeGreaterThan(20);
  });

  it('frames what led up to it as context, not an excuse', () => {
    expect(SECTIONS.find((s) => s.section === 'what_led_up')?.framing).toBe('This is context, not an excuse.');
  });

  it('speaks kindly: no exclamation marks, no labels for people', () => {
    const words = [...SECTIONS.flatMap((s) => [s.title, s.why, s.framing ?? '']), ...ACK_PHRASES, ...CATEGORIES.map((c) => c.label)].join(' ');
    expect(words).not.toContain('!');
    expect(words).not.toMatch(/cheater|victim|offender|betrayer/i);
  });
});

describe('reading items', () => {
  const item = (section: string, updatedAt: string, id = section) => ({ id, state: { section }, updatedAt });

  it('keeps one item per known section, the newest', () => {
    const map = bySection([item('hope_for', '2025-01-01', 'old'), item('hope_for', '2025-02-01', 'new'), item('nope', '2025-01-01')]);
    expect([...map.keys()]).toEqual(['hope_for']);
    expect(map.get('hope_for')?.id).toBe('new');
    expect(sectionOf({ state: null })).toBeNull();
  });

  it('groups acknowledgments under what they answer, oldest first', () => {
    const acks = [
      { id: 'b', state: { parentId: 'p' }, createdAt: '2025-01-02' },
      { id: 'a', state: { parentId: 'p' }, createdAt: '2025-01-01' },
      { id: 'x', state: {}, createdAt: '2025-01-01' },
    ];
    const map = acksByParent(acks);
    expect(map.get('p')?.map((a) => a.id)).toEqual(['a', 'b']);
    expect(map.size).toBe(1);
  });

  it('checks the shape of decrypted content', () => {
    expect(parseContent('reflection', { text: 'x', category: 'secrecy' })).toEqual({ text: 'x', category: 'secrecy' });
    expect(parseContent('reflection', { text: 'x', category: '<b>' })).toEqual({ text: 'x' });
    expect(parseContent('reflection', { text: 3 })).toBeNull();
    expect(parseContent('reflection', null)).toBeNull();
    expect(parseContent('acknowledgment', { text: 'I read this', note: '  ' })).toEqual({ text: 'I read this' });
    expect(parseContent('acknowledgment', { text: 'I read this', note: 'n'.repeat(500) })?.note).toHaveLength(280);
    expect(parseContent('acknowledgment', { note: 'x' })).toBeNull();
    expect(asDraft({ text: 'a', category: 'other', baseVersion: 2 })).toEqual({ text: 'a', category: 'other', baseVersion: 2 });
    expect(asDraft({ text: 'a' })).toBeNull();
  });

  it('knows when the editor differs from what is saved', () => {
    expect(differs('', null, null)).toBe(false);
    expect(differs('  ', null, null)).toBe(false);
    expect(differs('a', null, null)).toBe(true);
    expect(differs('', 'other', null)).toBe(true);
    expect(differs('a', null, { text: 'a' })).toBe(false);
    expect(differs('a', 'secrecy', { text: 'a' })).toBe(true);
    expect(differs('a', 'secrecy', { text: 'a', category: 'secrecy' })).toBe(false);
    expect(contentOf('a', null)).toEqual({ text: 'a' });
    expect(contentOf('a', 'other')).toEqual({ text: 'a', category: 'other' });
  });
});
