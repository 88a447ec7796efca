import { describe, expect, it } from 'vitest';
import { DECKS, PROMPTS, RETIRED_PROMPT_IDS, deckInfo, getPrompt, promptsInDeck, renderPrompt } from './library.js';
import { REPEAT_WINDOW_DAYS } from './select.js';
import { findNearDuplicates, normalizeText } from './similarity.js';
import { DECK_IDS, DEPTHS, PROMPT_TEXT_BOUNDS, PromptSchema } from './types.js';
import { BANNED_PHRASES, findBannedPhrases } from './wording.js';

describe('the prompt library', () => {
  it('has at least 300 prompts across at least 8 decks', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(300);
    expect(DECK_IDS.length).toBeGreaterThanOrEqual(8);
    for (const deck of DECK_IDS) expect(promptsInDeck(deck).length, deck).toBeGreaterThanOrEqual(30);
  });

  it('parses every prompt with the schema (valid deck, depth, id and length)', () => {
    for (const p of PROMPTS) {
      const parsed = PromptSchema.safeParse(p);
      expect(parsed.success, `${p.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('has unique, well-formed ids that start with their deck', () => {
    const ids = PROMPTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PROMPTS) expect(p.id).toMatch(new RegExp(`^${p.deck}-\\d{3}$`));
  });

  it('numbers each deck from 001 without gaps (counting retired ids), so a new prompt takes the next number', () => {
    for (const id of RETIRED_PROMPT_IDS) expect(getPrompt(id), `${id} is retired but still live`).toBeUndefined();
    for (const deck of DECK_IDS) {
      const ids = [...promptsInDeck(deck).map((p) => p.id), ...RETIRED_PROMPT_IDS.filter((id) => id.startsWith(`${deck}-`))];
      const numbers = ids.map((id) => Number(id.slice(deck.length + 1))).sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('describes every deck, exactly once, with a title and one sentence', () => {
    expect(DECKS.map((d) => d.id)).toEqual([...DECK_IDS]);
    for (const d of DECKS) {
      expect(d.title.length).toBeGreaterThan(2);
      expect(d.description).toMatch(/^[A-Z][^.?!]*\.$/);
      expect(deckInfo(d.id)).toBe(d);
    }
  });

  it('has all three depths in every deck, with a reasonable spread', () => {
    for (const deck of DECK_IDS) {
      const inDeck = promptsInDeck(deck);
      for (const depth of DEPTHS) {
        const n = inDeck.filter((p) => p.depth === depth).length;
        expect(n, `${deck}/${depth}`).toBeGreaterThanOrEqual(2);
        expect(n / inDeck.length, `${deck}/${depth}`).toBeLessThanOrEqual(0.85);
      }
    }
  });

  it('has enough light prompts for six months of daily use at the lightest depth', () => {
    expect(PROMPTS.filter((p) => p.depth === 'light').length).toBeGreaterThanOrEqual(REPEAT_WINDOW_DAYS + 10);
  });

  it('has no exact duplicates once case, punctuation and spacing are ignored', () => {
    const seen = new Map<string, string>();
    for (const p of PROMPTS) {
      const key = normalizeText(p.text);
      expect(seen.get(key), `${p.id} repeats ${seen.get(key) ?? ''}`).toBeUndefined();
      seen.set(key, p.id);
    }
  });

  it('has no near-duplicates, across all decks (see similarity.ts for the thresholds)', () => {
    const found = findNearDuplicates(PROMPTS);
    const text = (id: string) => getPrompt(id)?.text ?? id;
    expect(found.map((d) => `${text(d.a)} ~ ${text(d.b)} ${JSON.stringify(d.scores)}`)).toEqual([]);
  });

  it('keeps every prompt within the length bounds', () => {
    for (const p of PROMPTS) {
      expect(p.text.length, p.id).toBeGreaterThanOrEqual(PROMPT_TEXT_BOUNDS.min);
      expect(p.text.length, p.id).toBeLessThanOrEqual(PROMPT_TEXT_BOUNDS.max);
    }
  });

  it('uses none of the banned words or phrases', () => {
    for (const p of PROMPTS) expect(findBannedPhrases(p.text), `${p.id}: ${p.text}`).toEqual([]);
  });

  it('is tidy: a question or a sentence, no exclamation marks, only the {partner} placeholder', () => {
    for (const p of PROMPTS) {
      expect(p.text, p.id).toMatch(/^[A-Z0-9"]/);
      expect(p.text, p.id).toMatch(/[?.]$/);
      expect(p.text, p.id).not.toContain('!');
      expect(p.text, p.id).not.toMatch(/\s{2,}|^\s|\s$/);
      expect(p.text.replace(/\{partner\}/g, ''), p.id).not.toMatch(/[{}]/);
      expect(p.text, p.id).not.toMatch(/[\u2018\u2019\u201c\u201d]/);
    }
  });
});

describe('findBannedPhrases', () => {
  it('catches blame, labels, interrogation and pressure, whatever the case', () => {
    expect(findBannedPhrases('Why did you do that?')).toEqual(['why did you']);
    expect(findBannedPhrases('Can you PROVE it?')).toEqual(['prove']);
    expect(findBannedPhrases('The cheater and the victim')).toEqual(['cheater', 'victim']);
    expect(findBannedPhrases('Where  were you last night?')).toEqual(['where were you']);
    expect(findBannedPhrases('Have you forgiven them yet?')).toEqual(['forgiven']);
  });

  it('matches whole words only', () => {
    expect(findBannedPhrases('What do you approve of? An exercise that excited you?')).toEqual([]);
    expect(findBannedPhrases('A quiet place for a believer')).toEqual([]);
  });

  it('lists each phrase once, lower-case', () => {
    expect(new Set(BANNED_PHRASES).size).toBe(BANNED_PHRASES.length);
    for (const phrase of BANNED_PHRASES) expect(phrase).toBe(phrase.toLowerCase());
  });
});

describe('renderPrompt', () => {
  it("puts in the partner's name", () => {
    expect(renderPrompt('When did {partner} make you laugh recently?', 'Sam')).toBe('When did Sam make you laugh recently?');
  });

  it('falls back to "your partner", capitalised at the start of a sentence', () => {
    expect(renderPrompt('When did {partner} make you laugh?', null)).toBe('When did your partner make you laugh?');
    expect(renderPrompt('{partner} said yes. {partner} smiled.', '  ')).toBe('Your partner said yes. Your partner smiled.');
  });

  it('leaves prompts without a placeholder alone', () => {
    expect(renderPrompt('What made you smile today?', 'Sam')).toBe('What made you smile today?');
  });
});

describe('lookups', () => {
  it('finds prompts by id and answers undefined for retired ones', () => {
    expect(getPrompt('memories-012')?.deck).toBe('memories');
    expect(getPrompt('memories-999')).toBeUndefined();
  });

  it('refuses an unknown deck', () => {
    expect(() => deckInfo('nope' as never)).toThrow(RangeError);
  });
});
