import { z } from 'zod';
import { MEASURES, SCORE_MAX, SCORE_MIN, localDateSchema, type Measure, type Scores } from './checkin.js';
import { TIMELINE_DAYS, timeline, type DatedScores } from './series.js';
import { addDays } from './dates.js';

/*
 * "Share my trend": what the partner may see is a summary the person chose — the 7-day
 * averages of a span of days, rounded, and their own words if they add some. Never a day's
 * own scores beside its date as a check-in, never a note: those stay private (practice 9).
 */

/** Longest message with a shared trend, in characters. */
export const SHARE_WORDS_MAX = 500;
// A year of daily points at most: more than any span the page offers, small enough for the kind's 16 KB.
const MAX_POINTS = 366;

const average = z.number().min(SCORE_MIN).max(SCORE_MAX);

/** One point of a shared trend: the 7-day averages on a day that had a check-in. */
export const trendPointSchema = z.strictObject({ date: localDateSchema, trust: average, safety: average, hope: average, mood: average });
/** One point of a shared trend. */
export type TrendSharePoint = z.infer<typeof trendPointSchema>;

/** The content of a `trend_share` item: a span of days, its 7-day averages, and the sharer's words. */
export const trendShareSchema = z.strictObject({
  from: localDateSchema,
  to: localDateSchema,
  series: z.array(trendPointSchema).max(MAX_POINTS),
  words: z.string().trim().max(SHARE_WORDS_MAX, { error: `Keep your words to ${SHARE_WORDS_MAX} characters.` }).optional(),
});
/** The content of a `trend_share` item. */
export type TrendShareContent = z.infer<typeof trendShareSchema>;

/** Opened content as a shared trend, or null. */
export function asTrendShare(content: unknown): TrendShareContent | null {
  const r = trendShareSchema.safeParse(content);
  return r.success ? r.data : null;
}

/**
 * The summary of one's own check-ins over the `days` days ending on `to`: only the 7-day
 * averages (to one decimal), and the words when there are any. Notes never enter it.
 */
export function trendSummary(checkins: readonly DatedScores[], to: string, words = '', days = TIMELINE_DAYS): TrendShareContent {
  const series = timeline(checkins, to, days).flatMap((d) => (d.average ? [{ date: d.date, ...rounded(d.average) }] : []));
  const trimmed = words.trim();
  return trendShareSchema.parse({ from: addDays(to, -(days - 1)), to, series, ...(trimmed ? { words: trimmed } : {}) });
}

function rounded(s: Scores): Scores {
  const r = (m: Measure) => Math.round(s[m] * 10) / 10;
  return Object.fromEntries(MEASURES.map((m) => [m, r(m)])) as Scores;
}
