import { type Direction, type Instrument } from './schema.js';
import { type ScoreResult, scoreRange } from './scoring.js';

/*
 * Trends describe, they don't grade (VOICE.md: charts show trends, never verdicts). The
 * rule is deliberately simple so it can be explained in one sentence on screen: the mean
 * of the last two results against the mean of the two before, with a small dead band so
 * ordinary month-to-month wobble reads as "steady" rather than as a rise or a fall.
 */

/** One scored sitting on a timeline. */
export interface TrendPoint {
  /** When it was taken. */
  readonly takenAt: Date;
  /** The score (total or one subscale). */
  readonly value: number;
}

/** Which way recent results have moved. */
export type TrendDirection = 'up' | 'down' | 'steady';

/** How recent results compare with the ones before them. */
export interface Trend {
  /** up or down when the change is larger than the dead band; steady otherwise. */
  direction: TrendDirection;
  /** recent − previous (0 when there is nothing to compare). */
  change: number;
  /** Mean of the recent window, or the only value, or null with no points. */
  recent: number | null;
  /** Mean of the window before it, or null when there is only one window. */
  previous: number | null;
  /** How many points the trend rests on. */
  points: number;
  /** False with fewer than two points: nothing to compare yet. */
  enough: boolean;
}

/** Options for trend(). */
export interface TrendOptions {
  /** Changes no larger than this count as steady. Defaults to DEFAULT_DEAD_BAND. */
  deadBand?: number;
}

/** The share of a score's range that counts as a real move rather than wobble. */
export const DEAD_BAND_SHARE = 0.05;
/** The dead band for a mean score on a 1–7 scale: 5% of its 6-point range. */
export const DEFAULT_DEAD_BAND = 0.3;

/**
 * Compares recent results with earlier ones: with four or more points, the mean of the last
 * two against the mean of the two before; with two or three, the last point against the
 * one before it. A change no larger than the dead band is steady.
 */
export function trend(points: readonly TrendPoint[], options: TrendOptions = {}): Trend {
  const deadBand = options.deadBand ?? DEFAULT_DEAD_BAND;
  if (!(deadBand >= 0) || !Number.isFinite(deadBand)) throw new RangeError('deadBand must be a finite number of 0 or more.');
  for (const p of points) {
    if (!(p.takenAt instanceof Date) || Number.isNaN(p.takenAt.getTime())) throw new RangeError('Each point needs a valid takenAt date.');
    if (!Number.isFinite(p.value)) throw new RangeError('Each point needs a finite value.');
  }
  const values = [...points].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime()).map((p) => p.value);
  const n = values.length;
  if (n < 2) return { direction: 'steady', change: 0, recent: values[0] ?? null, previous: null, points: n, enough: false };

  const window = n >= 4 ? 2 : 1;
  const recent = mean(values.slice(n - window));
  const previous = mean(values.slice(n - 2 * window, n - window));
  // Rounded so floating-point noise (5.3 − 5.0 = 0.2999…) never decides a direction.
  const change = round(recent - previous);
  const direction: TrendDirection = change > deadBand ? 'up' : change < -deadBand ? 'down' : 'steady';
  return { direction, change, recent, previous, points: n, enough: true };
}

/** The dead band for an instrument's total (default) or one subscale: 5% of its possible range. */
export function deadBandFor(instrument: Instrument, subscaleId?: string): number {
  const { min, max } = scoreRange(instrument, subscaleId);
  return round((max - min) * DEAD_BAND_SHARE);
}

/** The timeline of the total (default) or one subscale from scored sittings, skipping null scores. */
export function seriesOf(
  sittings: readonly { takenAt: Date; score: ScoreResult }[],
  subscaleId?: string,
): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const s of sittings) {
    const value = subscaleId === undefined ? s.score.total : s.score.subscales[subscaleId];
    if (value !== null && value !== undefined) points.push({ takenAt: s.takenAt, value });
  }
  return points;
}

/** Options for describeTrend(). */
export interface DescribeOptions {
  /** Which way is hopeful for this score (hopefulDirection() gives it); "up" by default. */
  hopefulDirection?: Direction;
}

/**
 * Warm, plain copy for a trend, for the line under a chart. A move in the harder direction
 * is "a harder month", never an alarm; a hopeful move is noticed without praise or grading.
 */
export function describeTrend(t: Trend, options: DescribeOptions = {}): string {
  if (t.points === 0) return 'Nothing here yet. When you take your first check, your line will start here.';
  if (!t.enough) return "Your first check is in. After a couple more, you'll start to see how things are moving.";
  if (t.direction === 'steady') return 'About the same as before. Steady is part of healing too.';
  const hopeful = t.direction === (options.hopefulDirection ?? 'up');
  return hopeful
    ? 'Things have eased a little lately. Small changes like this add up over the months.'
    : 'A harder month — setbacks are part of healing. The shape over many months matters more than any one point.';
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
