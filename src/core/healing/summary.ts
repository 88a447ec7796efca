import { MEASURES, type Measure, type Scores } from './checkin.js';
import { SHARE_WORDS_MAX, TREND_MIN_PER_WEEK, TREND_WEEKS, trendPointSchema, trendShareSchema, type TrendShareContent, type TrendSharePoint } from '../../shared/healing/content.js';

export { SHARE_WORDS_MAX, TREND_MIN_PER_WEEK, TREND_WEEKS, trendPointSchema, trendShareSchema, type TrendShareContent, type TrendSharePoint };
import { byDate, type DatedScores } from './series.js';
import { addDays, dateRange } from './dates.js';

/*
 * "Share my trend": what the partner may see is a summary the person chose — the average of
 * each whole week (Monday to Sunday) that has at least TREND_MIN_PER_WEEK check-ins, rounded,
 * and their own words if they add some. Never a day's own scores, never a note: those stay
 * private (practice 9).
 *
 * Why whole weeks, and not the 7-day line of one's own timeline: that line has a point on
 * every check-in day, and each point differs from the one before by one day's check-in, so
 * the first point (one check-in) is that day's scores and every later day can be read back by
 * subtraction. Weeks that never overlap, always cut at the same Monday (so two shares made on
 * different days hold the same weeks), finished before the share (so no later share of a
 * growing week can be compared with an earlier one), and each with several check-ins, leave
 * one sum per week and nothing to subtract.
 */

/** The Sunday that ends the Monday-to-Sunday week of `date`. */
function sundayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, (7 - weekday) % 7);
}

/** The whole weeks a trend shared on `today` looks at: the last TREND_WEEKS that ended before it, oldest first. */
export function trendWeeks(today: string, weeks = TREND_WEEKS): { monday: string; sunday: string }[] {
  // The week of `today` is not over yet: the last whole one ended on the Sunday before it.
  const lastSunday = addDays(sundayOf(today), -7);
  return Array.from({ length: weeks }, (_, i) => {
    const sunday = addDays(lastSunday, -7 * (weeks - 1 - i));
    return { monday: addDays(sunday, -6), sunday };
  });
}

/**
 * The summary of one's own check-ins shared on `today`: for each of the last whole weeks with
 * at least TREND_MIN_PER_WEEK check-ins, the week's average (to one decimal), dated by its
 * Sunday; and the words when there are any. Notes never enter it. Null when no week has
 * enough check-ins yet: then there is nothing that could be shared without showing a day.
 */
export function trendSummary(checkins: readonly DatedScores[], today: string, words = ''): TrendShareContent | null {
  const dated = byDate(checkins);
  const weeks = trendWeeks(today);
  const series = weeks.flatMap(({ monday, sunday }) => {
    const inWeek = dateRange(monday, sunday).flatMap((d) => {
      const s = dated.get(d);
      return s ? [s] : [];
    });
    if (inWeek.length < TREND_MIN_PER_WEEK) return [];
    const mean = (m: Measure) => inWeek.reduce((sum, x) => sum + x[m], 0) / inWeek.length;
    return [{ date: sunday, ...rounded({ trust: mean('trust'), safety: mean('safety'), hope: mean('hope'), mood: mean('mood') }) }];
  });
  if (series.length === 0) return null;
  const trimmed = words.trim();
  return trendShareSchema.parse({ from: weeks[0]!.monday, to: weeks.at(-1)!.sunday, per: 'week', series, ...(trimmed ? { words: trimmed } : {}) });
}

/**
 * Where the person stands toward a first shareable week: how many check-ins the current week
 * has (it can be shared once it is over, with TREND_MIN_PER_WEEK or more).
 */
export function checkinsThisWeek(checkins: readonly DatedScores[], today: string): number {
  const sunday = sundayOf(today);
  const dated = byDate(checkins);
  return dateRange(addDays(sunday, -6), today).filter((d) => dated.has(d)).length;
}

function rounded(s: Scores): Scores {
  const r = (m: Measure) => Math.round(s[m] * 10) / 10;
  return Object.fromEntries(MEASURES.map((m) => [m, r(m)])) as Scores;
}
