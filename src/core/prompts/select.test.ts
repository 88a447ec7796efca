import { describe, expect, it } from 'vitest';
import { PROMPTS, getPrompt, promptsInDeck } from './library.js';
import {
  ChoosePromptInputSchema,
  DEPTH_MIX,
  REPEAT_WINDOW_DAYS,
  allowedDepth,
  choosePrompt,
  dayNumber,
  isIsoDate,
  seededHash,
  type ChoosePromptInput,
  type PromptChoice,
  type PromptHistoryEntry,
} from './select.js';
import { DEPTHS, type Deck, type Depth, type Prompt, depthRank } from './types.js';

/** The date `n` days after `start` (YYYY-MM-DD, UTC calendar arithmetic). */
function addDays(start: string, n: number): string {
  return new Date((dayNumber(start) + n) * 86_400_000).toISOString().slice(0, 10);
}

const light = (id: string): Prompt => ({ id, deck: 'fun', depth: 'light', text: `A light prompt called ${id}?` });

describe('allowedDepth', () => {
  it.each<[Depth | null, Depth | null, Depth]>([
    [null, null, 'light'],
    ['deep', null, 'light'],
    [null, 'deeper', 'light'],
    ['light', 'deep', 'light'],
    ['deeper', 'deep', 'deeper'],
    ['deep', 'deeper', 'deeper'],
    ['deep', 'deep', 'deep'],
    ['deeper', 'deeper', 'deeper'],
  ])('a=%s, b=%s → %s', (a, b, expected) => {
    expect(allowedDepth({ a, b })).toBe(expected);
  });
});

describe('dates', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('0024-01-01')).toBe(true);
    expect(() => dayNumber('yesterday')).toThrow(RangeError);
  });

  it('counts days across month and year ends', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2025-01-01') - dayNumber('2024-12-31')).toBe(1);
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });

  it('refuses a malformed date in the input or the history', () => {
    expect(() => choosePrompt({ coupleSeed: 'c', date: '2025-1-1', history: [], depthAllowed: 'light' })).toThrow(RangeError);
    expect(() =>
      choosePrompt({ coupleSeed: 'c', date: '2025-01-01', history: [{ promptId: 'fun-001', date: 'nope' }], depthAllowed: 'light' }),
    ).toThrow(RangeError);
  });
});

describe('seededHash', () => {
  it('is stable (pinned values) and spreads nearby inputs', () => {
    // Pinned: changing the hash would reshuffle every couple's sequence.
    expect(seededHash('a')).toBe(444641715);
    expect(seededHash('couple', '2025-01-01', 'fun-001')).toBe(409560422);
    expect(seededHash('couple', '2025-01-01', 'fun-001')).not.toBe(seededHash('couple', '2025-01-02', 'fun-001'));
    // Joining with a separator keeps ("ab","c") and ("a","bc") apart.
    expect(seededHash('ab', 'c')).not.toBe(seededHash('a', 'bc'));
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) buckets[seededHash('seed', String(i)) % 10]! += 1;
    for (const n of buckets) expect(n).toBeGreaterThan(850);
  });
});

describe('choosePrompt basics', () => {
  const base: ChoosePromptInput = { coupleSeed: 'couple-1', date: '2025-03-01', history: [], depthAllowed: 'deep' };

  it('is deterministic: the same inputs give the same prompt', () => {
    expect(choosePrompt(base)).toEqual(choosePrompt({ ...base, history: [...base.history] }));
    const again = choosePrompt(base);
    expect(again.prompt.id).toBe(choosePrompt(base).prompt.id);
  });

  it("gives the same prompt again once today's pick has been recorded in the history", () => {
    const first = choosePrompt(base);
    const second = choosePrompt({ ...base, history: [{ promptId: first.prompt.id, date: base.date }] });
    expect(second.prompt.id).toBe(first.prompt.id);
  });

  it('gives different couples different sequences', () => {
    const days = Array.from({ length: 30 }, (_, i) => addDays('2025-01-01', i));
    const seq = (seed: string) => days.map((date) => choosePrompt({ ...base, coupleSeed: seed, date }).prompt.id);
    const a = seq('couple-a');
    const b = seq('couple-b');
    expect(a.filter((id, i) => id === b[i]).length).toBeLessThan(5);
  });

  it('never goes deeper than allowed, and uses every allowed depth over time', () => {
    for (const allowed of DEPTHS) {
      const seen = new Set<Depth>();
      for (let i = 0; i < 200; i++) {
        const { prompt } = choosePrompt({ ...base, date: addDays('2025-01-01', i), depthAllowed: allowed });
        expect(depthRank(prompt.depth)).toBeLessThanOrEqual(depthRank(allowed));
        seen.add(prompt.depth);
      }
      expect([...seen].sort()).toEqual(DEPTH_MIX[allowed].map(([d]) => d).sort());
    }
  });

  it('keeps to the chosen deck', () => {
    for (let i = 0; i < 50; i++) {
      const choice = choosePrompt({ ...base, date: addDays('2025-01-01', i), deckChoice: 'memories' });
      expect(choice.prompt.deck).toBe('memories');
      expect(choice.notice).toBeNull();
      expect(choice.requestedDeck).toBe('memories');
    }
  });

  it('ignores history entries for prompts that no longer exist', () => {
    const history = [{ promptId: 'fun-999', date: '2025-02-01' }];
    expect(choosePrompt({ ...base, history }).prompt.id).toBe(choosePrompt(base).prompt.id);
  });

  it('accepts its inputs through the zod schema', () => {
    const parsed = ChoosePromptInputSchema.parse({ ...base, deckChoice: 'fun', skipped: ['fun-001'] });
    expect(choosePrompt(parsed).prompt.deck).toBe('fun');
    expect(ChoosePromptInputSchema.safeParse({ ...base, date: '2025-02-30' }).success).toBe(false);
    expect(ChoosePromptInputSchema.safeParse({ ...base, depthAllowed: 'deepest' }).success).toBe(false);
  });
});

describe('skipping ("it\'ll keep")', () => {
  const base: ChoosePromptInput = { coupleSeed: 'couple-2', date: '2025-06-10', history: [], depthAllowed: 'deep' };

  it('gives another prompt for the same day, deterministically', () => {
    const first = choosePrompt(base).prompt;
    const second = choosePrompt({ ...base, skipped: [first.id] }).prompt;
    expect(second.id).not.toBe(first.id);
    expect(choosePrompt({ ...base, skipped: [first.id] }).prompt.id).toBe(second.id);
  });

  it('keeps giving new prompts, never heavier than what was set aside', () => {
    const skipped: string[] = [];
    for (let i = 0; i < 20; i++) {
      const { prompt } = choosePrompt({ ...base, skipped });
      expect(skipped).not.toContain(prompt.id);
      for (const id of skipped) expect(depthRank(prompt.depth)).toBeLessThanOrEqual(depthRank(getPrompt(id)!.depth));
      skipped.push(prompt.id);
    }
  });

  it("does not use up a skipped prompt: it can come back on another day", () => {
    // A library of two light prompts: skipping one today leaves it free tomorrow.
    const library = [light('fun-001'), light('fun-002')];
    const today = choosePrompt({ ...base, library, depthAllowed: 'light' }).prompt;
    const kept = choosePrompt({ ...base, library, depthAllowed: 'light', skipped: [today.id] }).prompt;
    const tomorrow = choosePrompt({
      ...base,
      library,
      depthAllowed: 'light',
      date: addDays(base.date, 1),
      history: [{ promptId: kept.id, date: base.date }],
    });
    expect(tomorrow.prompt.id).toBe(today.id);
    expect(tomorrow.notice).toBeNull();
  });

  it('moves to another deck, and says so, when every prompt left in the chosen deck was skipped', () => {
    const deck: Deck = 'roots';
    const all = promptsInDeck(deck).filter((p) => p.depth === 'light');
    const history = all.slice(1).map((p, i) => ({ promptId: p.id, date: addDays(base.date, -1 - i) }));
    const only = choosePrompt({ ...base, history, deckChoice: deck, depthAllowed: 'light' });
    expect(only.prompt.id).toBe(all[0]!.id);
    const after = choosePrompt({ ...base, history, deckChoice: deck, depthAllowed: 'light', skipped: [all[0]!.id] });
    expect(after.prompt.deck).not.toBe(deck);
    expect(after.notice?.code).toBe('deck_all_skipped');
    expect(after.notice?.message).toContain('Where we come from');
  });
});

describe('the six-month window', () => {
  const library = [light('fun-001'), light('fun-002')];
  const base = { coupleSeed: 'w', date: '2025-09-01', library, depthAllowed: 'light' as const };

  it('treats a prompt used 182 days ago as too recent and 183 days ago as fresh', () => {
    const history = [
      { promptId: 'fun-001', date: addDays(base.date, -(REPEAT_WINDOW_DAYS - 1)) },
      { promptId: 'fun-002', date: addDays(base.date, -REPEAT_WINDOW_DAYS) },
    ];
    const choice = choosePrompt({ ...base, history });
    expect(choice.prompt.id).toBe('fun-002');
    expect(choice.notice).toBeNull();
  });

  it('counts the most recent use, not the first', () => {
    const history = [
      { promptId: 'fun-001', date: '2024-01-01' },
      { promptId: 'fun-001', date: addDays(base.date, -10) },
      { promptId: 'fun-002', date: addDays(base.date, -200) },
    ];
    expect(choosePrompt({ ...base, history }).prompt.id).toBe('fun-002');
  });

  it('repeats the longest-ago prompt, and says so, only when every allowed prompt was used in the window', () => {
    const history = [
      { promptId: 'fun-001', date: addDays(base.date, -3) },
      { promptId: 'fun-002', date: addDays(base.date, -40) },
    ];
    const withDeep = [...library, { id: 'fun-003', deck: 'fun', depth: 'deep', text: 'A deep prompt nobody has had yet?' } satisfies Prompt];
    const choice = choosePrompt({ ...base, library: withDeep, history });
    expect(choice.prompt.id).toBe('fun-002');
    expect(choice.notice?.code).toBe('library_exhausted');
    expect(choice.lastUsed).toBe(addDays(base.date, -40));
  });
});

/** One simulated day of a couple's use. */
type Day = { date: string; choice: PromptChoice; allowed: Depth; deck: Deck | null; skipped: string[] };

/**
 * A couple using Mend daily: depth opens up as both choose it, they switch decks now and
 * then, and on some days they skip once or twice before keeping a prompt.
 */
function simulate(seed: string, days: number, plan: (day: number) => { a: Depth | null; b: Depth | null; deck: Deck | null }): Day[] {
  const start = '2025-01-06';
  const history: PromptHistoryEntry[] = [];
  const log: Day[] = [];
  for (let d = 0; d < days; d++) {
    const date = addDays(start, d);
    const { a, b, deck } = plan(d);
    const allowed = allowedDepth({ a, b });
    const skips = d % 13 === 5 ? 2 : d % 7 === 3 ? 1 : 0;
    const skipped: string[] = [];
    let choice = choosePrompt({ coupleSeed: seed, date, history, deckChoice: deck, depthAllowed: allowed });
    for (let s = 0; s < skips; s++) {
      skipped.push(choice.prompt.id);
      choice = choosePrompt({ coupleSeed: seed, date, history, deckChoice: deck, depthAllowed: allowed, skipped });
    }
    history.push({ promptId: choice.prompt.id, date });
    log.push({ date, choice, allowed, deck, skipped });
  }
  return log;
}

const realisticPlan = (d: number): { a: Depth | null; b: Depth | null; deck: Deck | null } => {
  const a: Depth | null = d < 14 ? null : d < 60 ? 'deeper' : 'deep';
  const b: Depth | null = d < 30 ? null : d < 100 ? 'light' : d < 130 ? 'deeper' : 'deep';
  const decks: (Deck | null)[] = [null, 'memories', null, 'fun', 'rebuilding_trust', 'appreciation', null, 'intimacy', 'dreams'];
  return { a, b, deck: decks[Math.floor(d / 21) % decks.length] ?? null };
};

function assertNoRepeatsWithinWindow(log: readonly Day[]): void {
  const last = new Map<string, string>();
  for (const { date, choice } of log) {
    const before = last.get(choice.prompt.id);
    if (before !== undefined) {
      expect(dayNumber(date) - dayNumber(before), `${choice.prompt.id} on ${before} and ${date}`).toBeGreaterThanOrEqual(REPEAT_WINDOW_DAYS);
    }
    last.set(choice.prompt.id, date);
  }
}

describe('six months of daily use', () => {
  for (const seed of ['couple-alpha', 'couple-beta', 'couple-gamma']) {
    it(`never repeats a prompt within 183 days, never exceeds the allowed depth (${seed})`, () => {
      const log = simulate(seed, REPEAT_WINDOW_DAYS, realisticPlan);
      expect(log).toHaveLength(183);
      assertNoRepeatsWithinWindow(log);
      expect(new Set(log.map((d) => d.choice.prompt.id)).size).toBe(183);
      for (const day of log) {
        expect(depthRank(day.choice.prompt.depth)).toBeLessThanOrEqual(depthRank(day.allowed));
        expect(day.skipped).not.toContain(day.choice.prompt.id);
        expect(day.choice.notice?.code).not.toBe('library_exhausted');
        if (day.deck && day.choice.notice === null) expect(day.choice.prompt.deck).toBe(day.deck);
      }
      // Depth really did rise only as both chose it.
      expect(log.slice(0, 30).every((d) => d.choice.prompt.depth === 'light')).toBe(true);
      expect(log.slice(130).some((d) => d.choice.prompt.depth === 'deep')).toBe(true);
    });
  }

  it('gives the very same six months when replayed (determinism end to end)', () => {
    const a = simulate('replay', REPEAT_WINDOW_DAYS, realisticPlan).map((d) => d.choice.prompt.id);
    const b = simulate('replay', REPEAT_WINDOW_DAYS, realisticPlan).map((d) => d.choice.prompt.id);
    expect(a).toEqual(b);
  });

  it('keeps going for two years at the lightest depth without breaking the window', () => {
    const log = simulate('light-forever', 730, () => ({ a: null, b: null, deck: null }));
    assertNoRepeatsWithinWindow(log);
    for (const day of log) {
      expect(day.choice.prompt.depth).toBe('light');
      expect(day.choice.notice).toBeNull();
    }
  });
});

describe('when a chosen deck runs out', () => {
  const deck: Deck = 'fun';
  const lightInDeck = promptsInDeck(deck).filter((p) => p.depth === 'light').length;
  const log = simulate('fun-lovers', 260, () => ({ a: null, b: null, deck }));

  it('uses the deck until every prompt at the allowed depth has had its turn', () => {
    const fromDeck = log.slice(0, lightInDeck);
    expect(fromDeck.every((d) => d.choice.prompt.deck === deck && d.choice.notice === null)).toBe(true);
    expect(new Set(fromDeck.map((d) => d.choice.prompt.id)).size).toBe(lightInDeck);
  });

  it('then falls back to other decks, and explains why', () => {
    const next = log[lightInDeck]!.choice;
    expect(next.prompt.deck).not.toBe(deck);
    expect(next.requestedDeck).toBe(deck);
    expect(next.notice?.code).toBe('deck_exhausted');
    expect(next.notice?.message).toMatch(/^You've had every prompt in Fun at this depth in the last six months, so today's is from .+\.$/);
    expect(next.lastUsed).toBeNull();
  });

  it('returns to the deck once its first prompts pass six months, still without repeats', () => {
    assertNoRepeatsWithinWindow(log);
    const back = log.findIndex((d, i) => i > lightInDeck && d.choice.prompt.deck === deck);
    expect(back).toBe(REPEAT_WINDOW_DAYS);
    expect(log[back]!.choice.notice).toBeNull();
  });

  it('never hides the fallback: every day outside the deck carries a notice', () => {
    for (const d of log) if (d.choice.prompt.deck !== deck) expect(d.choice.notice).not.toBeNull();
  });
});

describe('the whole library at a glance', () => {
  it('can serve every prompt: each one is chosen when it is the only one not used recently', () => {
    const yesterday = '2026-01-01';
    for (const p of PROMPTS) {
      const history = PROMPTS.filter((q) => q.id !== p.id).map((q) => ({ promptId: q.id, date: yesterday }));
      const choice = choosePrompt({ coupleSeed: 'reach', date: '2026-01-02', history, depthAllowed: 'deep' });
      expect(choice.prompt.id).toBe(p.id);
      expect(choice.notice).toBeNull();
    }
  });
});
