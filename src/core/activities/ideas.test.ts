import { describe, expect, it } from 'vitest';
import { findNearDuplicates, normalizeText } from '../prompts/similarity.js';
import { findBannedPhrases } from '../prompts/wording.js';
import { ACTIVITIES, ACTIVITY_CATEGORY_INFO, RETIRED_ACTIVITY_IDS, getActivity } from './ideas.js';
import { ACTIVITY_CATEGORIES, ActivitySchema, COSTS, EFFORTS } from './types.js';

const inCategory = (c: string) => ACTIVITIES.filter((a) => a.category === c);

describe('activity ideas', () => {
  it('has at least 60 ideas, and at least 6 in every category', () => {
    expect(ACTIVITIES.length).toBeGreaterThanOrEqual(60);
    for (const c of ACTIVITY_CATEGORIES) expect(inCategory(c).length, c).toBeGreaterThanOrEqual(6);
  });

  it('parses every idea with the schema (category, effort, cost, lengths, id prefix)', () => {
    for (const a of ACTIVITIES) {
      const parsed = ActivitySchema.safeParse(a);
      expect(parsed.success, `${a.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('has unique ids, numbered from 001 in each category without gaps (counting retired ids)', () => {
    const ids = ACTIVITIES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of RETIRED_ACTIVITY_IDS) expect(getActivity(id), `${id} is retired but still live`).toBeUndefined();
    for (const c of ACTIVITY_CATEGORIES) {
      const all = [...inCategory(c).map((a) => a.id), ...RETIRED_ACTIVITY_IDS.filter((id) => id.startsWith(`${c}-`))];
      const numbers = all.map((id) => Number(id.slice(c.length + 1))).sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('describes every category once, with a title and one sentence', () => {
    expect(ACTIVITY_CATEGORY_INFO.map((c) => c.id)).toEqual([...ACTIVITY_CATEGORIES]);
    for (const c of ACTIVITY_CATEGORY_INFO) expect(c.description).toMatch(/^[A-Z][^.?!]*\.$/);
  });

  it('keeps each description to one or two plain sentences', () => {
    for (const a of ACTIVITIES) {
      const sentences = a.description.split(/(?<=[.?])\s+/).filter((s) => s.trim() !== '');
      expect(sentences.length, a.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, a.id).toBeLessThanOrEqual(2);
      expect(a.description, a.id).toMatch(/^[A-Z].*\.$/);
      expect(`${a.title} ${a.description}`, a.id).not.toMatch(/!|[\u2018\u2019\u201c\u201d]|\s{2,}/);
    }
  });

  it('has no duplicate titles and no near-duplicate ideas (same similarity rules as the prompts)', () => {
    const titles = ACTIVITIES.map((a) => normalizeText(a.title));
    expect(new Set(titles).size).toBe(titles.length);
    expect(findNearDuplicates(ACTIVITIES.map((a) => ({ id: a.id, text: a.title })))).toEqual([]);
    expect(findNearDuplicates(ACTIVITIES.map((a) => ({ id: a.id, text: a.description })))).toEqual([]);
    expect(findNearDuplicates(ACTIVITIES.map((a) => ({ id: a.id, text: `${a.title}. ${a.description}` })))).toEqual([]);
  });

  it('uses none of the banned words or phrases', () => {
    for (const a of ACTIVITIES) expect(findBannedPhrases(`${a.title}. ${a.description}`), a.id).toEqual([]);
  });

  it('offers something easy and affordable in every category, and uses every effort and cost level', () => {
    for (const c of ACTIVITY_CATEGORIES) {
      expect(inCategory(c).some((a) => a.effort === 'low'), c).toBe(true);
      expect(inCategory(c).some((a) => a.cost === 'free' || a.cost === 'low'), c).toBe(true);
    }
    expect(new Set(ACTIVITIES.map((a) => a.effort))).toEqual(new Set(EFFORTS));
    expect(new Set(ACTIVITIES.map((a) => a.cost))).toEqual(new Set(COSTS));
  });

  it('finds an idea by id', () => {
    expect(getActivity('calm-001')?.category).toBe('calm');
    expect(getActivity('calm-999')).toBeUndefined();
  });
});
