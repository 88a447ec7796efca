import { describe, expect, it } from 'vitest';
import {
  AnswerError,
  BUNDLED_INSTRUMENT_IDS,
  bundledInstrument,
  hopefulDirection,
  parseInstrument,
  requiredAnswers,
  score,
  scoreRange,
  type Instrument,
} from './index.js';

const relationship = bundledInstrument(BUNDLED_INSTRUMENT_IDS.relationship)!;
const trust = bundledInstrument(BUNDLED_INSTRUMENT_IDS.trust)!;
const forgiveness = bundledInstrument(BUNDLED_INSTRUMENT_IDS.forgiveness)!;

// Every expected score below is worked out by hand in the comment beside it; reverse-keyed
// answers on the 1–7 scale become 8 − answer.

const relationshipAnswers = {
  'easy-moments': 5,
  'raise-and-be-heard': 4,
  'everyday-calm': 6,
  'getting-through': 3, // reverse → 5
  'finding-our-way-back': 4,
  'small-care': 6,
  'on-my-own': 2, // reverse → 6
  'hope-ahead': 5,
};

const trustAnswers = {
  // predictability: 6 + 5 + 6 + 7 = 24 → 24 / 4 = 6
  'plans-hold': 6,
  'words-match-actions': 5,
  'caught-off-guard': 2, // reverse → 6
  'steady-day-to-day': 7,
  // dependability: 4 + 5 + 3 + 2 = 14 → 3.5
  'did-their-part': 4,
  'there-on-hard-days': 5,
  'told-me-first': 3,
  'double-checking': 6, // reverse → 2
  // faith: 3 + 6 + 1 + 4 = 14 → 3.5
  'settled-when-apart': 3,
  'wants-this': 6,
  'worry-of-more-hurt': 7, // reverse → 1
  'effort-will-last': 4,
};

const forgivenessAnswers = {
  // avoidance: 5 + 4 + 6 + 5 = 20 → 5
  'holding-back': 5,
  'reasons-to-be-elsewhere': 4,
  'at-ease-close': 2, // reverse → 6
  'letting-them-in': 3, // reverse → 5
  // resentment: 6 + 3 + 5 + 6 = 20 → 5
  replaying: 6,
  'keeping-a-tally': 3,
  'small-things-sting': 5,
  'thinking-without-anger': 2, // reverse → 6
  // goodwill: 4 + 5 + 6 + 2 = 17 → 4.25
  'want-good-for-them': 4,
  'care-when-struggling': 5,
  'more-than-what-happened': 6,
  'little-warmth-to-spare': 6, // reverse → 2
};

function without<T extends Record<string, number>>(answers: T, ...ids: (keyof T)[]): Record<string, number> {
  const copy: Record<string, number> = { ...answers };
  for (const id of ids) delete copy[id as string];
  return copy;
}

describe('score: the relationship check', () => {
  it('reverse-keys and averages every item', () => {
    // 5 + 4 + 6 + 5 + 4 + 6 + 6 + 5 = 41 → 41 / 8 = 5.125
    expect(score(relationship, relationshipAnswers)).toEqual({ total: 5.125, subscales: {}, answered: 8, missing: [] });
  });

  it('prorates over the answered items when enough are answered', () => {
    // Skip small-care (6) and hope-ahead (5): 6 of 8 answered, the minimum for 0.75.
    // 41 − 11 = 30 → 30 / 6 = 5
    const result = score(relationship, without(relationshipAnswers, 'small-care', 'hope-ahead'));
    expect(result.total).toBe(5);
    expect(result.answered).toBe(6);
    expect(result.missing).toEqual(['small-care', 'hope-ahead']);
  });

  it('gives null when fewer than the minimum share are answered', () => {
    const result = score(relationship, without(relationshipAnswers, 'small-care', 'hope-ahead', 'easy-moments'));
    expect(result.total).toBeNull();
    expect(result.answered).toBe(5);
    expect(result.missing).toEqual(['easy-moments', 'small-care', 'hope-ahead']);
  });

  it('treats null and undefined answers as skipped', () => {
    const result = score(relationship, { ...relationshipAnswers, 'small-care': null, 'hope-ahead': undefined });
    expect(result.total).toBe(5);
    expect(result.missing).toEqual(['small-care', 'hope-ahead']);
  });

  it('scores an empty sitting as nothing, not as zero', () => {
    expect(score(relationship, {})).toEqual({ total: null, subscales: {}, answered: 0, missing: relationship.items.map((i) => i.id) });
  });
});

describe('score: the trust check', () => {
  it('scores each subscale and the total, with reverse-keyed items', () => {
    const result = score(trust, trustAnswers);
    expect(result.subscales).toEqual({ predictability: 6, dependability: 3.5, faith: 3.5 });
    // (24 + 14 + 14) / 12 = 52 / 12
    expect(result.total).toBeCloseTo(52 / 12, 10);
    expect(result.answered).toBe(12);
  });

  it('prorates a subscale with one item skipped and nulls it with two skipped', () => {
    // predictability without steady-day-to-day: (6 + 5 + 6) / 3
    const oneSkipped = score(trust, without(trustAnswers, 'steady-day-to-day'));
    expect(oneSkipped.subscales.predictability).toBeCloseTo(17 / 3, 10);
    // total: (52 − 7) / 11
    expect(oneSkipped.total).toBeCloseTo(45 / 11, 10);

    const twoSkipped = score(trust, without(trustAnswers, 'steady-day-to-day', 'plans-hold'));
    expect(twoSkipped.subscales.predictability).toBeNull();
    expect(twoSkipped.subscales.dependability).toBe(3.5);
    // 10 of 12 answered is still above 9 (0.75 × 12): (52 − 13) / 10
    expect(twoSkipped.total).toBeCloseTo(3.9, 10);
  });

  it('nulls the total below three quarters of all items', () => {
    const result = score(trust, without(trustAnswers, 'plans-hold', 'did-their-part', 'wants-this', 'told-me-first'));
    expect(result.answered).toBe(8);
    expect(result.total).toBeNull();
    expect(result.subscales).toEqual({ predictability: expect.any(Number), dependability: null, faith: expect.any(Number) });
  });
});

describe('score: the forgiveness check', () => {
  it('scores avoidance, resentment and goodwill, and has no total on purpose', () => {
    expect(score(forgiveness, forgivenessAnswers)).toEqual({
      total: null,
      subscales: { avoidance: 5, resentment: 5, goodwill: 4.25 },
      answered: 12,
      missing: [],
    });
  });

  it('knows lower avoidance and resentment are the hopeful direction', () => {
    expect(hopefulDirection(forgiveness, 'avoidance')).toBe('down');
    expect(hopefulDirection(forgiveness, 'resentment')).toBe('down');
    expect(hopefulDirection(forgiveness, 'goodwill')).toBe('up');
  });
});

describe('score: every bundled instrument', () => {
  it.each([relationship, trust, forgiveness])('gives the midpoint for $id when every answer is the midpoint', (instrument) => {
    const answers = Object.fromEntries(instrument.items.map((i) => [i.id, 4]));
    const result = score(instrument, answers);
    for (const v of Object.values(result.subscales)) expect(v).toBe(4);
    if (instrument.scoring.total) expect(result.total).toBe(4);
  });
});

describe('score: rejected answers', () => {
  it.each([0, 8, 3.5, Number.NaN, Number.POSITIVE_INFINITY, -1])('rejects %s on a 1–7 scale', (value) => {
    expect(() => score(relationship, { ...relationshipAnswers, 'easy-moments': value })).toThrow(AnswerError);
    expect(() => score(relationship, { ...relationshipAnswers, 'easy-moments': value })).toThrow(/whole number from 1 to 7/);
  });

  it('rejects a value that is not a number at all', () => {
    const answers = { 'easy-moments': '5' } as unknown as Record<string, number>;
    expect(() => score(relationship, answers)).toThrow(AnswerError);
  });

  it('rejects answers for items the instrument does not have, and lists every problem', () => {
    try {
      score(relationship, { ...relationshipAnswers, 'plans-hold': 5, 'easy-moments': 9 });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AnswerError);
      expect((err as AnswerError).issues).toEqual([
        { path: 'easy-moments', message: 'The answer must be a whole number from 1 to 7; got 9.' },
        { path: 'plans-hold', message: '"Monthly relationship check" has no item "plans-hold".' },
      ]);
    }
  });

  it('ignores inherited keys rather than treating them as answers', () => {
    const answers = Object.create({ inherited: 3 }) as Record<string, number>;
    Object.assign(answers, relationshipAnswers);
    expect(score(relationship, answers).answered).toBe(8);
  });

  it('rejects a "__proto__" key sent as JSON', () => {
    const answers = JSON.parse('{"__proto__": 4}') as Record<string, number>;
    expect(() => score(relationship, answers)).toThrow(/has no item "__proto__"/);
  });
});

describe('requiredAnswers', () => {
  it.each([
    [4, 0.75, 3],
    [8, 0.75, 6],
    [5, 0.8, 4],
    [10, 0.7, 7], // 0.7 × 10 is 7.000000000000001 in floating point
    [3, 0.8, 3],
    [1, 0.01, 1],
    [12, 1, 12],
  ])('%i items at %f need %i answers', (n, share, needed) => {
    expect(requiredAnswers(n, share)).toBe(needed);
  });
});

describe('scoreRange', () => {
  it('is the scale for mean scoring', () => {
    expect(scoreRange(trust)).toEqual({ min: 1, max: 7 });
    expect(scoreRange(trust, 'faith')).toEqual({ min: 1, max: 7 });
  });

  it('is the scale times the item count for sum scoring', () => {
    const summed: Instrument = parseInstrument({
      ...JSON.parse(JSON.stringify(trust)),
      scoring: { method: 'sum', minAnsweredShare: 0.75, total: { hopefulDirection: 'up' } },
    });
    expect(scoreRange(summed)).toEqual({ min: 12, max: 84 });
    expect(scoreRange(summed, 'faith')).toEqual({ min: 4, max: 28 });
  });

  it('throws for a subscale the instrument does not have', () => {
    expect(() => scoreRange(trust, 'honesty')).toThrow(/no subscale "honesty"/);
  });
});
