import { describe, expect, it } from 'vitest';
import {
  BUNDLED_INSTRUMENT_IDS,
  DEFAULT_DEAD_BAND,
  bundledInstrument,
  deadBandFor,
  describeTrend,
  hopefulDirection,
  seriesOf,
  trend,
  type Trend,
  type TrendPoint,
} from './index.js';

/** Monthly points from January 2024, one value per month. */
const months = (...values: number[]): TrendPoint[] =>
  values.map((value, i) => ({ takenAt: new Date(Date.UTC(2024, i, 5)), value }));

describe('trend', () => {
  it('has nothing to compare with no points or one', () => {
    expect(trend([])).toEqual({ direction: 'steady', change: 0, recent: null, previous: null, points: 0, enough: false });
    expect(trend(months(5))).toEqual({ direction: 'steady', change: 0, recent: 5, previous: null, points: 1, enough: false });
  });

  it('with two or three points, compares the last with the one before', () => {
    expect(trend(months(4, 5))).toMatchObject({ direction: 'up', change: 1, recent: 5, previous: 4, enough: true });
    expect(trend(months(6, 4, 3.5))).toMatchObject({ direction: 'down', change: -0.5, recent: 3.5, previous: 4 });
  });

  it('with four or more, compares the mean of the last two with the two before', () => {
    // previous (4 + 5) / 2 = 4.5, recent (5 + 6) / 2 = 5.5; the 1 from January is not used.
    expect(trend(months(1, 4, 5, 5, 6))).toMatchObject({ direction: 'up', change: 1, recent: 5.5, previous: 4.5, points: 5 });
    // A single low month among good ones: (6 + 4.8) / 2 = 5.4 against (5.6 + 5.8) / 2 = 5.7
    expect(trend(months(5.6, 5.8, 6, 4.8))).toMatchObject({ direction: 'steady', change: -0.3 });
    expect(trend(months(5.6, 5.8, 6, 4.6))).toMatchObject({ direction: 'down', change: -0.4 });
  });

  it('sorts points by date first', () => {
    const [a, b, c, d] = months(3, 4, 5, 6);
    expect(trend([d!, b!, a!, c!])).toMatchObject({ direction: 'up', change: 2 });
  });

  it('treats a change inside the dead band (0.3 by default) as steady, ignoring float noise', () => {
    expect(DEFAULT_DEAD_BAND).toBe(0.3);
    expect(trend(months(5, 5.3))).toMatchObject({ direction: 'steady', change: 0.3 });
    expect(trend(months(5.3, 5))).toMatchObject({ direction: 'steady', change: -0.3 });
    expect(trend(months(5, 5.31))).toMatchObject({ direction: 'up' });
  });

  it('takes a dead band for other ranges', () => {
    expect(trend(months(10, 11), { deadBand: 1.2 }).direction).toBe('steady');
    expect(trend(months(10, 12), { deadBand: 1.2 }).direction).toBe('up');
    expect(trend(months(5, 5.01), { deadBand: 0 }).direction).toBe('up');
  });

  it('rejects points it cannot place or measure', () => {
    expect(() => trend([{ takenAt: new Date(Number.NaN), value: 3 }])).toThrow(RangeError);
    expect(() => trend([{ takenAt: new Date(), value: Number.NaN }])).toThrow(RangeError);
    expect(() => trend(months(1, 2), { deadBand: -1 })).toThrow(RangeError);
  });
});

describe('deadBandFor', () => {
  it('is 5% of the score range', () => {
    expect(deadBandFor(bundledInstrument(BUNDLED_INSTRUMENT_IDS.trust)!)).toBe(0.3);
    expect(deadBandFor(bundledInstrument(BUNDLED_INSTRUMENT_IDS.forgiveness)!, 'goodwill')).toBe(0.3);
  });
});

describe('seriesOf', () => {
  it('takes the total or one subscale and skips sittings without a score', () => {
    const score = (total: number | null, faith: number | null) => ({ total, subscales: { faith }, answered: 12, missing: [] });
    const sittings = [
      { takenAt: new Date('2024-01-05T00:00:00Z'), score: score(4, 3) },
      { takenAt: new Date('2024-02-05T00:00:00Z'), score: score(null, 3.5) },
      { takenAt: new Date('2024-03-05T00:00:00Z'), score: score(4.5, null) },
    ];
    expect(seriesOf(sittings).map((p) => p.value)).toEqual([4, 4.5]);
    expect(seriesOf(sittings, 'faith').map((p) => p.value)).toEqual([3, 3.5]);
    expect(seriesOf(sittings, 'missing')).toEqual([]);
  });
});

describe('describeTrend', () => {
  const forgiveness = bundledInstrument(BUNDLED_INSTRUMENT_IDS.forgiveness)!;
  const all: [string, Trend, 'up' | 'down'][] = [
    ['none', trend([]), 'up'],
    ['one', trend(months(4)), 'up'],
    ['steady', trend(months(4, 4.1)), 'up'],
    ['up', trend(months(4, 5)), 'up'],
    ['down', trend(months(5, 4)), 'up'],
    ['up, hopeful down', trend(months(4, 5)), 'down'],
    ['down, hopeful down', trend(months(5, 4)), 'down'],
  ];

  it('calls a dip a harder month, kindly', () => {
    expect(describeTrend(trend(months(5, 5, 4, 4)))).toBe(
      'A harder month — setbacks are part of healing. The shape over many months matters more than any one point.',
    );
  });

  it('notices a hopeful move without grading it', () => {
    expect(describeTrend(trend(months(4, 5)))).toBe('Things have eased a little lately. Small changes like this add up over the months.');
  });

  it('reads direction through the score’s hopeful direction (resentment easing is a fall)', () => {
    const down = trend(months(5, 4));
    expect(describeTrend(down, { hopefulDirection: hopefulDirection(forgiveness, 'resentment') })).toMatch(/^Things have eased/);
    const up = trend(months(4, 5));
    expect(describeTrend(up, { hopefulDirection: hopefulDirection(forgiveness, 'resentment') })).toMatch(/^A harder month/);
  });

  it('describes steadiness and the first points without judgement', () => {
    expect(describeTrend(trend(months(4, 4.1)))).toBe('About the same as before. Steady is part of healing too.');
    expect(describeTrend(trend([]))).toMatch(/^Nothing here yet/);
    expect(describeTrend(trend(months(4)))).toMatch(/^Your first check is in/);
  });

  it.each(all)('never alarms or grades (%s)', (_name, t, hopeful) => {
    const copy = describeTrend(t, { hopefulDirection: hopeful });
    expect(copy).not.toMatch(/!/);
    expect(copy).not.toMatch(/\b(warning|alert|worse|worst|fail|failing|failed|bad|poor|decline|declining|great job|well done|streak|behind)\b/i);
    expect(copy.length).toBeLessThan(140);
  });
});
