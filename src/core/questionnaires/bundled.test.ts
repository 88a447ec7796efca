import { describe, expect, it } from 'vitest';
import { BUNDLED_INSTRUMENT_IDS, bundledInstrument, bundledInstruments, type Instrument } from './index.js';

const [relationship, trust, forgiveness] = bundledInstruments() as [Instrument, Instrument, Instrument];

describe('bundledInstruments', () => {
  it("returns Mend's three instruments, parsed once", () => {
    expect(bundledInstruments().map((i) => i.id)).toEqual(Object.values(BUNDLED_INSTRUMENT_IDS));
    expect(bundledInstruments()).toBe(bundledInstruments());
    expect(bundledInstrument('mend.trust-check')).toBe(trust);
    expect(bundledInstrument('nope')).toBeUndefined();
  });

  it('are frozen, so no caller can change them for everyone', () => {
    expect(Object.isFrozen(trust)).toBe(true);
    expect(Object.isFrozen(trust.items[0])).toBe(true);
    expect(() => {
      (trust.reverseKeyed as string[]).push('plans-hold');
    }).toThrow(TypeError);
  });

  it("are Mend's own, private, and say why they ask", () => {
    for (const instrument of bundledInstruments()) {
      expect(instrument.source.kind).toBe('mend');
      expect(instrument.source.note).toMatch(/not a validated clinical measure/);
      expect(instrument.whyWeAsk.length).toBeGreaterThan(20);
      expect(instrument.cadence).toBe('monthly');
      expect(instrument.scale).toMatchObject({ min: 1, max: 7 });
      expect(instrument.scale.anchors).toHaveLength(7);
    }
  });
});

describe('the relationship check', () => {
  it('is for each partner, 5–8 items, one score, with reverse-keyed items', () => {
    expect(relationship.audience).toBe('each');
    expect(relationship.items.length).toBeGreaterThanOrEqual(5);
    expect(relationship.items.length).toBeLessThanOrEqual(8);
    expect(relationship.subscales).toEqual([]);
    expect(relationship.scoring.total).not.toBeNull();
    expect(relationship.reverseKeyed.length).toBeGreaterThan(0);
  });
});

describe('the trust check', () => {
  it('is for each partner, 9–12 items in predictability, dependability and faith', () => {
    expect(trust.audience).toBe('each');
    expect(trust.items.length).toBeGreaterThanOrEqual(9);
    expect(trust.items.length).toBeLessThanOrEqual(12);
    expect(trust.subscales.map((s) => s.id)).toEqual(['predictability', 'dependability', 'faith']);
  });
});

describe('the forgiveness check', () => {
  it('is for the hurt partner, 9–12 items in avoidance, resentment and goodwill, with no total', () => {
    expect(forgiveness.audience).toBe('hurt_partner');
    expect(forgiveness.items.length).toBeGreaterThanOrEqual(9);
    expect(forgiveness.items.length).toBeLessThanOrEqual(12);
    expect(forgiveness.subscales.map((s) => s.id)).toEqual(['avoidance', 'resentment', 'goodwill']);
    expect(forgiveness.scoring.total).toBeNull();
  });
});

describe.each([
  ['trust', trust],
  ['forgiveness', forgiveness],
])('the %s check’s subscales', (_name, instrument) => {
  it('use every item exactly once, each with at least one reverse-keyed item', () => {
    const used = instrument.subscales.flatMap((s) => s.items);
    expect([...used].sort()).toEqual(instrument.items.map((i) => i.id).sort());
    for (const sub of instrument.subscales) {
      expect(sub.items.some((id) => instrument.reverseKeyed.includes(id))).toBe(true);
      expect(sub.items.length).toBeGreaterThanOrEqual(3);
      expect(sub.description).toBeTruthy();
    }
  });
});

describe("the items' voice", () => {
  const everyText = bundledInstruments().flatMap((i) => [
    ...i.items.map((item) => item.text),
    i.title,
    i.whyWeAsk,
    i.intro ?? '',
    ...i.subscales.flatMap((s) => [s.title, s.description ?? '']),
  ]);

  it.each(everyText.filter(Boolean))('is plain and even-handed: %s', (text) => {
    expect(text).not.toMatch(/!/);
    // VOICE.md: never label either partner.
    expect(text).not.toMatch(/\b(cheat\w*|victim|offender|betray\w*|affair|guilty|fault)\b/i);
    // No demands on anyone to forgive or hurry.
    expect(text).not.toMatch(/\b(should|must|need to forgive|move on)\b/i);
  });

  it('keeps every item short enough to read in one glance', () => {
    for (const instrument of bundledInstruments()) {
      for (const item of instrument.items) expect(item.text.length).toBeLessThanOrEqual(100);
    }
  });
});
